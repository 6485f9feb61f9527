/**
 * Two questions a front-desk officer answers from the site, walked in Chromium as a person would: by links from the
 * home page, without typing addresses. The municipality, the service and the expected answers come from the content.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../helpers/browser-site.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { icsCentreFor, shortName } from '../../src/lib/local-help/offices.ts';
import { ENGLISH_BADGE } from '../../src/lib/presenters.ts';

const model = validateContent(process.cwd()).model;
const env = useBrowserSite();
const cpr = model.tasks.find((t) => t.visit === 'cpr-registration')!;
/** A municipality whose ICS centre registers newcomers, and one that no centre serves. */
const served = model.municipalities.find((m) => icsCentreFor(model, m)?.services.includes('cpr-registration'))!;
const unserved = model.municipalities.find((m) => m.ics === 'none')!;

describe('the front desk', () => {
  it.each([
    ['an ICS centre', served],
    ['Citizen Service', unserved],
  ] as const)('finds where a person living in a municipality registers (%s), from the home page', async (_, m) => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Where to go' }).click();
    await page
      .locator('.municipality-list')
      .getByRole('link', { name: shortName(m), exact: true })
      .click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(`Where to go in ${shortName(m)}`);
    const line = await page.locator('.visits li', { hasText: cpr.title }).innerText();
    const centre = icsCentreFor(model, m);
    expect(line).toContain(
      centre?.services.includes('cpr-registration') ? centre.name : `Citizen Service in ${shortName(m)}`,
    );
    await page.close();
  });

  it('remembers a municipality in the browser, and the household checklists then name the office next to each visit', async () => {
    const checklist = model.household!.checklists.find((c) => c.items.some((i) => i.task.slug === cpr.slug))!;
    const centre = icsCentreFor(model, served)!;
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.url}/local-help/${served.slug}/`);
    await page.getByRole('button', { name: `Use ${shortName(served)} on my checklists` }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('kept only in this browser');
    await page.goto(`${env.url}/checklist/${checklist.path}/`);
    const link = page.locator(`.visit[data-visit-task="${cpr.slug}"] a`);
    await expect
      .poll(() => link.innerText())
      .toBe(
        `Where to go in ${shortName(served)}: ${centre.services.includes('cpr-registration') ? centre.name : `Citizen Service in ${shortName(served)}`}`,
      );
    expect(await link.getAttribute('href')).toBe(`/local-help/${served.slug}/`);
    await context.close();
  });

  it('finds whether a self-service works in English, from the task that needs it', async () => {
    const service = model.selfServices.find((s) => s.english !== 'unknown' && s.tasks.length > 0)!;
    const task = model.tasks.find((t) => t.slug === service.tasks[0])!;
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/`);
    await page.getByRole('link', { name: task.title, exact: true }).first().click();
    const item = page.locator('.facts li', { hasText: service.nameEn });
    expect(await item.locator('.badge').innerText()).toBe(ENGLISH_BADGE[service.english].label);
    // The same answer on the self-service map.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Self-service' }).click();
    expect(await page.locator(`tr[id="${service.slug}"] .badge`).first().innerText()).toBe(
      ENGLISH_BADGE[service.english].label,
    );
    await page.close();
  });
});
