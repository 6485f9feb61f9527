/**
 * Issue #31, in the real Chromium, on a copy of the tiny fixture site (the forms, not the content, are under test): a web editor creates a whole new task in the form
 * editor (title, page address, fields, one source, household rule, Danish title) and saves it; the content check
 * passes and the household checklists list it. A save the form refuses shows a Danish message that names the entry
 * and the field and stays; the preview fills in :deadline in the summary and shows no "null".
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { validateContent } from '../../src/lib/validate.ts';
import { publish, useEditServer } from '../helpers/edit-server.ts';
import { FULL } from '../helpers/tier.ts';
import { TINY_CONTENT } from '../helpers/fixture-content.ts';

const editor = useEditServer({ tempPrefix: 'mtd-cms-new-', content: TINY_CONTENT });
const { root } = editor;
const OFFICIAL = 'https://lifeindenmark.borger.dk/housing-and-moving/rental-property/renting-a-home';

async function newTask(phase = 'before-moving'): Promise<Page> {
  const page = await editor.openEditor(`tasks-${phase}/new`);
  await page.getByLabel(/^title$/).waitFor({ timeout: 30_000 });
  return page;
}
/** Chooses an option of a pick-list (react-select) by typing its id. */
async function choose(page: Page, input: ReturnType<Page['locator']>, id: string): Promise<void> {
  await input.click();
  await page.keyboard.type(id);
  await page
    .getByText(new RegExp(`\\(${id}\\)$`))
    .first()
    .click();
}
const field = (page: Page, name: string) => page.locator(`input[id^="${name}-field-"], textarea[id^="${name}-field-"]`);

describe.runIf(FULL)('npm run edit: a new task, entirely in the forms (issue #31)', () => {
  it('creates a task with its address, source, household rule and Danish title; the check passes and the checklists list it', async () => {
    const page = await newTask();
    // A new form has no hidden, empty list items: no source until the editor adds one.
    expect(await page.locator('label[for^="supports-field-"]').count()).toBe(0);
    await page.getByLabel(/^title$/).fill('Register your bicycle');
    // The address is suggested from the title, with its rules; the editor may change it before the first save.
    await expect.poll(() => field(page, 'address').inputValue()).toBe('register-your-bicycle');
    await expect.poll(() => page.getByText('/tasks/register-your-bicycle/').count()).toBeGreaterThan(0);
    await field(page, 'titleDa').fill('Registrer din cykel');
    await field(page, 'summary').fill('Register your bicycle with the police :deadline.');
    await field(page, 'order').fill('56');
    await choose(page, field(page, 'authority').first(), 'municipality');
    await choose(page, field(page, 'situations'), 'eu-eea');
    await field(page, 'deadline').fill('within 14 days of buying it');
    await page.getByRole('button', { name: 'Tilføj youdo' }).click();
    await field(page, 'item').first().fill('Fill in the form of the police.');
    await field(page, 'label').first().fill('Renting a home (Life in Denmark)');
    await field(page, 'url').first().fill(OFFICIAL);
    await page.getByRole('button', { name: 'Tilføj sources' }).click();
    await field(page, 'url').nth(1).fill(OFFICIAL);
    await field(page, 'supports').fill('The page says how to register.');
    await field(page, 'checked').fill('2026-11-23');
    await page.getByRole('button', { name: 'Tilføj help' }).click();
    // The kind is a plain pick-list of words (no ids to type): open it and click the word.
    await field(page, 'kind').click();
    await page.getByText('online', { exact: true }).click();
    await field(page, 'label').nth(1).fill('Life in Denmark');
    await field(page, 'lastReviewed').fill('2026-11-23');
    // The household rule: suggested "for you, every answer"; the editor confirms it by saying why.
    await field(page, 'why').fill('You ride your bicycle to work.');
    // The page text (Markdown, raw): an editable area in the body field.
    const body = page
      .locator('label[for^="body-field-"]')
      .locator('xpath=../..')
      .locator('[contenteditable="true"], textarea')
      .first();
    await body.click();
    await page.keyboard.type('Yes, if you bring a bicycle to Denmark.');
    await publish(page);
    const file = join(root, 'guide/before-moving/register-your-bicycle.md');
    const errors = page.locator('#mtd-save-errors');
    await expect.poll(async () => existsSync(file) || (await errors.count()) > 0, { timeout: 20_000 }).toBe(true);
    expect((await errors.count()) ? await errors.innerText() : '').toBe('');
    await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);

    expect(readFileSync(file, 'utf8')).not.toMatch(/^(address|titleDa|household):/m);
    expect(readFileSync(join(root, 'journey/household-checklists.yaml'), 'utf8')).toContain(
      '  register-your-bicycle:\n    - who: [you]\n      why: You ride your bicycle to work.\n',
    );
    expect(readFileSync(join(root, 'da/tasks.yaml'), 'utf8')).toContain(
      'register-your-bicycle: "Registrer din cykel"\n',
    );
    const check = spawnSync(process.execPath, ['scripts/check-content.ts'], {
      env: { ...process.env, CONTENT_ROOT: root },
      encoding: 'utf8',
    });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    const { model } = validateContent(root);
    expect(
      model.household!.checklists.filter((c) => c.items.some((i) => i.task.slug === 'register-your-bicycle')).length,
    ).toBe(model.household!.checklists.length);

    // After the first save, the address is read-only.
    await page.goto(`${editor.url}/#/collections/tasks-before-moving/entries/register-your-bicycle`);
    await expect.poll(() => page.locator('[data-mtd-address="locked"]').count(), { timeout: 30_000 }).toBe(1);
    await page.context().close();
  });

  it('shows a Danish error that names the source and its field, marks the field, and stays until dismissed', async () => {
    const page = await newTask();
    await page.getByLabel(/^title$/).fill('Another new task');
    await page.getByRole('button', { name: 'Tilføj sources' }).click();
    await field(page, 'supports').fill('Something.');
    await publish(page);
    const box = page.locator('#mtd-save-errors');
    await expect.poll(() => box.isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => box.innerText()).toMatch(/Kilder, nr\. 1: url er påkrævet/);
    expect(await box.innerText()).not.toContain('API_ERROR');
    expect(await page.locator('[data-mtd-error]').count()).toBeGreaterThan(0);
    await page.waitForTimeout(15_000);
    expect(await box.isVisible()).toBe(true);
    expect(await box.innerText()).toMatch(/Kilder, nr\. 1: url er påkrævet/);
    await box.getByRole('button', { name: 'Luk' }).click();
    expect(await box.count()).toBe(0);
    await page.context().close();
  }, 180_000);

  it('previews the summary with :deadline filled in, and no "null" for an empty step', async () => {
    const page = await newTask();
    await page.getByLabel(/^title$/).fill('Preview task');
    await field(page, 'deadline').fill('within 9 days of the preview test');
    await field(page, 'summary').fill('Do it :deadline.');
    await page.getByRole('button', { name: 'Tilføj youdo' }).click();
    const preview = page.frameLocator('iframe').first();
    await expect
      .poll(
        () =>
          preview
            .locator('.lead')
            .innerText()
            .catch(() => ''),
        { timeout: 15_000 },
      )
      .toBe('Do it within 9 days of the preview test.');
    expect(await preview.locator('body').innerText()).not.toMatch(/\bnull\b|:deadline/);
    await page.context().close();
  });
});
