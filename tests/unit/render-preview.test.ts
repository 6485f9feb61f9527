/**
 * The form editor's preview renders a task body as the site does: facts filled in from the form, the site's
 * sanitiser, glossary links.
 */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { renderPreviewBody } from '../../src/lib/markdown/render-preview.ts';

const terms = [{ slug: 'cpr-number', english: 'CPR number', danish: 'CPR-nummer' }];
const tasks = { 'report-departure': { deadline: 'within 5 days after you leave' } };
const render = (body: string, own?: { deadline?: string; fee?: string }) =>
  fromHtml(renderPreviewBody({ body, own, tasks, terms }), { fragment: true });

describe('the form editor preview of a task body', () => {
  it('fills :deadline and :fee with what the form holds now, and :deadline[task] from that task', () => {
    const tree = render('Deadline: :deadline. Fee: :fee. Leaving: :deadline[report-departure].', {
      deadline: 'within 7 days',
      fee: 'DKK 100',
    });
    expect(toString(select('p', tree)!)).toBe(
      'Deadline: within 7 days. Fee: DKK 100. Leaving: within 5 days after you leave.',
    );
  });

  it('keeps a directive it cannot fill as its text, as the site would refuse it at build time', () => {
    expect(toString(render('Deadline: :deadline.', {}))).toContain(':deadline');
  });

  it('renders GFM tables and headings, and links the first use of a glossary term', () => {
    const tree = render('## Why\n\nYour CPR number, and your CPR number again.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(select('h2', tree)).toBeTruthy();
    expect(selectAll('table td', tree).map((td) => toString(td))).toEqual(['1', '2']);
    const links = selectAll('a', tree);
    expect(links.map((a) => a.properties.href)).toEqual(['/glossary/#cpr-number']);
  });

  it("removes what the site's sanitiser removes: scripts, event handlers, javascript: links", () => {
    const tree = render('<script>alert(1)</script>\n\n<p onclick="x()">Hi</p>\n\n[x](javascript:alert(1))');
    expect(selectAll('script', tree)).toEqual([]);
    expect(selectAll('[onclick]', tree)).toEqual([]);
    expect(
      selectAll('a', tree)
        .map((a) => a.properties.href)
        .filter(Boolean),
    ).toEqual([]);
  });
});
