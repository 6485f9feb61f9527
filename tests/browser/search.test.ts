/**
 * The site's search (Pagefind) as a newcomer uses it on a phone: the words they type, the glossary's former names and
 * the abbreviations find the task they need in the first three results, each page once, and the results fit a 375 px
 * screen. Runs on the built site of the real content.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../helpers/browser-site.ts';

const env = useBrowserSite();

/** What a newcomer types, and the page that must be among the first three results. */
const QUERIES: [query: string, expected: string][] = [
  ['ATP', '/tasks/pensions-and-atp-when-leaving/'],
  ['pension', '/tasks/pensions-and-atp-when-leaving/'],
  ['registration certificate', '/tasks/eu-registration-certificate/'],
  ['nurse', '/tasks/health-professional-authorisation/'],
  ['yellow card', '/tasks/health-insurance-card/'],
  ['cancel lease', '/tasks/end-lease-and-utilities/'],
  ['tax return', '/tasks/first-tax-return/'],
  ['tax card', '/tasks/tax-card/'],
  ['CPR', '/tasks/cpr-number/'],
  ['SU', '/tasks/state-educational-grant/'],
  ['MitID', '/tasks/mitid/'],
  ['NemKonto', '/tasks/nemkonto/'],
  ['driving licence', '/tasks/driving-licence/'],
  ['Danish lessons', '/tasks/danish-lessons/'],
  ['school', '/tasks/school/'],
  ['Favrskov', '/local-help/favrskov/'],
  ['ICS', '/local-help/'],
];

async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`${env.url}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 30_000 });
  // Results arrive in one go for a query given in the address; wait until the list stops changing.
  let before = -1;
  await expect
    .poll(
      async () => {
        const now = await page.locator('.pagefind-ui__result-link').count();
        const stable = now === before;
        before = now;
        return stable;
      },
      { interval: 300, timeout: 30_000 },
    )
    .toBe(true);
  // The pages found (not the headings found inside them, which Pagefind lists under each page).
  const links = await page
    .locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link')
    .evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname));
  return links;
}

describe('search on a phone', () => {
  it.each(QUERIES)('"%s" shows %s in the first three results', async (query, expected) => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 800 } });
    const results = await search(page, query);
    expect(results.slice(0, 3), `results for "${query}": ${results.slice(0, 5).join(' ')}`).toContain(expected);
    // Each page once.
    expect(new Set(results).size, `a page listed twice for "${query}"`).toBe(results.length);
    // Nothing scrolls sideways at 375 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('does not stem "ATP" into the common word "at": only pages that say ATP', async () => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 800 } });
    const results = await search(page, 'ATP');
    expect(results.length).toBeLessThan(30);
    await page.close();
  });
});
