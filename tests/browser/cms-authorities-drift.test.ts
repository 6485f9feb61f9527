/**
 * Issue #31, in the real Chromium, on a copy of the frozen content. (1) An editor changes the biometrics deadline from
 * 14 to 30 days and saves: the file is saved, and a box that stays lists, in Danish, each place that still says
 * 14 days (file:line and the sentence) with the fix. (2) An editor changes an authority's name in the authorities
 * form (journey/authorities.yaml, a list at its top level) and saves: only that line changes and the check passes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate.ts';
import { publish, useEditServer } from '../helpers/edit-server.ts';
import { changedLines } from '../helpers/file-changes.ts';
import { FULL } from '../helpers/tier.ts';

const { root, openEditor } = useEditServer({ tempPrefix: 'mtd-cms-lists-' });
const read = (rel: string) => readFileSync(join(root, rel), 'utf8');

describe.runIf(FULL)('npm run edit: fact drift and the authorities (issue #31)', () => {
  it('saves a changed deadline and then lists, in a box that stays, each place that still says the old number', async () => {
    const task = 'guide/before-moving/biometrics.md';
    const page = await openEditor('tasks-before-moving/entries/biometrics');
    const deadline = page.getByLabel(/^deadline/);
    await expect
      .poll(() => deadline.inputValue(), { timeout: 30_000 })
      .toBe('within 14 days of applying online to SIRI');
    await deadline.fill('within 30 days of applying online to SIRI');
    await publish(page);
    // Saved: a warning never stops the save.
    await expect
      .poll(() => read(task), { timeout: 20_000 })
      .toContain('deadline: within 30 days of applying online to SIRI\n');

    const box = page.locator('#mtd-save-warnings');
    await expect.poll(() => box.isVisible(), { timeout: 20_000 }).toBe(true);
    const permit = 'guide/before-moving/residence-permit.md';
    const line = (s: string) =>
      read(permit)
        .split('\n')
        .findIndex((l) => l.includes(s)) + 1;
    const text = await box.innerText();
    expect(text).toContain('Gemt: 2 steder siger stadig den gamle værdi');
    expect(text).toContain(
      'Du ændrede fristen for "Have your biometrics recorded for your residence permit" (biometrics) fra "within 14 days of applying online to SIRI" til "within 30 days of applying online to SIRI"',
    );
    expect(text).toContain(
      `${permit}:${line('you have 14 days to do this')}: "If you applied online, you have 14 days to do this."`,
    );
    expect(text).toContain(
      `${permit}:${line('you have 14 days to have them recorded')}: "If you apply online, you have 14 days to have them recorded, or your application can be rejected."`,
    );
    expect(text).toContain('Ret: skriv :deadline[biometrics] eller ret tallet.');
    expect(await page.locator('#mtd-save-errors').count()).toBe(0);
    // It stays until the editor closes it.
    await page.waitForTimeout(8_000);
    expect(await box.isVisible()).toBe(true);
    await box.getByRole('button', { name: 'Luk' }).click();
    expect(await box.count()).toBe(0);
    await page.context().close();
  }, 180_000);

  it("changes an authority's name in the authorities form, and only that line of journey/authorities.yaml", async () => {
    const file = 'journey/authorities.yaml';
    const before = read(file);
    const page = await openEditor('authorities/entries/authorities');
    const item = page
      .locator('div[class*="listControlItem"]')
      .filter({ hasText: 'Danish Immigration Service (immigration-service)' })
      .first();
    await item.waitFor({ timeout: 30_000 });
    // Open the folded entry (the first button of its top bar), then change its name.
    await item.locator('button').first().click();
    const name = item.locator('input[id^="name-field-"]').first();
    await expect.poll(() => name.inputValue(), { timeout: 10_000 }).toBe('Danish Immigration Service');
    await name.fill('Danish Immigration Service (form test)');
    await publish(page);
    await expect.poll(() => read(file), { timeout: 20_000 }).not.toBe(before);
    expect(changedLines(before, read(file))).toEqual({
      before: ['  name: Danish Immigration Service'],
      after: ['  name: Danish Immigration Service (form test)'],
    });
    expect(await page.locator('#mtd-save-errors').count()).toBe(0);
    expect(validateContent(root).errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
