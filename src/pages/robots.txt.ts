/** /robots.txt: crawling allowed, and where the sitemap is. */
import { robotsTxt } from '../lib/discover/pages.ts';
import { siteUrl } from '../lib/site.ts';
export function GET() {
  return new Response(robotsTxt(siteUrl()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
