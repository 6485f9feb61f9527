/** `npm run screenshot -- /path/ [/other/]`: screenshots of built pages at 375 px and 1280 px, into .cache/screenshots/. */
import './lib/project-root.ts';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/toolchain.ts';
import { serveFolder } from '../src/lib/local-file-server.ts';
import { outDir } from '../src/lib/paths.ts';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const site = await serveFolder(outDir());
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
mkdirSync('.cache/screenshots', { recursive: true });
try {
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const p of paths.length ? paths : ['/']) {
      await page.goto(site.url + p);
      const file = `.cache/screenshots/${p.replace(/\W+/g, '_') || 'home'}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
