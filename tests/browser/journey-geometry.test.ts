/**
 * Every journey drawing the build makes, measured in Chromium: the whole journey and each situation's drawing, in the
 * wide and phone variants inlined in the built pages (English and Danish), the downloadable SVG, and the print variant
 * that the guide's PDF, the Danish PDF and the A3 poster draw (rendered by the build into the Mermaid cache; the print
 * pages are removed from the output once printed). For each: the phases in order without overlap, each with its
 * numbered title, no edge through a box it does not connect or through a phase's title, and no edge that spans more
 * than half the chart between boxes of one phase or of adjacent phases (src/lib/journey/geometry.ts, `longEdges`);
 * boxes stand apart and clear of their phase's frame (`crowding`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/toolchain.ts';
import {
  crowding,
  edgeCrossings,
  longEdges,
  phaseOrderProblems,
  titleCrossings,
} from '../../src/lib/journey/geometry.ts';
import { danishJourneyDiagram, journeyDiagrams } from '../../src/lib/diagrams.ts';
import { readCachedSvg } from '../../src/lib/mermaid/cache.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { DIST, htmlPages, read, requireDist } from '../helpers/dist.ts';
import { measureJourney } from '../helpers/journey-svg.ts';

const model = validateContent(process.cwd()).model;
const order = model.phases.map((p) => p.id);
interface Drawing {
  name: string;
  direction: 'LR' | 'TB';
  svg: string;
}

/** The drawings in the built pages (each `.journey-drawing`: wide or phone), the download, and the print variants. */
function drawings(): Drawing[] {
  requireDist();
  const out: Drawing[] = [];
  for (const file of htmlPages()) {
    const html = read(file);
    if (!html.includes('journey-drawing')) continue;
    for (const d of selectAll('.journey-drawing', fromHtml(html))) {
      const layout = String((d.properties.className as string[]).find((c) => c !== 'journey-drawing') ?? '');
      const svg = selectAll('svg', d).find((s) => selectAll('g.node', s).length > 0);
      if (svg)
        out.push({ name: `${file} (${layout})`, direction: layout === 'journey-wide' ? 'LR' : 'TB', svg: toHtml(svg) });
    }
  }
  const download = readFileSync(join(DIST, 'downloads/ideal-journey.svg'), 'utf8')
    .replace(/^<svg[\s\S]*?(<svg\b)/, '$1')
    .replace(/<\/svg>\s*<g class="journey-key"[\s\S]*$/, '</svg>');
  out.push({ name: 'downloads/ideal-journey.svg', direction: 'LR', svg: download });
  const print = [
    ["the guide's PDF and the A3 poster (print)", journeyDiagrams(model)[0]!.sources.print],
    ['the Danish PDF (print)', danishJourneyDiagram(model)?.sources.print],
  ] as const;
  for (const [name, source] of print) {
    if (!source) continue;
    const svg = readCachedSvg(source);
    if (!svg) throw new Error(`${name}: not in the Mermaid cache; build first`);
    out.push({ name, direction: 'TB', svg: svg.replace(/^<\?xml[^>]*>\s*/, '') });
  }
  return out;
}

let browser: Browser;
beforeAll(async () => {
  browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
});
afterAll(async () => {
  await browser?.close();
});

const all = drawings();

describe('every journey drawing the build makes', () => {
  it("finds the whole journey and each situation's drawing, wide and phone, in English and Danish, and the print variants", () => {
    const pages = new Set(all.map((d) => d.name.split(' ')[0]));
    expect(pages).toContain('journey/index.html');
    expect(pages).toContain('da/journey/index.html');
    for (const s of model.situations) expect(pages, s.id).toContain(`journey/${s.id}/index.html`);
    for (const page of ['journey/index.html', 'da/journey/index.html']) {
      expect(all.filter((d) => d.name.startsWith(`${page} `)).map((d) => d.name)).toEqual([
        `${page} (journey-wide)`,
        `${page} (journey-phone)`,
      ]);
    }
    expect(all.filter((d) => d.name.includes('(print)')).length).toBe(model.danish ? 2 : 1);
  });

  it.each(all.map((d) => [d.name, d] as const))(
    '%s: phases in order, no edge through a box or a phase title, no edge across the chart when a shorter route exists',
    async (_, d) => {
      const page = await browser.newPage();
      await page.setContent(`<!doctype html><html><body style="margin:0">${d.svg}</body></html>`);
      const m = await measureJourney(page, 'body > svg');
      await page.close();
      expect(m.nodes.length).toBeGreaterThan(3);
      expect(m.edges.filter((e) => !e.from || !e.to).map((e) => e.id)).toEqual([]);
      expect(m.titles.length).toBe(m.phases.length);
      // Every title is drawn and reads "N. Phase" (the phone drawing's titles are laid out as boxes, then drawn as titles).
      expect(m.titles.filter((t) => !/^\d+\. \S/.test(t.text) || t.width < 10).map((t) => t.phase)).toEqual([]);
      expect(m.nodes.filter((n) => n.id.endsWith('_title')).map((n) => n.id)).toEqual([]);
      const present = order.filter((p) => m.phases.some((b) => b.phase === p));
      expect.soft(phaseOrderProblems(m.phases, present, d.direction)).toEqual([]);
      expect.soft(edgeCrossings(m.edges, m.nodes)).toEqual([]);
      expect.soft(titleCrossings(m.edges, m.titles)).toEqual([]);
      expect.soft(longEdges(m.edges, m.nodes, m.phases, present, d.direction)).toEqual([]);
      // Boxes stand apart and clear of their phase's frame by at least 0.3 of the type size, at any scale (in the
      // print drawing at 140 px type they touched: ELK's gaps are fixed, so large type closes them).
      expect(m.fontSize).toBeGreaterThan(5);
      expect.soft(crowding(m.nodes, m.phases, 0.3 * m.fontSize)).toEqual([]);
    },
  );
});
