/** Discoverability on the built site: sitemap.xml lists every public page once, robots.txt points to it, every page has its canonical address, task pages and the glossary carry schema.org JSON-LD. */
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlPages, read, requireDist, urlOf } from '../helpers/dist.ts';
import { addressIsSet, siteUrl } from '../../src/lib/site.ts';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { validateContent } from '../../src/lib/validate.ts';

beforeAll(requireDist);

interface SitemapUrl {
  loc: string;
  lastmod?: string;
}
function sitemap(): SitemapUrl[] {
  const text = read('sitemap.xml');
  expect(XMLValidator.validate(text)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url', parseTagValue: false }).parse(
    text,
  );
  expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  return doc.urlset.url as SitemapUrl[];
}
/** Pages the site's search leaves out (data-pagefind-body missing): the later checklist questions and the household checklists. */
const unsearchable = (page: string) => !/<main[^>]*data-pagefind-body/.test(read(page));
/** The public pages a search engine should list: all but the 404 page, the print pages and the pages kept out of the site search. */
/** (The Danish pages are out of the English search, but public.) */
const expected = () =>
  htmlPages().filter((p) => p !== '404.html' && !p.startsWith('print/') && (!unsearchable(p) || p.startsWith('da/')));

describe('sitemap.xml', () => {
  it('lists every public page exactly once, and nothing else', () => {
    const locs = sitemap().map((u) => u.loc);
    const dupes = locs.filter((l, i) => locs.indexOf(l) !== i);
    expect(dupes).toEqual([]);
    expect([...locs].sort()).toEqual(
      expected()
        .map((p) => `${siteUrl()}${urlOf(p)}`)
        .sort(),
    );
    expect(locs.length).toBeGreaterThan(50);
  });

  it('leaves out the 404 page, the print pages, the later checklist questions and the 192 household checklists, but lists /checklist/', () => {
    const paths = sitemap().map((u) => u.loc.slice(siteUrl().length));
    expect(paths).toContain('/checklist/');
    expect(paths.filter((p) => p.startsWith('/checklist/') && p !== '/checklist/')).toEqual([]);
    expect(paths.filter((p) => /404|^\/print\//.test(p))).toEqual([]);
    expect(htmlPages().filter((p) => p.startsWith('checklist/') && unsearchable(p)).length).toBeGreaterThanOrEqual(192);
  });

  it('gives lastmod as the "Last reviewed" date the page itself shows, and every task page has one', () => {
    const wrong: string[] = [];
    for (const u of sitemap()) {
      const path = u.loc.slice(siteUrl().length);
      // The review date under the page ("Last reviewed", or "Senest gennemgået" on a Danish page).
      const shown = selectAll('.page-meta time[datetime]', fromHtml(read(`${path.slice(1)}index.html`)))[0]?.properties
        .dateTime;
      if (u.lastmod !== undefined && u.lastmod !== shown)
        wrong.push(`${path}: lastmod ${u.lastmod}, page says ${shown}`);
      if (path.startsWith('/tasks/') && !u.lastmod) wrong.push(`${path}: no lastmod`);
    }
    expect(wrong).toEqual([]);
    expect(sitemap().filter((u) => u.lastmod).length).toBeGreaterThan(30);
  });
});

describe('robots.txt and canonical addresses', () => {
  it('robots.txt allows crawling and names the sitemap', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toContain(`Sitemap: ${siteUrl()}/sitemap.xml`);
  });

  it('every page except the 404 page has one canonical link to its own public address', () => {
    const wrong: string[] = [];
    // The print pages are the PDF's source: a full build removes them (a --no-pdf preview build keeps them).
    for (const page of htmlPages().filter((p) => !p.startsWith('print/'))) {
      const links = [...read(page).matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((m) => m[1]);
      // (While site.yaml holds the placeholder address and no SITE_URL is set, no page has one.)
      const want = page === '404.html' || !addressIsSet() ? [] : [`${siteUrl()}${urlOf(page)}`];
      if (JSON.stringify(links) !== JSON.stringify(want)) wrong.push(`${page}: ${links.join(', ') || 'none'}`);
    }
    expect(wrong).toEqual([]);
  });
});

/** The JSON-LD blocks of a built page, parsed as a reader (a search engine) would: from the HTML tree, then as JSON. */
function jsonLd(page: string): Record<string, any>[] {
  return selectAll('script[type="application/ld+json"]', fromHtml(read(page))).map(
    (el) => JSON.parse(toString(el)) as Record<string, any>,
  );
}
const graph = (ld: Record<string, any>) => (ld['@graph'] ?? [ld]) as Record<string, any>[];

describe.runIf(addressIsSet())('schema.org JSON-LD', () => {
  const { model } = validateContent(process.cwd());

  it.each(model.tasks.map((t) => [t.slug, t] as const))(
    'task %s: a GovernmentService with provider, name and url, and its steps',
    (slug, task) => {
      const blocks = jsonLd(`tasks/${slug}/index.html`);
      expect(blocks).toHaveLength(1);
      expect(blocks[0]!['@context']).toBe('https://schema.org');
      const nodes = graph(blocks[0]!);
      const service = nodes.find((n) => n['@type'] === 'GovernmentService')!;
      expect(service.name).toBe(task.title);
      expect(service.url).toBe(`${siteUrl()}/tasks/${slug}/`);
      expect(service.url).toBe(/<link rel="canonical" href="([^"]+)"/.exec(read(`tasks/${slug}/index.html`))![1]);
      expect(service.provider).toMatchObject({
        '@type': 'GovernmentOrganization',
        name: model.authorities.get(task.authority)!.name,
      });
      const howTo = nodes.find((n) => n['@type'] === 'HowTo')!;
      expect(howTo.step.map((s: { '@type': string; text: string }) => [s['@type'], s.text])).toEqual(
        task.youDo.map((t) => ['HowToStep', t]),
      );
    },
  );

  it('the glossary page: a DefinedTermSet of the 25 terms, each pointing at its anchor on the page', () => {
    const [set] = jsonLd('glossary/index.html');
    expect(set!['@type']).toBe('DefinedTermSet');
    expect(set!.hasDefinedTerm).toHaveLength(25);
    const ids = new Set([...read('glossary/index.html').matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1]));
    for (const t of set!.hasDefinedTerm) expect(ids.has(String(t.url).split('#')[1])).toBe(true);
  });

  it('only task pages and the glossary carry JSON-LD', () => {
    const withLd = htmlPages().filter((p) => read(p).includes('application/ld+json'));
    expect(withLd.filter((p) => !p.startsWith('tasks/') && p !== 'glossary/index.html')).toEqual([]);
  });
});
