/** The Atom feeds in dist/feeds/: well-formed Atom, announced on the pages that list editions, their HTML under the output policy. */
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { read, requireDist } from '../helpers/dist.ts';
import { siteUrl } from '../../src/lib/site.ts';
import { listEditions } from '../../src/lib/release/editions.ts';
import { checkOutputFile } from '../../src/lib/checks/output-policy.ts';
import { allowedScript } from '../../src/lib/build/scan-output.ts';
import { validateContent } from '../../src/lib/validate.ts';

beforeAll(requireDist);
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (n) => n === 'entry' || n === 'link',
  parseTagValue: false,
});

describe.each([['editions.atom'], ['task-changes.atom']])('feeds/%s', (name) => {
  it('is well-formed Atom with its own address as id and self link, an updated date and an author', () => {
    const text = read(`feeds/${name}`);
    expect(XMLValidator.validate(text)).toBe(true);
    const { feed } = parser.parse(text);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${siteUrl()}/feeds/${name}`);
    expect(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe(
      `${siteUrl()}/feeds/${name}`,
    );
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(feed.author.name).toBeTruthy();
  });
});

describe('the feeds and the site', () => {
  it('the editions feed has one entry per edition on the "Previous editions" page, and its HTML passes the output policy', () => {
    const { feed } = parser.parse(read('feeds/editions.atom'));
    const entries = (feed.entry ?? []) as { title: string; content: { '#text': string } }[];
    expect(entries.map((e) => e.title)).toEqual(listEditions().map((e) => `Edition ${e.id}`));
    const { model } = validateContent(process.cwd());
    const policy = { official: model.officialDomains, siteUrl: siteUrl(), allowedScripts: allowedScript };
    for (const e of entries) expect(checkOutputFile(e.content['#text'], 'feeds/editions.atom', policy)).toEqual([]);
  });

  it("What's new and Previous editions announce both feeds in their head and link them for people", () => {
    for (const page of ['whats-new/index.html', 'editions/index.html']) {
      const html = read(page);
      const head = html.slice(0, html.indexOf('</head>'));
      for (const f of ['/feeds/editions.atom', '/feeds/task-changes.atom']) {
        expect(head, page).toMatch(
          new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${f}"`),
        );
        expect(html.slice(html.indexOf('<main')), page).toContain(`href="${f}"`);
      }
    }
  });
});
