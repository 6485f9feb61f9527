import { describe, expect, it } from 'vitest';
import { monthsBefore, reviewReport, reviewWarnings } from '../../src/lib/checks/review.ts';
import { checkLanguageSwitch } from '../../src/lib/checks/language.ts';
import { checkMdx } from '../../src/lib/checks/mdx.ts';
import { checkUnsafeHtml } from '../../src/lib/checks/unsafe-html.ts';

describe('review dates', () => {
  it('counts months back, clamping to short months', () => {
    expect(monthsBefore('2026-11-23', 6)).toBe('2026-05-23');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-03-15', 3)).toBe('2025-12-15');
  });
  it('warns about items reviewed more than 6 months ago, with file and line', () => {
    const items = [
      { file: 'guide/a.md', lastReviewed: '2026-05-22', authority: 'digst', line: 17 },
      { file: 'guide/b.md', lastReviewed: '2026-05-23', authority: 'digst' },
    ];
    const w = reviewWarnings(items, '2026-11-23');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ file: 'guide/a.md', line: 17, severity: 'warning' });
    expect(w[0]!.message).toBe('was last reviewed on 2026-05-22, more than 6 months ago');
  });
  it('writes a report grouped by authority', () => {
    const report = reviewReport([
      { file: 'x.md', lastReviewed: '2025-01-01', authority: 'tax-agency' },
      { file: 'y.md', lastReviewed: '2024-01-01', authority: 'digst' },
      { file: 'z.md', lastReviewed: '2026-11-01', authority: 'digst' },
    ], '2026-11-23', 3, (id) => id.toUpperCase());
    expect(report).toContain('Pages and terms last reviewed more than 3 months ago: 2.');
    expect(report.indexOf('## DIGST')).toBeLessThan(report.indexOf('## TAX-AGENCY'));
    expect(report).toContain('- `y.md`: last reviewed 2024-01-01');
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
    const text = 'Go to Citizen Service (Borgerservice, på rådhuset) in Sønderborg.\nThe word “skal og ikke” means must.';
    expect(checkLanguageSwitch('g.md', text, allowed)).toEqual([]);
  });
});

describe('MDX allow-list', () => {
  it('refuses imports, unknown components and expressions, with their line', () => {
    const body = 'Text\nimport X from "./x.js"\n<Callout>hi</Callout>\n{alert(1)}\n```\n<Fine/>\n```';
    const issues = checkMdx('guide/a/b.mdx', body, 10);
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [11, 'MDX content may not import or export code'],
      [12, 'the component <Callout> is not allowed in content'],
      [13, 'MDX expressions in { } are not allowed in content'],
    ]);
  });
  it('accepts an allowed component and ignores .md files', () => {
    expect(checkMdx('a.mdx', '<Callout>x</Callout>', 1, ['Callout'])).toEqual([]);
    expect(checkMdx('a.md', '<Callout>x</Callout>', 1)).toEqual([]);
  });
});

describe('unsafe HTML', () => {
  it('finds script, iframe, event handlers and javascript: URLs with their line', () => {
    const issues = checkUnsafeHtml('a.md', 'ok\n<iframe src="x">\n<img src=x onerror="a()">\n[x](javascript:void)', 5);
    expect(issues.map((i) => i.line)).toEqual([6, 7, 8]);
  });
});
