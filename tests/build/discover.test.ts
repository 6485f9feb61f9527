/** Discoverability on the built site: sitemap.xml lists every public page once, robots.txt points to it, every page has its canonical address. */
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlPages, read, requireDist, urlOf } from '../helpers/dist.ts';
import { siteUrl } from '../../src/lib/site.ts';

beforeAll(requireDist);

interface SitemapUrl { loc: string; lastmod?: string }
function sitemap(): SitemapUrl[] {
  const text = read('sitemap.xml');
  expect(XMLValidator.validate(text)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url', parseTagValue: false }).parse(text);
  expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  return doc.urlset.url as SitemapUrl[];
}
/** Pages the site's search leaves out (data-pagefind-body missing): the later checklist questions and the household checklists. */
const unsearchable = (page: string) => !/<main[^>]*data-pagefind-body/.test(read(page));
/** The public pages a search engine should list: all but the 404 page, the print pages and the pages kept out of the site search. */
const expected = () => htmlPages().filter((p) => p !== '404.html' && !p.startsWith('print/') && !unsearchable(p));

describe('sitemap.xml', () => {
  it('lists every public page exactly once, and nothing else', () => {
    const locs = sitemap().map((u) => u.loc);
    const dupes = locs.filter((l, i) => locs.indexOf(l) !== i);
    expect(dupes).toEqual([]);
    expect([...locs].sort()).toEqual(expected().map((p) => `${siteUrl()}${urlOf(p)}`).sort());
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
      const shown = /Last reviewed: <time datetime="(\d{4}-\d{2}-\d{2})"/.exec(read(`${path.slice(1)}index.html`))?.[1];
      if (u.lastmod !== undefined && u.lastmod !== shown) wrong.push(`${path}: lastmod ${u.lastmod}, page says ${shown}`);
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
      const want = page === '404.html' ? [] : [`${siteUrl()}${urlOf(page)}`];
      if (JSON.stringify(links) !== JSON.stringify(want)) wrong.push(`${page}: ${links.join(', ') || 'none'}`);
    }
    expect(wrong).toEqual([]);
  });
});
