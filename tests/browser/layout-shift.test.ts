/**
 * No layout shift from the web fonts: with the font files held back (as on a slow connection), the page is set in the
 * metric-adjusted fallback and does not move when IBM Plex Sans arrives. Measured with Chromium's layout-shift entries
 * (the CLS of Core Web Vitals; 0.1 is "good", the pages here must stay far below).
 */
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../helpers/browser-site.ts';
import { validateContent } from '../../src/lib/validate.ts';

const model = validateContent(process.cwd()).model;
const env = useBrowserSite();
const checklists = model.household!.checklists;
// The longest checklist wraps the most lines: with font-display: swap it moved by 0.135 at 412 px (Lighthouse's phone).
const longest = checklists.reduce((a, b) => (b.items.length > a.items.length ? b : a));
const pages = [
  '/',
  '/glossary/',
  model.tasks[0]!.url,
  '/self-service/',
  `/checklist/${checklists[0]!.path}/`,
  `/checklist/${longest.path}/`,
];

async function layoutShift(path: string, width: number): Promise<number> {
  const context = await env.browser.newContext({ viewport: { width, height: 800 } });
  await context.route(/\.woff2?$/, async (route) => {
    await new Promise((r) => setTimeout(r, 700));
    await route.continue();
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(env.url + path);
  const plex = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('16px "IBM Plex Sans"');
  });
  expect(plex, `${path}: IBM Plex Sans loaded`).toBe(true);
  await page.waitForTimeout(200);
  const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  await context.close();
  return shift;
}

describe('web fonts', () => {
  it.each([375, 412, 1280])(
    'cause no layout shift when they arrive late, at %i px',
    async (width) => {
      const shifts: Record<string, number> = {};
      for (const path of pages) shifts[path] = Number((await layoutShift(path, width)).toFixed(3));
      for (const [path, shift] of Object.entries(shifts))
        expect(shift, `${path} at ${width} px`).toBeLessThanOrEqual(0.02);
    },
    300_000,
  );
});
