/** /sitemap.xml: every public page once, with its last-reviewed date (src/lib/discover/pages.ts). */
import { getModel } from '../lib/site-model.ts';
import { publicPages, sitemapXml } from '../lib/discover/pages.ts';
import { listEditions } from '../lib/release/editions.ts';
import { siteUrl } from '../lib/site.ts';
export function GET() {
  return new Response(sitemapXml(siteUrl(), publicPages(getModel(), listEditions())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
