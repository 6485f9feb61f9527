/** The Atom feeds (src/lib/release/feeds.ts), parsed with fast-xml-parser, on manifests made from the model and then changed. */
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildManifest, contentHash, type Manifest } from '../../src/lib/release/manifest.ts';
import { editionsFeed, taskChangesFeed, type FeedEdition } from '../../src/lib/release/feeds.ts';
import { validateContent } from '../../src/lib/validate.ts';

const { model } = validateContent(process.cwd());
const ctx = { site: 'https://guide.test', fallbackDate: '2026-11-23', publisher: 'The working group' };

const q3 = buildManifest(model, { id: '2026-Q3', date: '2026-08-01' }, 'aaa');
const q4: Manifest = structuredClone({ ...q3, edition: '2026-Q4', date: '2026-11-01', commit: 'bbb' });
const cpr = q4.tasks['cpr-number']!;
cpr.data = { ...cpr.data, deadline: 'within 3 days of moving in' };
cpr.hash = contentHash(cpr.data);
delete q4.tasks['bank-account'];
q4.tasks['brand-new-task'] = { hash: 'x', data: { title: 'Do a brand-new thing' } };

const editions: FeedEdition[] = [
  {
    id: '2026-Q4',
    date: '2026-11-01',
    notesHtml: '<h2>Tasks</h2><ul><li>Deadline &amp; fee</li></ul>]]></content>',
    pdf: 'guide-2026-Q4.pdf',
    manifest: q4,
  },
  { id: '2026-Q3', date: '2026-08-01', notesHtml: '<p>This is the first edition.</p>', manifest: q3 },
];

type Entry = {
  id: string;
  title: string;
  updated: string;
  link: { '@_rel': string; '@_href': string; '@_type': string }[];
  summary?: string;
  content?: { '#text': string; '@_type': string };
};
function parse(xml: string): { feed: Record<string, any>; entries: Entry[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    isArray: (n) => n === 'entry' || n === 'link',
    parseTagValue: false,
    processEntities: true,
  }).parse(xml);
  const feed = doc.feed;
  // RFC 4287: a feed has an id, a title, an updated date, an author and a self link; each entry an id, a title and an updated date.
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  for (const k of ['id', 'title', 'updated', 'author']) expect(feed[k], k).toBeDefined();
  expect(feed.link.find((l: { '@_rel': string }) => l['@_rel'] === 'self')['@_type']).toBe('application/atom+xml');
  const entries = (feed.entry ?? []) as Entry[];
  for (const e of entries) {
    expect(e.id && e.title).toBeTruthy();
    expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  return { feed, entries };
}
const href = (e: Entry, rel: string) => e.link.find((l) => l['@_rel'] === rel)?.['@_href'];

describe('the editions feed', () => {
  it('has one entry per edition, newest first, with the release notes as HTML and the PDF as an enclosure', () => {
    const { feed, entries } = parse(editionsFeed(editions, ctx));
    expect(feed.updated).toBe('2026-11-01T00:00:00Z');
    expect(entries.map((e) => e.title)).toEqual(['Edition 2026-Q4', 'Edition 2026-Q3']);
    expect(href(entries[0]!, 'alternate')).toBe('https://guide.test/editions/2026-Q4/');
    expect(href(entries[0]!, 'enclosure')).toBe('https://guide.test/editions/2026-Q4/guide-2026-Q4.pdf');
    expect(href(entries[1]!, 'enclosure')).toBeUndefined();
    expect(entries[0]!.content!['@_type']).toBe('html');
    expect(entries[0]!.content!['#text']).toBe(editions[0]!.notesHtml);
  });

  it('is valid with no edition yet, dated by the build', () => {
    const { feed, entries } = parse(editionsFeed([], ctx));
    expect(entries).toEqual([]);
    expect(feed.updated).toBe('2026-11-23T00:00:00Z');
  });
});

describe('the changed-tasks feed', () => {
  it('has an entry for each task added, removed or changed since the edition before, saying what changed', () => {
    const { entries } = parse(taskChangesFeed(editions, ctx));
    const byKind = (kind: string) => entries.filter((e) => e.title.endsWith(`${kind} in edition 2026-Q4`));
    expect(byKind('added').map((e) => href(e, 'alternate'))).toEqual(['https://guide.test/tasks/brand-new-task/']);
    expect(byKind('removed').map((e) => href(e, 'alternate'))).toEqual(['https://guide.test/editions/2026-Q4/']);
    const changed = byKind('changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.id).toBe('https://guide.test/editions/2026-Q4/#task-cpr-number');
    expect(changed[0]!.summary).toContain('deadline changed:');
    expect(changed[0]!.summary).toContain('“within 3 days of moving in”');
    expect(entries).toHaveLength(3);
  });

  it('has no entry for the first edition, which has nothing to compare with', () => {
    expect(parse(taskChangesFeed(editions.slice(1), ctx)).entries).toEqual([]);
  });
});
