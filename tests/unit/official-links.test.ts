import { describe, expect, it } from 'vitest';
import { checkOfficialLinks, linksInMarkdown, officialAuthorityFor } from '../../src/lib/checks/official-links.ts';

const official = { domains: [{ domain: 'borger.dk', authority: 'digst' }, { domain: 'skat.dk', authority: 'tax-agency' }], exceptions: [{ url: 'https://example.org/ok', reason: 'test' }] };

describe('official links', () => {
  it('maps a domain and its subdomains to the authority', () => {
    expect(officialAuthorityFor('https://lifeindenmark.borger.dk/x', official)).toBe('digst');
    expect(officialAuthorityFor('https://skat.dk/', official)).toBe('tax-agency');
    expect(officialAuthorityFor('https://notskat.dk/', official)).toBeUndefined();
    expect(officialAuthorityFor('https://skat.dk.evil.com/', official)).toBeUndefined();
  });

  it('finds Markdown links, autolinks and bare URLs with their line', () => {
    const links = linksInMarkdown('See [x](https://skat.dk/a "t").\n\n<https://borger.dk/b> and https://c.dk/c.', 10);
    expect(links).toEqual([{ url: 'https://skat.dk/a', line: 10 }, { url: 'https://borger.dk/b', line: 12 }, { url: 'https://c.dk/c.', line: 12 }]);
  });

  it('fails http links and unofficial domains, and allows exceptions and relative links', () => {
    const issues = checkOfficialLinks('guide/a.md', [
      { url: 'http://skat.dk/', line: 1 }, { url: 'https://blog.example.com/', line: 2 }, { url: 'https://example.org/ok', line: 3 },
      { url: '/tasks/x/', line: 4 }, { url: 'https://skat.dk/en', line: 5 },
    ], official);
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [1, 'link "http://skat.dk/" does not use https'],
      [2, 'link "https://blog.example.com/" is not on an official domain'],
    ]);
  });
});
