/**
 * Paged.js measures the page once per drawing and once per table row (src/lib/pdf/paged.ts), not after each of their
 * nodes, and still keeps every row whole and every word: a small print page with a 400-shape drawing and a 40-row
 * table, printed as the build prints the guide, in the system Chromium. Its first page holds a title only, as the
 * guide's cover does: Paged.js measures after every node once a page has as many characters as its first page had.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/toolchain.ts';
import { serveFolder } from '../../src/lib/local-file-server.ts';
import { pagedScriptDir, PAGED_SCRIPT, printWithPagedJs } from '../../src/lib/pdf/paged.ts';
import { printedText } from '../helpers/pdf-text.ts';

const ROWS = 40;
const SHAPES = 400;
const paragraphs = Array.from(
  { length: 12 },
  (_, i) => `<p>Paragraph ${i + 1}. ${'Every newcomer needs a CPR number before most other steps. '.repeat(6)}</p>`,
).join('');
const drawing = `<figure><svg viewBox="0 0 400 200" width="400" height="200" role="img" aria-label="Shapes">${Array.from(
  { length: SHAPES },
  (_, i) => `<rect x="${i % 40}" y="${Math.floor(i / 40) * 10}" width="8" height="8" fill="#0059b3"/>`,
).join('')}</svg></figure>`;
const rows = Array.from(
  { length: ROWS },
  (_, i) =>
    `<tr><td>Row${i + 1}</td><td>${'Citizen Service '.repeat(1 + (i % 3))}</td><td>Before you start work</td><td>End${i + 1}</td></tr>`,
).join('\n');
const HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Measuring</title>
<style>@page { size: A5; margin: 15mm; } body { font: 10pt/1.4 sans-serif; } table { border-collapse: collapse; }
td { border-bottom: 0.5pt solid #999; padding: 1mm; } tr { break-inside: avoid; } h1 { break-after: page; }</style></head>
<body><h1>Measuring</h1>${paragraphs}${drawing}${paragraphs}<table><thead><tr><th>Task</th><th>Who</th><th>When</th><th>Note</th></tr></thead><tbody>
${rows}
</tbody></table><p>The last paragraph.</p></body></html>`;

let browser: Browser;
let work: string;
let servers: Awaited<ReturnType<typeof serveFolder>>[] = [];
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mtd-measuring-'));
  writeFileSync(join(work, 'index.html'), HTML);
  servers = await Promise.all([serveFolder(work), serveFolder(pagedScriptDir())]);
  browser = await puppeteer.launch({
    executablePath: findChromium(),
    args: ['--export-tagged-pdf', ...CHROMIUM_ARGS],
    headless: true,
  });
});
afterAll(async () => {
  // The browser first: it holds the servers' connections open.
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
  rmSync(work, { recursive: true, force: true });
});

describe('Paged.js measuring (the PDF step)', () => {
  it('measures a drawing and a table row once each, and keeps every row whole and every word', async () => {
    const [site, script] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const page = await browser.newPage();
    try {
      // Every measurement Paged.js makes of the page it fills is an element's getBoundingClientRect.
      await page.evaluateOnNewDocument(() => {
        const w = window as unknown as { measures: number };
        w.measures = 0;
        const proto = Element.prototype;
        const { getBoundingClientRect } = Object.getOwnPropertyDescriptors(proto);
        const measure = getBoundingClientRect.value as (this: Element) => DOMRect;
        proto.getBoundingClientRect = function (this: Element) {
          w.measures++;
          return measure.call(this);
        };
      });
      const print = await printWithPagedJs(page, `${site.url}/`, {
        timeout: 60_000,
        outlineTags: ['h1'],
        scriptUrl: `${script.url}/${PAGED_SCRIPT}`,
      });
      const measures = await page.evaluate(() => (window as unknown as { measures: number }).measures);
      // Node by node it was 840 (the drawing's 400 shapes, and each node of every row once a page is nearly full).
      expect(measures).toBeLessThan(SHAPES);
      expect(print.pages.length).toBeGreaterThan(2);

      const file = join(work, 'out.pdf');
      writeFileSync(file, print.pdf);
      const text = await printedText(file);
      const pageOf = (s: string) => text.filter((t) => t.text.trim() === s).map((t) => t.page);
      for (let i = 1; i <= ROWS; i++) {
        expect(pageOf(`Row${i}`), `row ${i} printed once`).toHaveLength(1);
        expect(pageOf(`End${i}`), `row ${i} on one page`).toEqual(pageOf(`Row${i}`));
      }
      expect(text.some((t) => t.text.includes('The last paragraph.'))).toBe(true);
    } finally {
      await page.close();
    }
  });
});
