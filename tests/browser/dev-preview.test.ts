/**
 * The live preview an editor uses: `npm run dev` on a copy of the content, in the real Chromium. A change to a task's
 * front matter shows on the next page load without a restart; a content error shows in the browser with the file
 * and line; stopping the preview leaves no process behind.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/toolchain.ts';
import { buildModel } from '../../src/lib/model.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { copyFixtureContent } from '../helpers/fixture-content.ts';

const root = mkdtempSync(join(tmpdir(), 'mtd-dev-'));
let dev: ChildProcess;
let browser: Browser;
let base = '';
let slug = '';
let file = '';
let log = '';

async function freePort(): Promise<number> {
  return new Promise((resolve) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); }); });
}

beforeAll(async () => {
  copyFixtureContent(root);
  const task = buildModel(loadContent(root)).model.tasks.find((t) => t.deadline)!;
  slug = task.slug;
  file = join(root, task.file);
  const port = await freePort();
  dev = spawn(process.execPath, ['scripts/dev.ts', '--port', String(port), '--host', '127.0.0.1'], {
    // As an editor starts it: without the test runner's NODE_ENV=test and VITEST variables, which change how Astro serves.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST')), CONTENT_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  // Read its output, or the pipe fills up and the server stops.
  dev.stdout!.on('data', (d) => { log += String(d); });
  dev.stderr!.on('data', (d) => { log += String(d); });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try { if ((await fetch(`${base}/tasks/${slug}/`)).ok) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (!/ready in/.test(log)) await new Promise((r) => setTimeout(r, 1000));
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  // The first page load makes Vite prepare its modules; wait for a real page before measuring anything.
  const page = await browser.newPage();
  for (let i = 0; i < 60; i++) {
    await page.goto(`${base}/tasks/${slug}/`);
    if (await page.locator('.deadline').count()) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await page.close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  try { process.kill(-dev.pid!, 'SIGKILL'); } catch { /* already stopped */ }
  rmSync(root, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('shows a changed deadline within 2 seconds, without a restart', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/tasks/${slug}/`);
    expect(await page.locator('.deadline').textContent(), log.slice(-2000)).toMatch(/Deadline/);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^deadline:.*$/m, 'deadline: within 9 days of the live preview test'));
    const t0 = Date.now();
    let shown = '';
    while (Date.now() - t0 < 2000) {
      // The preview's own client may reload the open page when the file changes, aborting this navigation: go on.
      await page.goto(`${base}/tasks/${slug}/`).catch(() => undefined);
      shown = (await page.locator('.deadline').textContent({ timeout: 500 }).catch(() => '')) ?? '';
      if (shown.includes('9 days of the live preview test')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(shown).toContain('Within 9 days of the live preview test');
    await page.close();
  }, 30_000);

  it('shows a content error in the browser with the file and line, then recovers', async () => {
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^authority:.*$/m, 'authority: town-hall'));
    const page = await browser.newPage();
    let body = '';
    // Astro's error overlay shows the message; its text is in the overlay's shadow DOM.
    const overlayText = () => page.evaluate(() => [...document.querySelectorAll('*')].map((e) => e.shadowRoot?.textContent ?? '').join(' ') + document.body.innerText)
      .catch(() => ''); // the overlay may reload the page while we read it: try again
    for (let i = 0; i < 30 && !/town-hall/.test(body); i++) {
      await page.goto(`${base}/tasks/${slug}/`).catch(() => undefined);
      await page.waitForTimeout(300);
      body = await overlayText();
    }
    expect(body).toMatch(/unknown authority .{0,12}town-hall/);
    expect(body).toContain(file.slice(root.length + 1));
    writeFileSync(file, good);
    let back = '';
    for (let i = 0; i < 20 && !back.includes('Deadline'); i++) {
      await page.goto(`${base}/tasks/${slug}/`).catch(() => undefined);
      back = (await page.locator('.deadline').textContent({ timeout: 1000 }).catch(() => '')) ?? '';
    }
    expect(back).toContain('Deadline');
    await page.close();
  }, 60_000);

  it('stops with Ctrl-C and leaves no process behind', async () => {
    process.kill(dev.pid!, 'SIGINT');
    for (let i = 0; i < 50; i++) {
      const left = spawnSync('pgrep', ['-g', String(dev.pid)], { encoding: 'utf8' }).stdout.trim();
      if (!left) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(spawnSync('pgrep', ['-g', String(dev.pid)], { encoding: 'utf8' }).stdout.trim()).toBe('');
  }, 30_000);
});
