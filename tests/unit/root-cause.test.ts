import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  collapseUnofficialLinks,
  collapseUnreadableReferences,
  SAME_CAUSE_MIN,
  siteOf,
} from '../../src/lib/checks/root-cause.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { copyFixtureContent } from '../helpers/fixture-content.ts';
import { checkOfficialLinks } from '../../src/lib/checks/official-links.ts';
import type { ContentIssue } from '../../src/lib/content/errors.ts';
import type { OfficialDomains } from '../../src/lib/schemas/vocabulary.ts';
import { editDistance } from '../../src/lib/text.ts';

const official = (...domains: string[]): OfficialDomains => ({
  domains: domains.map((domain) => ({ domain, authority: 'digst' })),
  exceptions: [],
});
/** The issues of `n` links to `host`, one file each, as the official-domain check reports them. */
function failing(host: string, n: number, domains: OfficialDomains): ContentIssue[] {
  return Array.from({ length: n }, (_, i) =>
    checkOfficialLinks(`guide/p/t${i}.md`, [{ url: `https://${host}/page-${i}`, line: 10 + i }], domains),
  ).flat();
}
const lineOfDomain = (i: number) => 5 + i;

describe('one message for one cause (unofficial links)', () => {
  it('names the entry of journey/official-domains.yaml that is one edit away and linked by nothing, once', () => {
    const domains = official('skat.dk', 'borgr.dk');
    const issues = [
      ...failing('lifeindenmark.borger.dk', 40, domains),
      { file: 'guide/x.md', line: 3, message: 'another problem', severity: 'error' as const },
    ];
    const out = collapseUnofficialLinks(issues, domains, lineOfDomain, () => ['www.skat.dk']);
    expect(out).toHaveLength(2);
    expect(out[0]!.message).toBe('another problem');
    expect(out[1]).toMatchObject({ file: 'journey/official-domains.yaml', line: 6, severity: 'error' });
    expect(out[1]!.message).toBe(
      '"borgr.dk" may be a typo for "borger.dk": 40 links to borger.dk (in 40 files) are not on an official domain',
    );
    expect(out[1]!.hint).toContain('guide/p/t0.md:10, guide/p/t1.md:11');
    expect(out[1]!.hint).toContain('and 35 more');
  });

  it('does not blame an entry that the content links to, or one more than one edit away', () => {
    const domains = official('star.dk', 'skut.dk');
    const out = collapseUnofficialLinks(failing('skat.dk', 5, domains), domains, lineOfDomain, () => [
      'star.dk',
      'www.skut.dk',
    ]);
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

describe('one message for one cause (a file that cannot be read)', () => {
  const unreadable = { tasks: [{ slug: 'cpr-number', file: 'guide/arrive/cpr-number.md' }], terms: [] };
  const own: ContentIssue = {
    file: 'guide/arrive/cpr-number.md',
    line: 3,
    message: 'the YAML is malformed',
    hint: 'close every [',
    severity: 'error',
  };
  const ref = (file: string, line: number): ContentIssue => ({
    file,
    line,
    message: 'prerequisite "cpr-number" is not a task',
    severity: 'error',
    missing: { kind: 'task', slug: 'cpr-number' },
  });

  it('drops the reports that name it, and says on its own error how many there were and where', () => {
    const other: ContentIssue = { file: 'guide/x.md', message: 'another problem', severity: 'error' };
    const out = collapseUnreadableReferences(
      [own, ref('guide/arrive/mitid.md', 9), ref('journey/steps.yaml', 40), other],
      unreadable,
    );
    expect(out.map((i) => i.message)).toEqual(['the YAML is malformed', 'another problem']);
    expect(out[0]!.hint).toBe(
      'close every [; this file cannot be read, so 2 other place(s) that name it are not reported until it can (guide/arrive/mitid.md:9, journey/steps.yaml:40)',
    );
  });

  it('keeps a report of something that is really missing, and everything when no file is unreadable', () => {
    const missing: ContentIssue = { ...ref('guide/arrive/mitid.md', 9), missing: { kind: 'task', slug: 'cpr-nummer' } };
    expect(collapseUnreadableReferences([own, missing], unreadable)).toEqual([own, missing]);
    const term: ContentIssue = { ...ref('glossary/mitid.yaml', 5), missing: { kind: 'term', slug: 'cpr-number' } };
    expect(collapseUnreadableReferences([own, term], unreadable)).toEqual([own, term]);
    expect(collapseUnreadableReferences([ref('a.md', 1)], { tasks: [], terms: [] })).toHaveLength(1);
  });
});

describe('a glossary term or task file that cannot be read, in a copy of the frozen content', () => {
  const withBroken = (file: string, change: (text: string) => string) => {
    const root = mkdtempSync(join(tmpdir(), 'mtd-root-cause-'));
    try {
      copyFixtureContent(root);
      writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
      return validateContent(root).errors;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };

  it('is one error, on that file, not one for every term that relates to it or a 24-term glossary', () => {
    const errors = withBroken('glossary/cpr-number.yaml', (t) => `${t}bogus: [\n`);
    expect(errors.map((e) => e.file)).toEqual(['glossary/cpr-number.yaml']);
    expect(errors[0]!.message).toContain('the YAML is malformed');
    expect(errors[0]!.hint).toMatch(/this file cannot be read, so \d+ other place\(s\) that name it are not reported/);
  });

  it('is one error for a task whose front matter is broken, however many pages, steps and rules name it', () => {
    const root = mkdtempSync(join(tmpdir(), 'mtd-root-cause-'));
    copyFixtureContent(root);
    const file = relative(
      root,
      walk(join(root, 'guide')).find((f) => f.endsWith('/cpr-number.md'))!,
    );
    rmSync(root, { recursive: true, force: true });
    const errors = withBroken(file, (t) => t.replace(/^title: /m, 'title: [unclosed '));
    expect(errors.map((e) => e.file)).toEqual([file]);
    expect(errors[0]!.hint).toMatch(/this file cannot be read, so \d+ other place\(s\)/);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}
