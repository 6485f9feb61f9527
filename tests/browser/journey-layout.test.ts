/**
 * The journey picture, measured in the real Chromium: phases in their order without overlapping, no edge through
 * a box that is not its end; also for a small journey whose phases are not connected at all.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/toolchain.ts';
import { edgeCrossings, phaseOrderProblems } from '../../src/lib/journey/geometry.ts';
import { journeyToMermaid, type JourneyLayout } from '../../src/lib/journey/to-mermaid.ts';
import type { Journey } from '../../src/lib/journey/model.ts';
import { renderDiagrams } from '../../src/lib/mermaid/render.ts';
import { readCachedSvg } from '../../src/lib/mermaid/cache.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { DIST, requireDist } from '../helpers/dist.ts';
import { measureJourney } from '../helpers/journey-svg.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
});
afterAll(async () => {
  await browser?.close();
});

async function measure(svg: string) {
  const page = await browser.newPage();
  await page.setContent(
    `<!doctype html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body></html>`,
  );
  const m = await measureJourney(page, 'body > svg');
  await page.close();
  return m;
}

/** The stamped download nests Mermaid's SVG inside its own, with the key after it: the inner SVG is the drawing. */
const downloadedDrawing = () =>
  readFileSync(join(DIST, 'downloads/ideal-journey.svg'), 'utf8')
    .replace(/^<svg[\s\S]*?(<svg\b)/, '$1')
    .replace(/<\/svg>\s*<g class="journey-key"[\s\S]*$/, '</svg>');

describe('the downloadable journey picture (dist/downloads/ideal-journey.svg)', () => {
  const phases = validateContent(process.cwd()).model.phases.map((p) => p.id);
  it('draws each phase as a group, left to right in phase order, without overlap', async () => {
    requireDist();
    const m = await measure(downloadedDrawing());
    expect(m.phases.length).toBe(phases.length);
    expect(phaseOrderProblems(m.phases, phases, 'LR')).toEqual([]);
  });
  it('has no edge through a box that is not its end, and every edge is identified', async () => {
    const m = await measure(downloadedDrawing());
    expect(m.edges.length).toBeGreaterThan(10);
    expect(m.edges.filter((e) => !e.from || !e.to).map((e) => e.id)).toEqual([]);
    expect(edgeCrossings(m.edges, m.nodes)).toEqual([]);
  });
});

describe('a journey whose phases are not connected', () => {
  const phases = ['one', 'two', 'three', 'four'].map((id) => ({ id, name: `Phase ${id}`, summary: '' }));
  const step = (id: string, phase: string, dependsOn: string[] = []) => ({
    id,
    label: `Step ${id}`,
    phase,
    task: id,
    dependsOn,
    optional: false,
    key: false,
    situations: ['x'],
    taskTitle: id,
    taskUrl: `/tasks/${id}/`,
  });
  // Written in the reverse order, with no arrow between phases: only the layout can put them in order.
  const journey: Journey = {
    title: 'Fixture',
    description: 'No links between phases.',
    steps: [
      step('d1', 'four'),
      step('d2', 'four', ['d1']),
      step('c1', 'three'),
      step('b1', 'two'),
      step('b2', 'two', ['b1']),
      step('b3', 'two', ['b1']),
      step('a1', 'one'),
    ],
  };
  let cache: string;
  beforeAll(() => {
    cache = mkdtempSync(join(tmpdir(), 'mtd-mermaid-'));
    process.env.MERMAID_CACHE_DIR = cache;
  });
  afterAll(() => {
    delete process.env.MERMAID_CACHE_DIR;
    rmSync(cache, { recursive: true, force: true });
  });

  for (const [layout, direction] of [
    ['wide', 'LR'],
    ['print', 'TB'],
    ['phone', 'TB'],
  ] as [JourneyLayout, 'LR' | 'TB'][]) {
    it(`keeps the phases in order in the ${layout} drawing (${direction})`, async () => {
      const source = journeyToMermaid(journey, phases, { layout });
      await renderDiagrams([{ source, origin: 'fixture' }]);
      const m = await measure(readCachedSvg(source)!);
      expect(
        phaseOrderProblems(
          m.phases,
          phases.map((p) => p.id),
          direction,
        ),
      ).toEqual([]);
      expect(edgeCrossings(m.edges, m.nodes)).toEqual([]);
    });
  }
});
