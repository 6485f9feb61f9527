import { describe, expect, it } from 'vitest';
import { dueDate, monthsBefore, reviewReport, reviewSlot, reviewWarnings } from '../../src/lib/checks/review.ts';
import { checkLanguageSwitch } from '../../src/lib/checks/language.ts';
import { checkMdx } from '../../src/lib/checks/mdx.ts';
import { checkUnsafeHtml } from '../../src/lib/checks/unsafe-html.ts';
import { bodyTree } from '../../src/lib/markdown/body-tree.ts';

describe('review dates', () => {
  it('counts months back, clamping to short months', () => {
    expect(monthsBefore('2026-11-23', 6)).toBe('2026-05-23');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-03-15', 3)).toBe('2025-12-15');
  });
  it('spreads reviews over the months: each item falls due at the end of its slot month', () => {
    // Month slots count from January of year 0, so with a 12-month cycle slot 0 is January and slot 11 December.
    expect(dueDate('2026-12-07', 12, 0)).toBe('2027-01-31');
    expect(dueDate('2026-12-07', 12, 11)).toBe('2027-12-31');
    expect(dueDate('2027-02-10', 12, 1)).toBe('2028-02-29');
    // A 6-month cycle: slot 0 is January and July, slot 5 June and December (not the month of the review itself).
    expect(dueDate('2026-12-07', 6, 0)).toBe('2027-01-31');
    expect(dueDate('2026-12-07', 6, 5)).toBe('2027-06-30');
  });
  it('never lets an item wait longer than the cycle', () => {
    for (let slot = 0; slot < 6; slot++) {
      const due = dueDate('2026-05-22', 6, slot);
      expect(due > '2026-05-31' && due <= '2026-11-30', `slot ${slot}: ${due}`).toBe(true);
    }
  });
  it('gives the items of a guide evenly spread slots', () => {
    const counts = Array<number>(12).fill(0);
    for (let i = 0; i < 1200; i++) counts[reviewSlot(`guide/task-${i}.md|Task ${i}`, 12)]!++;
    for (const n of counts) {
      expect(n).toBeGreaterThan(60);
      expect(n).toBeLessThan(140);
    }
  });
  it('warns about items whose review is due, with file and line', () => {
    const items = [
      { file: 'guide/a.md', lastReviewed: '2026-04-22', authority: 'digst', line: 17 },
      { file: 'guide/b.md', lastReviewed: '2026-11-01', authority: 'digst' },
    ];
    const w = reviewWarnings(items, '2026-11-23');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ file: 'guide/a.md', line: 17, severity: 'warning' });
    expect(w[0]!.message).toMatch(/^was last reviewed on 2026-04-22; its review was due by 2026-(0[5-9]|10)-3[01]$/);
  });
  it('writes a report grouped by authority', () => {
    const report = reviewReport(
      [
        { file: 'x.md', lastReviewed: '2025-01-01', authority: 'tax-agency' },
        { file: 'y.md', lastReviewed: '2024-01-01', authority: 'digst' },
        { file: 'z.md', lastReviewed: '2026-11-01', authority: 'digst' },
      ],
      '2026-11-23',
      3,
      (id) => id.toUpperCase(),
    );
    expect(report).toContain(
      'Pages, terms and entries whose review is due (each every 3 months, spread over the months): 2.',
    );
    expect(report.indexOf('## DIGST')).toBeLessThan(report.indexOf('## TAX-AGENCY'));
    expect(report).toMatch(/- `y\.md`: last reviewed 2024-01-01, due by 2024-0[234]-\d\d/);
    expect(report).not.toContain('z.md');
  });
});

describe('language switch', () => {
  const allowed = ['Borgerservice', 'Sønderborg'];
  it('warns on a line that switches to Danish', () => {
    const w = checkLanguageSwitch('g.md', 'Intro in English.\nDu skal gå til Borgerservice og vise dit pas.', allowed);
    expect(w.map((i) => i.line)).toEqual([2]);
    expect(w[0]!.severity).toBe('warning');
  });
  it('allows Danish terms explained in parentheses or quotes, names and glossary terms', () => {
    const text =
      'Go to Citizen Service (Borgerservice, på rådhuset) in Sønderborg.\nThe word “skal og ikke” means must.';
    expect(checkLanguageSwitch('g.md', text, allowed)).toEqual([]);
  });
});

