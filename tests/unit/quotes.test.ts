import { describe, expect, it } from 'vitest';
import { missingQuotes } from '../../src/lib/checks/quotes.ts';
import { warningLines } from '../../src/lib/content/errors.ts';

describe('the supporting words of each source', () => {
  it('warns, with file and line, about a source without a quote', () => {
    const issues = missingQuotes([
      { file: 'guide/a.md', line: 12, url: 'https://skat.dk/a', quote: 'You must apply.' },
      { file: 'guide/a.md', line: 16, url: 'https://skat.dk/b' },
      { file: 'glossary/t.yaml', line: 3, url: 'https://cpr.dk/c', quote: '  ' },
    ]);
    expect(issues.map((i) => [i.file, i.line, i.severity, i.message])).toEqual([
      ['guide/a.md', 16, 'warning', 'the source https://skat.dk/b has no quote'],
      ['glossary/t.yaml', 3, 'warning', 'the source https://cpr.dk/c has no quote'],
    ]);
  });
});

describe('warnings as the build prints them', () => {
  it('prints three of a kind and counts the rest, so the errors after them are seen', () => {
    const many = missingQuotes(
      Array.from({ length: 40 }, (_, i) => ({ file: `guide/t${i}.md`, line: i + 1, url: `https://skat.dk/${i}` })),
    );
    const other = { file: 'site.yaml', line: 2, severity: 'warning' as const, message: 'is old', hint: 'review it' };
    const lines = warningLines([...many, other]);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('guide/t0.md:1: warning: the source https://skat.dk/0 has no quote\n    → ' + many[0]!.hint);
    expect(lines[3]).toBe('… and 37 more warning(s) like the one above (npm run check:content lists them all)');
    expect(lines[4]).toContain('site.yaml:2: warning: is old');
  });
});
