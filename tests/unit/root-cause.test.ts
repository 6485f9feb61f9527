import { describe, expect, it } from 'vitest';
import { collapseUnofficialLinks, SAME_CAUSE_MIN, siteOf } from '../../src/lib/checks/root-cause.ts';
import { checkOfficialLinks } from '../../src/lib/checks/official-links.ts';
import type { ContentIssue } from '../../src/lib/content/errors.ts';
import type { OfficialDomains } from '../../src/lib/schemas/vocabulary.ts';
import { editDistance } from '../../src/lib/text.ts';

const official = (...domains: string[]): OfficialDomains => ({ domains: domains.map((domain) => ({ domain, authority: 'digst' })), exceptions: [] });
/** The issues of `n` links to `host`, one file each, as the official-domain check reports them. */
function failing(host: string, n: number, domains: OfficialDomains): ContentIssue[] {
  return Array.from({ length: n }, (_, i) => checkOfficialLinks(`guide/p/t${i}.md`, [{ url: `https://${host}/page-${i}`, line: 10 + i }], domains)).flat();
}
const lineOfDomain = (i: number) => 5 + i;

describe('one message for one cause (unofficial links)', () => {
  it('names the entry of journey/official-domains.yaml that is one edit away and linked by nothing, once', () => {
    const domains = official('skat.dk', 'borgr.dk');
    const issues = [...failing('lifeindenmark.borger.dk', 40, domains), { file: 'guide/x.md', line: 3, message: 'another problem', severity: 'error' as const }];
    const out = collapseUnofficialLinks(issues, domains, lineOfDomain, () => ['www.skat.dk']);
    expect(out).toHaveLength(2);
    expect(out[0]!.message).toBe('another problem');
    expect(out[1]).toMatchObject({ file: 'journey/official-domains.yaml', line: 6, severity: 'error' });
    expect(out[1]!.message).toBe('"borgr.dk" may be a typo for "borger.dk": 40 links to borger.dk (in 40 files) are not on an official domain');
    expect(out[1]!.hint).toContain('guide/p/t0.md:10, guide/p/t1.md:11');
    expect(out[1]!.hint).toContain('and 35 more');
  });

  it('does not blame an entry that the content links to, or one more than one edit away', () => {
    const domains = official('star.dk', 'skut.dk');
    const out = collapseUnofficialLinks(failing('skat.dk', 5, domains), domains, lineOfDomain, () => ['star.dk', 'www.skut.dk']);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ file: 'guide/p/t0.md', line: 10 });
    expect(out[0]!.message).toBe('5 links to skat.dk (in 5 files) are not on an official domain, for example here');
    expect(out[0]!.hint).toMatch(/add it to journey\/official-domains\.yaml/);
  });

  it(`keeps fewer than ${SAME_CAUSE_MIN} failing links to one site as they are, each with its own file and line`, () => {
    const domains = official('borger.dk');
    const issues = failing('example.com', SAME_CAUSE_MIN - 1, domains);
    expect(collapseUnofficialLinks(issues, domains, lineOfDomain, () => [])).toEqual(issues);
  });

  it('groups hosts by their site and measures edits with swapped neighbours as one', () => {
    expect(siteOf('lifeindenmark.borger.dk')).toBe('borger.dk');
    expect(editDistance('borgre.dk', 'borger.dk')).toBe(1);
    expect(editDistance('star.dk', 'skat.dk')).toBe(2);
  });
});
