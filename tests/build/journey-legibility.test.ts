/** The journey picture is legible on paper: no label under 8 pt on the guide's diagram page, none under 12 pt on the A3 poster. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate.ts';
import { DIST, requireDist } from '../helpers/dist.ts';
import { printedText, type PrintedText } from '../helpers/pdf-text.ts';

const model = validateContent(process.cwd()).model;
beforeAll(requireDist);

/** The page that draws the journey: the one that prints the phase titles as the diagram numbers them ("1. Before moving"). */
function diagramPage(texts: PrintedText[]): PrintedText[] {
  // pdf.js may give each word or each line as one piece of text: join a page's pieces before looking.
  const titles = model.phases.map((p, i) => `${i + 1}. ${p.name}`);
  const pages = [...new Set(texts.map((t) => t.page))];
  const page = pages.find((p) => {
    const all = texts
      .filter((t) => t.page === p)
      .map((t) => t.text.trim())
      .join(' ');
    return titles.every((t) => all.includes(t));
  });
  return texts.filter((t) => t.page === page);
}

describe('journey picture legibility', () => {
  it("prints no text on the guide's diagram page smaller than 8 pt", async () => {
    const page = diagramPage(await printedText(join(DIST, 'best-practice-guide.pdf')));
    expect(page.length, "a page with the diagram's phase titles").toBeGreaterThan(20);
    const smallest = page.reduce((a, b) => (b.size < a.size ? b : a));
    expect(smallest.size, `smallest text: "${smallest.text}"`).toBeGreaterThanOrEqual(7.99); // 8 pt, less the rounding in the PDF
  });

  it('prints no text on the poster smaller than 12 pt, and names the edition and the address', async () => {
    const texts = await printedText(join(DIST, 'downloads/ideal-journey-poster.pdf'));
    expect(new Set(texts.map((t) => t.page)).size).toBe(1);
    const smallest = texts.reduce((a, b) => (b.size < a.size ? b : a));
    expect(smallest.size, `smallest text: "${smallest.text}"`).toBeGreaterThanOrEqual(11.99); // 12 pt, less the rounding in the PDF
    const all = texts.map((t) => t.text).join(' ');
    expect(all).toMatch(/Edition \d{4}-Q[1-4]|Draft/);
    expect(all).toContain('/journey/');
    for (const s of model.journey.steps)
      expect(all.replace(/\s+/g, ' '), s.label).toContain(s.label.split(' ').at(-1)!);
  });
});
