/** The PDF renderer's guard, in the real Chromium: a dialog or a navigation in the printed page stops the render at once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/toolchain.ts';
import { guardBrowser } from '../../src/lib/pdf/guard.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Renders a page with the guard on; the guard reports while the page loads, long before any render time-out. */
async function render(html: string): Promise<{ reason?: string }> {
  let reason: string | undefined;
  const guard = guardBrowser(browser, 'data:', (r) => {
    reason = r;
  });
  const page = await browser.newPage();
  await page.goto(`data:text/html,${encodeURIComponent(html)}`).catch(() => undefined);
  for (let i = 0; i < 40 && !guard.problem(); i++) await new Promise((r) => setTimeout(r, 50));
  await page.close().catch(() => undefined);
  return { reason };
}

describe('the PDF render guard', () => {
  it('stops on an alert, naming it', async () => {
    const r = await render('<p>Guide</p><script>alert("Call +45 00 00 00 00")</script>');
    expect(r.reason).toMatch(/opened a alert dialog \("Call \+45 00 00 00 00"\)/);
  });
  it('stops on a navigation to another site', async () => {
    const r = await render('<script>location.replace("http://127.0.0.1:9/evil")</script>');
    expect(r.reason).toMatch(/the page tried to go to (http:\/\/127\.0\.0\.1:9\/evil|chrome-error:)/);
  });
  it('lets a quiet page through', async () => {
    expect((await render('<h1>Guide</h1><p>No script.</p>')).reason).toBeUndefined();
  });
});
