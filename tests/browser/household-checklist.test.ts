/**
 * The household checklist in the real Chromium: step views by address without JavaScript, the printed handout, and with
 * JavaScript the "Done" checkboxes kept in the browser and the deadlines as a calendar file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../helpers/browser-site.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { siteUrl } from '../../src/lib/site.ts';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';

const { checklists } = validateContent(process.cwd()).model.household!;
const longest = [...checklists].sort((a, b) => b.items.length - a.items.length)[0]!;
/** A household whose checklist has dated tasks (picked from the content, so edits never break this). */
const dated = [...checklists].sort(
  (a, b) => b.items.filter((i) => i.task.due.length).length - a.items.filter((i) => i.task.due.length).length,
)[0];
const env = useBrowserSite();

describe('a household checklist in the browser', () => {
  it('opens a task as "Step n of m", goes to the next step and back to the list, with JavaScript off', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${env.url}/checklist/${longest.path}/`);
    const visibleItems = () => page.locator('.household-list > li:visible').count();
    const visibleStepParts = () => page.locator('.step-only:visible').count();
    expect(await visibleItems()).toBe(longest.items.length);
    expect(await visibleStepParts()).toBe(0);
    await page.locator('.household-task').nth(1).click();
    // Only that task is left, with its step-only parts (count, official page, whole guide, previous/next/back).
    await expect.poll(() => page.locator('#step-2 .step-count').isVisible()).toBe(true);
    expect(await visibleItems()).toBe(1);
    expect(await page.locator('.given-answers').isVisible()).toBe(false);
    expect(await page.locator('#step-2 .step-count').innerText()).toContain(
      `Step 2 of ${longest.items.length} in your checklist`,
    );
    expect(await page.locator('#step-2 h3').innerText()).toBe(longest.items[1]!.task.title);
    expect(await page.locator('#step-2 .who').isVisible()).toBe(true);
    expect(await page.locator('#step-2 .official-link').isVisible()).toBe(true);
    await page.locator('#step-2 .step-next a').click();
    await expect.poll(() => page.locator('#step-3 .step-count').isVisible()).toBe(true);
    expect(await visibleItems()).toBe(1);
    expect(await page.locator('#step-2').isVisible()).toBe(false);
    await page.locator('#step-3 .step-back a').click();
    await expect.poll(() => visibleItems()).toBe(longest.items.length);
    expect(await visibleStepParts()).toBe(0);
    expect(await page.locator('.given-answers').isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('#item-3');
    await context.close();
  });

  it(`prints the longest checklist (${longest.items.length} tasks) on at most 2 A4 pages, with a QR code and address per task`, async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/checklist/${longest.path}/`, { waitUntil: 'networkidle' });
    const qrs = await page
      .locator('img.print-qr')
      .evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((i) => i.complete && i.naturalWidth > 0));
    expect(qrs).toHaveLength(longest.items.length);
    expect(qrs.every(Boolean)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'handout-'));
    const file = join(dir, 'handout.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeLessThanOrEqual(2);
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    // An address may wrap inside its column: compare without the line breaks.
    const joined = text.replace(/\s+/g, '');
    for (const item of longest.items) expect(joined).toContain(`/tasks/${item.task.slug}/`);
    expect(text).not.toContain('Back to your checklist');
  });

  it('leaves room to grow: a household list of 56 tasks still prints on 2 A4 pages', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/checklist/${longest.path}/`, { waitUntil: 'networkidle' });
    // Copies of real items, as if editors had added tasks.
    await page.evaluate(() => {
      const items = [...document.querySelectorAll('.household-list > li')];
      const list = document.querySelector('.household-list')!;
      for (let i = 0; document.querySelectorAll('.household-list > li').length < 56; i++)
        list.append(items[i % items.length]!.cloneNode(true));
    });
    const file = join(mkdtempSync(join(tmpdir(), 'handout-')), 'long.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    expect(
      Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]),
    ).toBeLessThanOrEqual(2);
  });

  it('without JavaScript shows no checkboxes and no calendar form, only the deadlines in words', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.url}/checklist/${dated!.path}/`);
    expect(await page.locator('input[type="checkbox"]').count()).toBe(0);
    expect(await page.locator('form.calendar').isVisible()).toBe(false);
    expect(await page.locator('.household .deadline-line').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('keeps a ticked "Done" box after a reload, and only for that household', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.url}/checklist/${dated!.path}/`);
    const boxes = page.locator('.household li input[type="checkbox"]');
    expect(await boxes.count()).toBe(dated!.items.length);
    await boxes.nth(1).check();
    await page.reload();
    expect(await boxes.nth(1).isChecked()).toBe(true);
    expect(await boxes.nth(0).isChecked()).toBe(false);
    // Its accessible name says which task it is for.
    expect(await page.getByRole('checkbox', { name: `Done: ${dated!.items[1]!.task.title}` }).count()).toBe(1);
    const other = checklists.find((c) => c.path !== dated!.path)!;
    await page.goto(`${env.url}/checklist/${other.path}/`);
    expect(await page.locator('.household li input[type="checkbox"]:checked').count()).toBe(0);
    await context.close();
  });

  const readIcs = async (page: import('playwright-core').Page) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /calendar file/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('my-dates-in-denmark.ics');
    const ics = readFileSync(await download.path(), 'utf8');
    return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  };
  const shown = (page: import('playwright-core').Page) =>
    page
      .locator('.timeline-dated li')
      .evaluateAll((lis) =>
        lis.map((li) => [
          li.querySelector('time')!.getAttribute('datetime'),
          (li as HTMLElement).dataset.slug,
          (li as HTMLElement).dataset.kind,
        ]),
      );

  // Dates worked out by hand from the rules on the task pages, not by the code under test.
  it('an EU worker: the CPR deadline counts from the EU residence document, and the page and the calendar file agree', async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${env.url}/checklist/eu/work/without-partner/no-children/`);
    await page.getByLabel('The day you arrive and move into your home in Denmark').fill('2026-11-30');
    await page.getByLabel('The day your residence permit or EU residence document is granted').fill('2026-12-21');
    await page.getByLabel('Your first working day in Denmark').fill('2027-01-04');
    await page.getByRole('button', { name: 'Show my dates' }).click();
    const expected = [
      ['2026-12-26', 'cpr-number', 'deadline'], // 21 December + 5 days (the residence document came after arrival)
      ['2027-01-04', 'tax-card', 'reminder'], // the first working day
      ['2027-02-28', 'eu-registration-certificate', 'deadline'], // 30 November + 3 months, to the end of February
      ['2027-07-01', 'first-tax-return', 'deadline'], // 1 July of the year after the move
    ];
    await expect.poll(() => shown(page)).toEqual(expect.arrayContaining(expected));
    const rows = await shown(page);
    expect(rows.map((r) => r[0])).toEqual([...rows.map((r) => r[0])].sort());
    // The departure was not given: those tasks are listed as not dated, with the date they need.
    expect(await page.locator('.timeline-left-out').innerText()).toContain('give the day you leave Denmark');
    const events = await readIcs(page);
    expect(events.map((e) => e.startDate.toString())).toEqual(rows.map((r) => r[0]));
    const cpr = events[rows.findIndex((r) => r[1] === 'cpr-number')]!;
    expect(cpr.summary).toBe('Deadline: Register your address and get a CPR number');
    expect(cpr.description).toContain(
      'counts from the day your residence permit or EU residence document is granted (2026-12-21)',
    );
    await context.close();
  });

  it("a non-EU family: the permit's extension and the departure become dates, and a Nordic household is never asked for a permit", async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${env.url}/checklist/other/work/with-partner/children-6-16/`);
    await page.getByLabel('The day you arrive and move into your home in Denmark').fill('2027-01-31');
    await page.getByLabel('The day your residence permit or EU residence document is granted').fill('2026-12-15');
    await page.getByLabel('The day your residence permit expires').fill('2028-05-31');
    await page.getByLabel('The day you plan to leave Denmark').fill('2028-03-01');
    await page.getByRole('button', { name: 'Show my dates' }).click();
    const expected = [
      ['2027-02-05', 'cpr-number', 'deadline'], // 31 January + 5 days (the permit came before arrival)
      ['2028-02-02', 'report-departure', 'opens'], // 1 March 2028 − 28 days (leap year)
      ['2028-02-29', 'report-departure', 'deadline'], // the day before leaving
      ['2028-02-29', 'renew-residence-permit', 'opens'], // 31 May − 3 months, to the end of February (leap year)
      ['2028-05-30', 'renew-residence-permit', 'deadline'], // the day before the permit expires
    ];
    await expect.poll(() => shown(page)).toEqual(expect.arrayContaining(expected));
    const events = await readIcs(page);
    const rows = await shown(page);
    expect(events.map((e) => e.startDate.toString())).toEqual(rows.map((r) => r[0]));
    expect(
      events.find((e) => e.summary === 'From this day: Extend your residence permit in time')?.startDate.toString(),
    ).toBe('2028-02-29');
    await page.goto(`${env.url}/checklist/nordic/work/without-partner/no-children/`);
    expect(await page.getByLabel('The day your residence permit or EU residence document is granted').count()).toBe(0);
    await context.close();
  });

  it('a task page opened from the checklist shows "Step n of m" with the next task; opened otherwise, nothing', async () => {
    const context = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const items = longest.items;
    await page.goto(`${env.url}/checklist/${longest.path}/#step-2`);
    await page.locator('#step-2 .step-only a[href^="/tasks/"]').click();
    await page.waitForURL(`**${items[1]!.task.url}`);
    const bar = page.getByRole('navigation', { name: 'Your checklist' });
    await expect.poll(() => bar.isVisible()).toBe(true);
    expect(await bar.locator('p').innerText()).toBe(`Step 2 of ${items.length} in your checklist`);
    expect(await bar.locator('.step-prev a').getAttribute('href')).toBe(items[0]!.task.url);
    await bar.locator('.step-next a').click();
    await page.waitForURL(`**${items[2]!.task.url}`);
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Your checklist' }).locator('p').innerText())
      .toBe(`Step 3 of ${items.length} in your checklist`);
    await page.getByRole('link', { name: 'Back to your checklist' }).click();
    expect(new URL(page.url()).hash).toBe('#step-3');
    await context.close();
    // A fresh tab that never saw a checklist: no step bar.
    const fresh = await env.browser.newPage();
    await fresh.goto(`${env.url}${items[1]!.task.url}`);
    await fresh.waitForLoadState('load');
    expect(await fresh.locator('.step-bar').count()).toBe(0);
    await fresh.close();
  });

  it("prints the caseworker's handover of the longest household on at most 2 A4 pages, with a QR code that opens the same checklist", async () => {
    const context = await env.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${env.url}/checklist/${longest.path}/handover/`, { waitUntil: 'networkidle' });
    const dir = mkdtempSync(join(tmpdir(), 'handover-'));
    const file = join(dir, 'handover.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const printed = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(printed).toContain('Documents to bring');
    // The QR code, drawn on a canvas and decoded with jsQR, is the address of this household's checklist.
    await page.addScriptTag({ path: join(process.cwd(), 'node_modules/jsqr/dist/jsQR.js') });
    const decoded = await page.evaluate(async () => {
      const svg = document.querySelector('.handover-qr svg')!;
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 400;
      canvas.height = 400;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 400, 400);
      ctx.drawImage(img, 20, 20, 360, 360);
      const data = ctx.getImageData(0, 0, 400, 400);
      return (window as unknown as { jsQR(d: Uint8ClampedArray, w: number, h: number): { data: string } | null }).jsQR(
        data.data,
        400,
        400,
      )?.data;
    });
    expect(decoded).toBe(`${siteUrl()}/checklist/${longest.path}/`);
    await context.close();
  });
});
