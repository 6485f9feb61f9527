/** Sitemap, robots.txt and the third-party scan's view of canonical links (src/lib/discover/, src/lib/checks/third-party.ts). */
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { newest, publicPages, robotsTxt, sitemapXml } from '../../src/lib/discover/pages.ts';
import { thirdPartyRequests } from '../../src/lib/checks/third-party.ts';
import { validateContent } from '../../src/lib/validate.ts';

const { model } = validateContent(process.cwd());

describe('the sitemap', () => {
  it('is well-formed sitemaps.org XML with escaped, absolute addresses', () => {
    const xml = sitemapXml('https://guide.test', [{ path: '/a/?x=1&y=2' }, { path: '/b/', lastmod: '2026-11-20' }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = new XMLParser({ isArray: (n) => n === 'url', parseTagValue: false }).parse(xml).urlset.url;
    expect(urls).toEqual([
      { loc: 'https://guide.test/a/?x=1&y=2' },
      { loc: 'https://guide.test/b/', lastmod: '2026-11-20' },
    ]);
  });

  it('lists each public page once, each task with its own review date, and editions with their date', () => {
    const pages = publicPages(model, [{ id: '2026-Q3', date: '2026-08-01', dir: '', notes: '', pending: false }]);
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const t of model.tasks) expect(pages).toContainEqual({ path: `/tasks/${t.slug}/`, lastmod: t.lastReviewed });
    expect(pages).toContainEqual({ path: '/editions/2026-Q3/', lastmod: '2026-08-01' });
    expect(pages).toContainEqual({ path: '/whats-new/', lastmod: '2026-08-01' });
    expect(paths).not.toContain('/404/');
    expect(paths.filter((p) => p.startsWith('/checklist/'))).toEqual(['/checklist/']);
  });

  it('takes the newest date of a collection', () => {
    expect(newest(['2026-01-02', undefined, '2026-11-20', '2025-12-31'])).toBe('2026-11-20');
    expect(newest([])).toBeUndefined();
  });

  it('robots.txt names the sitemap', () => {
    expect(robotsTxt('https://guide.test')).toContain('Sitemap: https://guide.test/sitemap.xml');
  });
});

describe('the third-party scan and link relations', () => {
  it('ignores canonical and feed links, which load nothing, but not a stylesheet or an icon from another origin', () => {
    expect(
      thirdPartyRequests(
        '<link rel="canonical" href="https://guide.test/a/"><link rel="alternate" type="application/atom+xml" href="https://guide.test/feed.xml">',
      ),
    ).toEqual([]);
    expect(
      thirdPartyRequests(
        '<link rel="alternate stylesheet" href="https://cdn.example.com/x.css"><link href="https://cdn.example.com/i.svg" rel="icon">',
      ),
    ).toEqual(['https://cdn.example.com/x.css', 'https://cdn.example.com/i.svg']);
  });
});
