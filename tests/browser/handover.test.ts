/**
 * The caseworker's handover with the reader's own dates and office, in Chromium: the reader chooses a municipality on
 * its "Where to go" page and gives dates on the checklist, then opens the handover from the checklist's link. The
 * handover shows each task's date and the local office, prints on at most 2 A4 pages, and sends the dates nowhere.
 * Without JavaScript, the same address shows the rules and the general places.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../helpers/browser-site.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { icsCentreFor, placeFor, shortName } from '../../src/lib/local-help/offices.ts';
import { datesByTask, taskDateText } from '../../src/lib/checklist/handover.ts';
import { eventApplies, LIFE_EVENT_IDS, type LifeEvent } from '../../src/lib/checklist/timeline.ts';
import { appointmentShort } from '../../src/lib/checklist/documents.ts';

const model = validateContent(process.cwd()).model;
const { checklists } = model.household!;
/** The longest household (the 2-page limit), and a municipality whose ICS centre registers newcomers. */
const longest = [...checklists].sort((a, b) => b.items.length - a.items.length)[0]!;
const served = model.municipalities.find((m) => icsCentreFor(model, m)?.services.includes('cpr-registration'))!;
const env = useBrowserSite();

/** A date for every event the form may ask for, in a plausible order. */
const GIVEN: Record<LifeEvent, string> = {
  'residence-granted': '2026-12-15',
  arrival: '2027-01-31',
  'first-work': '2027-02-01',
  departure: '2028-03-01',
  'permit-expiry': '2028-05-31',
};

describe("the handover with the reader's dates and office", () => {
  it("shows each task's date and the local office, prints on at most 2 A4 pages, and sends the dates nowhere", async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${env.url}/local-help/${served.slug}/`);
    await page.getByRole('button', { name: `Use ${shortName(served)} on my checklists` }).click();
    await page.goto(`${env.url}/checklist/${longest.path}/`);
    const asked = await page
      .locator('form.calendar input[data-event]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).dataset.event!));
    expect(asked.length).toBeGreaterThan(0);
    for (const e of asked) await page.locator(`#event-${e}`).fill(GIVEN[e as LifeEvent]);
    await page.getByRole('button', { name: 'Show my dates' }).click();
    await page.getByRole('link', { name: /a handover to print, with your dates/ }).click();
    await page.waitForURL(`**/checklist/${longest.path}/handover/#*`);
    expect(new URL(page.url()).hash).toContain(`${asked[0]}=${GIVEN[asked[0] as LifeEvent]}`);

    // The expected dates and places, from the same content and functions.
    const given = Object.fromEntries(asked.map((e) => [e, GIVEN[e as LifeEvent]]));
    const applies = (e: LifeEvent) => asked.includes(e) && eventApplies(e, longest.household.citizenship);
    const expected = datesByTask(
      longest.items
        .filter((i) => i.task.due.length)
        .map((i) => ({ slug: i.task.slug, title: i.task.title, url: i.task.url, due: i.task.due })),
      given,
      applies,
    );
    expect(expected.size).toBeGreaterThan(0);
    await expect.poll(() => page.locator('td.deadline.dated').count()).toBe(expected.size);
    for (const item of longest.items) {
      const row = page.locator(`tr[data-slug="${item.task.slug}"]`);
      const deadline = await row.locator('td.deadline').innerText();
      const dates = expected.get(item.task.slug);
      if (dates)
        expect(
          deadline.split('\n').map((l) => l.trim()),
          item.task.slug,
        ).toEqual(dates.map(taskDateText));
      else expect(deadline, item.task.slug).not.toMatch(/\d{4}$/);
      if (item.task.visit) {
        const place = placeFor(model, served, item.task);
        expect(await row.locator('td.where').innerText(), item.task.slug).toBe(
          place.kind === 'ics' ? place.office.name : place.where,
        );
      }
    }
    const note = await page.locator('.handover-personal').innerText();
    expect(note).toContain('Dates counted from');
    expect(note).toContain(`offices for ${shortName(served)}`);
    const cpr = longest.items.find((i) => i.task.visit === 'cpr-registration')!;
    expect(await page.locator(`tr[data-slug="${cpr.task.slug}"] td.where`).innerText()).toBe(
      icsCentreFor(model, served)!.name,
    );

    // Printed: at most 2 A4 pages, with the dates and the office on paper.
    const dir = mkdtempSync(join(tmpdir(), 'handover-dated-'));
    const file = join(dir, 'handover.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const printed = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(printed).toContain(taskDateText(expected.get(cpr.task.slug)![0]!));
    expect(printed).toContain(icsCentreFor(model, served)!.name);

    // Nothing was sent: no request carried a date or the municipality's dates in its address.
    const dates = Object.values(GIVEN);
    expect(requested.filter((u) => dates.some((d) => u.includes(d)))).toEqual([]);
    await context.close();
  });

  it('without JavaScript, the same address prints the rules and the general places', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const fragment = LIFE_EVENT_IDS.map((e) => `${e}=${GIVEN[e]}`).join('&');
    await page.goto(`${env.url}/checklist/${longest.path}/handover/#${fragment}`);
    expect(await page.locator('.handover-personal').isVisible()).toBe(false);
    for (const item of longest.items) {
      const row = page.locator(`tr[data-slug="${item.task.slug}"]`);
      if (item.task.deadline)
        expect((await row.locator('td.deadline').innerText()).toLowerCase()).toContain(
          item.task.deadline.slice(0, 20).toLowerCase(),
        );
      if (item.task.visit) expect(await row.locator('td.where').innerText()).toBe(appointmentShort(item.task.visit));
    }
    await context.close();
  });
});
