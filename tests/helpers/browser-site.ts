/** The built site served from dist/ and one system Chromium, started before a browser test file's tests and stopped after them. */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/toolchain.ts';
import { serveFolder } from '../../src/lib/local-file-server.ts';
import { DIST, requireDist } from './dist.ts';

export interface BrowserSite {
  browser: Browser;
  url: string;
}

/** Call at the top of a test file; read `browser` and `url` inside tests (they are set once the file's tests start). */
export function useBrowserSite(): BrowserSite {
  const handle = { browser: undefined as unknown as Browser, url: '' };
  let site: Awaited<ReturnType<typeof serveFolder>> | undefined;
  beforeAll(async () => {
    requireDist();
    site = await serveFolder(DIST);
    handle.url = site.url;
    handle.browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await handle.browser?.close();
    await site?.close();
  });
  return handle;
}
