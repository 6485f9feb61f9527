/** Page-weight budgets for citizens on slow connections, checked on the built output (sizes, not timings). */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, firstLoad, gzipSize, pageWeight, worst } from '../../src/lib/perf/page-weight.ts';
import { DIST, distFiles, htmlPages, read, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);
const weights = () => htmlPages().map((p) => pageWeight(DIST, p));

describe('page-weight budgets', () => {
  it(`every task page: HTML + CSS + fonts ≤ ${BUDGETS.taskPageTotal / 1024} KB gzip, HTML ≤ ${BUDGETS.taskPageHtml / 1024} KB`, () => {
    const tasks = weights().filter((w) => w.page.startsWith('tasks/'));
    console.log('Worst task pages, total first load:');
    console.table(worst(tasks, 'total'));
    console.log('Worst task pages, HTML:');
    console.table(worst(tasks, 'html'));
    expect(tasks.length).toBeGreaterThan(20);
    for (const w of tasks) {
      expect(w.total, w.page).toBeLessThanOrEqual(BUDGETS.taskPageTotal);
      expect(w.html, w.page).toBeLessThanOrEqual(BUDGETS.taskPageHtml);
      expect(w.fonts, `${w.page} loads its fonts`).toBeGreaterThan(0);
    }
  });

  it(`the heaviest task page's first load, as served (brotli: HTML + CSS + the fonts it loads) ≤ ${BUDGETS.taskPageFirstLoad / 1024} KB`, () => {
    const tasks = htmlPages()
      .filter((p) => /^tasks\/[^/]+\/index\.html$/.test(p))
      .map((p) => firstLoad(DIST, p))
      .sort((a, b) => b.total - a.total);
    const kB = (n: number) => (n / 1024).toFixed(1);
    console.log('Heaviest task pages, first load as served (KB):');
    console.table(
      tasks
        .slice(0, 5)
        .map((w) => ({ page: w.page, html: kB(w.html), css: kB(w.css), fonts: kB(w.fonts), total: kB(w.total) })),
    );
    expect(tasks.length).toBeGreaterThan(20);
    expect(tasks[0]!.fonts, `${tasks[0]!.page} loads its fonts`).toBeGreaterThan(0);
    expect(tasks[0]!.total, tasks[0]!.page).toBeLessThanOrEqual(BUDGETS.taskPageFirstLoad);
  });

  it('0 bytes of JavaScript on every page except search, at most 4 KB gzip on a household checklist (Done boxes, personal timeline, calendar file), 2 KB on a handover and on a municipality page, and 1 KB on a task page', () => {
    const household = (page: string) => /^checklist\/[^/]+\/[^/]+\/[^/]+\/[^/]+\/index\.html$/.test(page);
    // The caseworker's handover: the reader's own dates and office (progressive enhancement; it prints without it).
    const handover = (page: string) => /^checklist\/[^/]+\/[^/]+\/[^/]+\/[^/]+\/handover\/index\.html$/.test(page);
    // "Use <municipality> on my checklists": remembers the choice in the browser (progressive enhancement).
    const municipality = (page: string) => /^local-help\/[^/]+\/index\.html$/.test(page);
    const all = weights();
    // "Step n of m in your checklist" on a task page opened from a checklist (progressive enhancement).
    const task = (page: string) => /^tasks\/[^/]+\/index\.html$/.test(page);
    expect(
      all
        .filter(
          (w) =>
            w.page !== 'search/index.html' &&
            !household(w.page) &&
            !handover(w.page) &&
            !municipality(w.page) &&
            !task(w.page) &&
            w.js > 0,
        )
        .map((w) => w.page),
    ).toEqual([]);
    const handovers = all.filter((w) => handover(w.page));
    expect(handovers.length).toBeGreaterThan(0);
    for (const w of handovers) expect(w.js, w.page).toBeLessThanOrEqual(2 * 1024);
    const municipalities = all.filter((w) => municipality(w.page));
    expect(municipalities.length).toBeGreaterThan(0);
    for (const w of municipalities) expect(w.js, w.page).toBeLessThanOrEqual(2 * 1024);
    const checklists = all.filter((w) => household(w.page));
    expect(checklists.length).toBeGreaterThan(0);
    for (const w of checklists) expect(w.js, w.page).toBeLessThanOrEqual(4 * 1024);
    const tasks = all.filter((w) => task(w.page));
    expect(tasks.length).toBeGreaterThan(20);
    for (const w of tasks) expect(w.js, w.page).toBeLessThanOrEqual(1024);
  });

  it(`all CSS together ≤ ${BUDGETS.allCss / 1024} KB gzip`, () => {
    const css = distFiles((p) => p.endsWith('.css') && !p.startsWith('pagefind/'));
    const total = css.reduce((n, f) => n + gzipSize(readFileSync(join(DIST, f))), 0);
    console.table(css.map((f) => ({ file: f, kB: (gzipSize(read(f)) / 1024).toFixed(1) })));
    expect(total).toBeLessThanOrEqual(BUDGETS.allCss);
  });

  it(`fonts are subset to latin, in at most ${BUDGETS.fontWeights} weights, and not preloaded where unused`, () => {
    const fonts = distFiles((p) => p.endsWith('.woff2') && !p.startsWith('pagefind/'));
    expect(fonts.every((f) => /latin-\d+-normal/.test(f))).toBe(true);
    expect(new Set(fonts.map((f) => /latin-(\d+)-/.exec(f)![1])).size).toBeLessThanOrEqual(BUDGETS.fontWeights);
    for (const p of htmlPages()) expect(read(p)).not.toMatch(/rel="preload"[^>]*font|as="font"/);
  });
});
