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
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';

const { checklists } = validateContent(process.cwd()).model!.household!;
const longest = [...checklists].sort((a, b) => b.items.length - a.items.length)[0]!;
/** A household whose checklist has deadlines counted from arrival (picked from the content, so edits never break this). */
const dated = checklists.find((c) => c.items.filter((i) => i.task.dueAfterArrival).length >= 2) ?? checklists.find((c) => c.items.some((i) => i.task.dueAfterArrival));
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
    expect(await page.locator('#step-2 .step-count').innerText()).toContain(`Step 2 of ${longest.items.length} in your checklist`);
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
    const qrs = await page.locator('img.print-qr').evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((i) => i.complete && i.naturalWidth > 0));
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
      for (let i = 0; document.querySelectorAll('.household-list > li').length < 56; i++) list.append(items[i % items.length]!.cloneNode(true));
    });
    const file = join(mkdtempSync(join(tmpdir(), 'handout-')), 'long.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])).toBeLessThanOrEqual(2);
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

  it('turns the deadlines counted from arrival into a valid calendar file with the right dates', async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${env.url}/checklist/${dated!.path}/`);
    await page.getByLabel('The day you arrive in Denmark').fill('2026-11-30');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /calendar file/ }).click()]);
    expect(download.suggestedFilename()).toBe('deadlines-2026-11-30.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const expected = dated!.items.filter((i) => i.task.dueAfterArrival);
    expect(events.map((e) => e.summary)).toEqual(expected.map((i) => `Deadline: ${i.task.title}`));
    for (const [n, item] of expected.entries()) {
      const due = item.task.dueAfterArrival!;
      // Worked out here independently: 30 November plus n days, or plus n months (to the end of a shorter month).
      const day = due.days
        ? new Date(Date.UTC(2026, 10, 30 + due.days))
        : new Date(Date.UTC(2026, 10 + due.months!, Math.min(30, new Date(Date.UTC(2026, 11 + due.months!, 0)).getUTCDate())));
      expect(events[n]!.startDate.toString(), item.task.slug).toBe(day.toISOString().slice(0, 10));
      expect(events[n]!.description).toContain(item.task.deadline!);
    }
    expect(await page.getByRole('status').innerText()).toContain(`${expected.length} deadline`);
    await context.close();
  });
});
