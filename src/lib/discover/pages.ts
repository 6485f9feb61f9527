/**
 * The site's public pages, for the sitemap: every page a search engine should know, once, with the date the page
 * itself says it was last reviewed (where it has one of its own). Left out: the 404 page, the print pages (only the
 * PDFs are published), and the pages the site's own search leaves out too: the later questions of "Your checklist"
 * and the 192 pre-built household checklists. They stay public and bookmarkable, and /checklist/ leads to each of them;
 * listed, they would be hundreds of near-identical pages that only make sense after answering the questions.
 */
import { LOCAL_HELP_URL, municipalityUrl } from '../local-help/offices.ts';
import type { Model } from '../model.ts';
import type { EditionEntry } from '../release/editions.ts';
import { danishCounterparts } from '../translations/pages.ts';

export interface PublicPage {
  path: string;
  lastmod?: string;
}

/** The newest of some YYYY-MM-DD dates. */
export function newest(dates: (string | undefined)[]): string | undefined {
  return dates
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
}

/** The "Last reviewed" date of the pages that collect many items: the newest review of their items. One place for the pages and the sitemap. */
export const reviewed = {
  glossary: (m: Model) => newest(m.terms.map((t) => t.lastReviewed)),
  tips: (m: Model) => newest(m.tips.map((t) => t.lastReviewed)),
  selfService: (m: Model) => newest(m.selfServices.map((s) => s.lastVerified)),
  professionals: (m: Model) => m.chapters[0]?.lastReviewed,
  whatsNew: (editions: EditionEntry[]) => editions[0]?.date,
};

export function publicPages(model: Model, editions: EditionEntry[]): PublicPage[] {
  const page = (path: string, lastmod?: string): PublicPage => (lastmod ? { path, lastmod } : { path });
  return [
    page('/'),
    ...model.tasks.map((t) => page(t.url, t.lastReviewed)),
    ...(model.household ? [page('/checklist/')] : []),
    page('/situations/'),
    ...model.situations.map((s) => page(`/situations/${s.id}/`)),
    page('/journey/'),
    ...model.situations.map((s) => page(`/journey/${s.id}/`)),
    page(LOCAL_HELP_URL),
    ...model.municipalities.map((m) => page(municipalityUrl(m.slug))),
    page('/self-service/', reviewed.selfService(model)),
    page('/self-service/by-authority/', reviewed.selfService(model)),
    page('/self-service/by-language/', reviewed.selfService(model)),
    page('/glossary/', reviewed.glossary(model)),
    page('/glossary/english/', reviewed.glossary(model)),
    page('/professionals/', reviewed.professionals(model)),
    ...model.chapters.slice(1).map((c) => page(`/professionals/${c.slug}/`, c.lastReviewed)),
    page('/professionals/tips/', reviewed.tips(model)),
    page('/professionals/translation-priorities/', reviewed.selfService(model)),
    page('/whats-new/', reviewed.whatsNew(editions)),
    page('/editions/'),
    ...editions.map((e) => page(`/editions/${e.id}/`, e.date)),
    page('/search/'),
    page('/accessibility/', model.sitePages.get('accessibility')?.lastReviewed),
    page('/feedback/', model.sitePages.get('feedback')?.lastReviewed),
    // The Danish edition's pages, with the date of the English page they translate.
    ...[...danishCounterparts(model)].map(([english, danish]) => ({
      ...page(danish),
      ...(english === '/glossary/' ? { lastmod: reviewed.glossary(model) } : {}),
    })),
    // The Danish start page, when there is a Danish edition (src/pages/da/[...start].astro).
    ...(model.danish ? [page('/da/')] : []),
  ];
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** sitemap.xml (sitemaps.org 0.9): absolute addresses on the site's public address. */
export function sitemapXml(site: string, pages: PublicPage[]): string {
  const urls = pages.map(
    (p) => `  <url><loc>${xml(`${site}${p.path}`)}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; the sitemap says where the pages are. */
export function robotsTxt(site: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`;
}
