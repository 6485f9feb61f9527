/** Runs axe-core in the system Chromium on every built page. Zero violations are allowed. */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../helpers/browser-site.ts';
import { DIST, htmlPages, urlOf } from '../helpers/dist.ts';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { validateContent } from '../../src/lib/validate.ts';
import { FULL } from '../helpers/tier.ts';

const model = validateContent(process.cwd()).model;

const env = useBrowserSite();

/**
 * axe-core with the WCAG 2.1 A/AA rules and best practices. The site has no frames (the output policy refuses them), so
 * axe runs in the page itself ("legacy mode"): its frame mode opens an extra blank page for every run, which made each
 * page about 40 % slower to check.
 */
const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).setLegacyMode(true);

/**
 * Every page, except that of the many pre-built household checklists and their handovers (192 pages each of one
 * template) only the longest for each reason for moving, and the shortest, are checked; the step views are checked on one of them below. Chosen by
 * size from the built pages, so a change to the questions does not change what this test needs.
 */
const checklistPages = htmlPages().filter((p) => /^checklist\/[^/]+\/[^/]+\/[^/]+\/[^/]+\/index\.html$/.test(p));
const sizeOf = (p: string) => statSync(join(DIST, p)).size;
const bySize = [...checklistPages].sort((a, b) => sizeOf(b) - sizeOf(a) || a.localeCompare(b));
const longestPerReason = new Map<string, string>();
for (const p of bySize) {
  const reason = p.split('/')[2]!;
  if (!longestPerReason.has(reason)) longestPerReason.set(reason, p);
}
/** The 98 municipality pages are one template too: the longest and the shortest are checked. */
const municipalityPages = htmlPages()
  .filter((p) => /^local-help\/[^/]+\/index\.html$/.test(p))
  .sort((a, b) => sizeOf(b) - sizeOf(a) || a.localeCompare(b));
/** Each checklist's caseworker handover (192 pages of one print template): the longest per reason and the shortest. */
const handoverPages = htmlPages()
  .filter((p) => /^checklist\/[^/]+\/[^/]+\/[^/]+\/[^/]+\/handover\/index\.html$/.test(p))
  .sort((a, b) => sizeOf(b) - sizeOf(a) || a.localeCompare(b));
const longestHandoverPerReason = new Map<string, string>();
for (const p of handoverPages) {
  const reason = p.split('/')[2]!;
  if (!longestHandoverPerReason.has(reason)) longestHandoverPerReason.set(reason, p);
}
const sampled = new Set([
  ...longestPerReason.values(),
  ...bySize.slice(-1),
  ...municipalityPages.slice(0, 1),
  ...municipalityPages.slice(-1),
  ...longestHandoverPerReason.values(),
  ...handoverPages.slice(-1),
]);
const oneTemplateMany = new Set([...checklistPages, ...municipalityPages, ...handoverPages]);
const everyPage = htmlPages()
  .filter((p) => p !== '404.html' && (!oneTemplateMany.has(p) || sampled.has(p)))
  .map(urlOf);
/** A page's template: the route it is built from (every task page is one, every situation page another, ...). */
function templateOf(url: string): string {
  const segs = url.split('/').filter(Boolean);
  if (segs.length <= 1) return url;
  return segs[0] === 'da' ? `da/${segs[1]}/${segs.length}` : `${segs[0]}/${segs.length}`;
}
/** The fast tier: the largest page of each template (the most content to check). The full tier: every page above. */
const largestPerTemplate = new Map<string, string>();
for (const p of [...everyPage].sort(
  (a, b) => sizeOf(`${b.slice(1)}index.html`) - sizeOf(`${a.slice(1)}index.html`) || a.localeCompare(b),
)) {
  if (!largestPerTemplate.has(templateOf(p))) largestPerTemplate.set(templateOf(p), p);
}
const pages = FULL ? everyPage : everyPage.filter((p) => largestPerTemplate.get(templateOf(p)) === p);

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it(FULL ? 'checks every page' : 'checks one page of every template', () => {
    expect(pages.length).toBeGreaterThan(FULL ? 40 : 20);
    expect(new Set(pages.map(templateOf))).toEqual(new Set(everyPage.map(templateOf)));
    expect(groups.flat()).toEqual(pages);
  });

  it("has no violations in a household checklist's step views", async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const path = [...sampled].map(urlOf)[0]!;
    const violations: string[] = [];
    for (const step of ['#step-1', '#step-2', '#item-2']) {
      await page.goto(`${env.url}${path}${step}`);
      const result = await axe(page).analyze();
      for (const v of result.violations)
        violations.push(
          `${v.id} on ${path}${step}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
        );
    }
    await context.close();
    expect(violations).toEqual([]);
  });

  // In groups of pages, each with its own time limit: one test for all ~120 pages would run close to any single limit
  // on a busy 2-core machine, and a test past its limit goes on running in the background, slowing the next one.
  const GROUP = 15;
  const groups = Array.from({ length: Math.ceil(pages.length / GROUP) }, (_, i) =>
    pages.slice(i * GROUP, (i + 1) * GROUP),
  );
  it.each(groups.map((g, i) => [`${i + 1} of ${groups.length} (${g[0]} …)`, g] as const))(
    'has no violations on any page: group %s',
    async (_, group) => {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of group) {
        await page.goto(env.url + path);
        const result = await axe(page).analyze();
        for (const v of result.violations)
          violations.push(
            `${v.id} (${v.impact}) on ${path}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
      }
      await context.close();
      expect(violations.sort()).toEqual([]);
    },
    240_000,
  );

  it('shows the glossary and the self-service map as cards on a 375 px phone; axe finds nothing at 375 px there, on the checklists and on a task page', async () => {
    const context = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of [
      '/glossary/',
      '/self-service/',
      '/self-service/by-authority/',
      '/professionals/translation-priorities/',
      ...[...sampled].map(urlOf),
      model.tasks[0]!.url,
    ]) {
      await page.goto(env.url + path);
      const result = await axe(page).analyze();
      for (const v of result.violations)
        violations.push(
          `${v.id} on ${path} at 375 px: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
        );
      if (!/^\/(glossary|self-service)\//.test(path)) continue;
      // A card: each row a block as wide as the page, so nothing scrolls sideways inside it.
      const cards = await page.locator('.cards').evaluateAll((els) =>
        els.map((e) => ({
          scrolls: e.scrollWidth > e.clientWidth,
          row: getComputedStyle(e.querySelector('tbody tr')!).display,
        })),
      );
      expect(cards.length, path).toBeGreaterThan(0);
      for (const c of cards) expect(c, path).toEqual({ scrolls: false, row: 'block' });
    }
    await context.close();
    expect(violations).toEqual([]);
  });

  it('never makes a 375 px phone scroll sideways (long addresses wrap, wide tables scroll in their own box)', async () => {
    const context = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of pages.filter((p) => !p.startsWith('/print/'))) {
      await page.goto(env.url + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 375) wide.push(`${path}: ${width} px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  }, 300_000);

  it('shows a skip link on keyboard focus and moves focus to the main content', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('search finds a task from the Pagefind index', async () => {
    const page = await env.browser.newPage();
    // A task's title, from the content itself (editors' changes never break this test).
    const task = [...model.tasks].sort((a, b) => a.title.length - b.title.length)[0]!;
    await page.goto(`${env.url}/search/?q=${encodeURIComponent(task.title)}`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 20_000 });
    const links = await page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(links).toContain(`/tasks/${task.slug}/`);
    await page.close();
  });
});
