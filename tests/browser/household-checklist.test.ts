/** The household checklist in the real Chromium: step views by address without JavaScript, and the printed handout. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../helpers/browser-site.ts';
import { validateContent } from '../../src/lib/validate.ts';

const { checklists } = validateContent(process.cwd()).model!.household!;
const longest = [...checklists].sort((a, b) => b.items.length - a.items.length)[0]!;
const env = useBrowserSite();

describe('a household checklist in the browser', () => {
  it('opens a task as "Step n of m", goes to the next step and back to the list, with JavaScript off', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${env.url}/checklist/${longest.path}/`);
    const visibleSteps = () => page.locator('.step-view:visible').count();
    expect(await visibleSteps()).toBe(0);
    await page.locator('.household-task').nth(1).click();
    await expect.poll(() => page.locator('#step-2').isVisible()).toBe(true);
    expect(await page.locator('.household').isVisible()).toBe(false);
    expect(await page.locator('#step-2 .step-count').innerText()).toContain(`Step 2 of ${longest.items.length} in your checklist`);
    expect(await page.locator('#step-2 h2').innerText()).toBe(longest.items[1]!.task.title);
    await page.locator('#step-2 .step-next a').click();
    await expect.poll(() => page.locator('#step-3').isVisible()).toBe(true);
    expect(await visibleSteps()).toBe(1);
    await page.locator('#step-3 .step-back a').click();
    await expect.poll(() => page.locator('.household').isVisible()).toBe(true);
    expect(await visibleSteps()).toBe(0);
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
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const item of longest.items) expect(text).toContain(`/tasks/${item.task.slug}/`);
    expect(text).not.toContain('Back to your checklist');
  });
});