describe('MDX allow-list (on the MDX syntax tree)', () => {
  it('refuses imports, unknown components and expressions, with their line', () => {
    const body =
      'Text\n\nimport X from "./x.js"\n\n<Callout>hi</Callout>\n\n{alert(1)}\n\n```\n<Fine/>\n{not code}\n```';
    const issues = checkMdx('guide/a/b.mdx', body, 10);
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [12, 'MDX content may not import or export code'],
      [14, 'the component <Callout> is not allowed in content'],
      [16, 'MDX expressions in { } are not allowed in content'],
    ]);
  });
  it('finds an expression split over lines, after a lone backtick, and in an attribute', () => {
    const split = checkMdx('a.mdx', 'One `tick\n\nText {process\n.exit(1)} end', 1);
    expect(split.map((i) => [i.line, i.message])).toEqual([[3, 'MDX expressions in { } are not allowed in content']]);
    const attr = checkMdx('a.mdx', '<Callout title={x}>y</Callout>', 1, ['Callout']);
    expect(attr.map((i) => i.message)).toEqual(['the component <Callout> has an attribute that is an expression']);
  });
  it('accepts an allowed component with literal attributes and ignores .md files', () => {
    expect(checkMdx('a.mdx', '<Callout kind="note">x</Callout>', 1, ['Callout'])).toEqual([]);
    expect(checkMdx('a.md', '<Callout>x</Callout>', 1)).toEqual([]);
  });
  it('reports MDX that cannot be parsed instead of passing it', () => {
    expect(checkMdx('a.mdx', 'Broken {', 3)[0]!.message).toMatch(/cannot be read/);
  });
});

describe('unsafe HTML (on the rendered tree)', () => {
  const lines = (body: string) => checkUnsafeHtml('a.md', bodyTree(body), 5).map((i) => [i.line, i.message]);
  it('finds script, iframe, event handlers and javascript: URLs with their line', () => {
    expect(
      lines('ok\n\n<iframe src="x"></iframe>\n\n<p onclick="a()">x</p>\n\n[x](javascript:void)').map((l) => l[0]),
    ).toEqual([7, 9, 11]);
  });
  it.each([
    ['an event handler on the line after its tag', '<p\nonmouseover="x()">a</p>', /event-handler/],
    ['an entity-encoded javascript: URL', '<a href="&#x6A;avascript:alert(1)">x</a>', /javascript: URL/],
    ['a tab inside javascript:', '<a href="jav&#x09;ascript:alert(1)">x</a>', /javascript: URL/],
    ['a data: URL', '[x](data:text/html;base64,PHNjcmlwdD4=)', /data: URL/],
    ['a style attribute (fake notice)', '<p style="position:fixed">Call us</p>', /style attribute/],
    ['a tracking image', '<img src="https://t.example/p.gif">', /not allowed: "<img"/],
    ['a form', '<form action="/x"><input name="a"></form>', /not allowed: "<form"/],
    ['an svg', '<svg onload="x()"></svg>', /not allowed: "<svg"/],
    ['an unknown element', '<marquee>x</marquee>', /not allowed: "<marquee"/],
    ['a class attribute', '<p class="hero">x</p>', /attribute that is not allowed \(className\)/],
  ])('finds %s', (_n, body, why) => {
    expect(
      lines(body)
        .map((l) => l[1])
        .join('\n'),
    ).toMatch(why);
  });
  it('passes plain Markdown with tables, code and links', () => {
    expect(
      lines(
        '# T\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n```mermaid\nflowchart LR\n```\n\n[x](https://skat.dk/) *em* `code`',
      ),
    ).toEqual([]);
  });
});
