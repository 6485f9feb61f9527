import { describe, expect, it } from 'vitest';
import { checkOfficialLinks, officialAuthorityFor } from '../../src/lib/checks/official-links.ts';
import { bodyTree, linksInTree } from '../../src/lib/markdown/body-tree.ts';

const official = {
  domains: [
    { domain: 'borger.dk', authority: 'digst' },
    { domain: 'skat.dk', authority: 'tax-agency' },
  ],
  exceptions: [{ url: 'https://example.org/ok', reason: 'test' }],
};

describe('official links', () => {
  it('maps a domain and its subdomains to the authority', () => {
    expect(officialAuthorityFor('https://lifeindenmark.borger.dk/x', official)).toBe('digst');
    expect(officialAuthorityFor('https://skat.dk/', official)).toBe('tax-agency');
    expect(officialAuthorityFor('https://notskat.dk/', official)).toBeUndefined();
    expect(officialAuthorityFor('https://skat.dk.evil.com/', official)).toBeUndefined();
  });

  it('finds Markdown links, autolinks, www. autolinks, raw HTML links and images with their line', () => {
    const body =
      'See [x](https://skat.dk/a "t").\n\n<https://borger.dk/b> and https://c.dk/c.\n\nwww.d.dk and <a\nhref="https://e.dk/">e</a> [y](<https://f.dk/a b> \'t\') ![i](https://g.dk/p.png)';
    const links = linksInTree(bodyTree(body), 10).map((l) => [l.url, l.line]);
    expect(links).toEqual([
      ['https://skat.dk/a', 10],
      ['https://borger.dk/b', 12],
      ['https://c.dk/c', 12],
      ['http://www.d.dk', 14],
      ['https://e.dk/', 14],
      ['https://f.dk/a%20b', 15],
      ['https://g.dk/p.png', 15],
    ]);
  });

  it('reads protocol-relative, backslash and user-info links as the host they really go to', () => {
    const issues = checkOfficialLinks(
      'guide/a.md',
      [
        { url: '//evil.example/x', line: 1 },
        { url: '\\\\evil.example/x', line: 2 },
        { url: 'https://skat.dk@evil.example/', line: 3 },
        { url: 'https://user@skat.dk/', line: 4 },
      ],
      official,
    );
    expect(issues.map((i) => i.line)).toEqual([1, 2, 3, 4]);
    expect(issues[3]!.message).toMatch(/user name/);
  });

  it('fails http links and unofficial domains, and allows exceptions and relative links', () => {
    const issues = checkOfficialLinks(
      'guide/a.md',
      [
        { url: 'http://skat.dk/', line: 1 },
        { url: 'https://blog.example.com/', line: 2 },
        { url: 'https://example.org/ok', line: 3 },
        { url: '/tasks/x/', line: 4 },
        { url: 'https://skat.dk/en', line: 5 },
      ],
      official,
    );
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [1, 'link "http://skat.dk/" does not use https'],
      [2, 'link "https://blog.example.com/" is not on an official domain'],
    ]);
  });
});
