/**
 * The form editor (`npm run edit`) for a browser test file: a copy of a frozen content tree in a temporary folder, the
 * editor's server on it and one system Chromium, started before the file's tests and stopped (the copy removed) after
 * them. Pages are opened logged in, each in a new browser context.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/toolchain.ts';
import { startEditServer, type EditServer } from '../../src/lib/cms/server.ts';
import { copyFixtureContent } from './fixture-content.ts';

export interface EditServerOptions {
  /** The start of the temporary folder's name, for example `mtd-cms-new-`. */
  tempPrefix: string;
  /** The frozen content tree to copy: the real content's copy unless given (TINY_CONTENT for tests of the machinery). */
  content?: string;
  /** The pages' viewport; 1400 × 1000 unless given. */
  viewport?: { width: number; height: number };
}

export interface EditServerHandle {
  /** The copy of the frozen content the editor edits (the folder exists at once; its content is copied before the tests). */
  readonly root: string;
  /** The editor's server (read inside tests and hooks: it starts before the file's tests). */
  readonly server: EditServer;
  /** The editor's address, http://127.0.0.1:<port>. */
  readonly url: string;
  readonly browser: Browser;
  /** Every address the pages of openEditor have requested, in order. */
  readonly requests: string[];
  /** A new page, logged in, at `#/collections/<path>` (for example `tasks-before-moving/entries/biometrics`). */
  openEditor: (path: string) => Promise<Page>;
}

/** Call at the top of a test file. */
export function useEditServer(options: EditServerOptions): EditServerHandle {
  const root = mkdtempSync(join(tmpdir(), options.tempPrefix));
  const viewport = options.viewport ?? { width: 1400, height: 1000 };
  const requests: string[] = [];
  let server: EditServer | undefined;
  let browser: Browser | undefined;
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined)
      throw new Error(`useEditServer: the ${name} starts before the file's tests; read it inside a test or hook`);
    return value;
  };

  beforeAll(async () => {
    copyFixtureContent(root, options.content);
    server = await startEditServer({ root });
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const handle: EditServerHandle = {
    root,
    get server() {
      return started(server, 'editor server');
    },
    get url() {
      return started(server, 'editor server').url;
    },
    get browser() {
      return started(browser, 'browser');
    },
    requests,
    openEditor: async (path) => {
      // A new context each time: the editor keeps unsaved changes in the browser's storage, and each test starts afresh.
      const context = await handle.browser.newContext({ viewport });
      // Room for a busy machine: Decap's React renders slowly when another build runs beside the suite (a click once
      // waited more than Playwright's default 30 s). A ceiling, not a measure: the tests' own bounds still apply.
      context.setDefaultTimeout(90_000);
      const page = await context.newPage();
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${handle.url}/`);
      const login = page.getByRole('button', { name: 'Log ind' });
      // Wait for the login screen (isVisible would not wait), then log in: the local server needs no password.
      await login.waitFor({ state: 'visible', timeout: 30_000 });
      await login.click();
      await page.goto(`${handle.url}/#/collections/${path}`);
      return page;
    },
  };
  return handle;
}

/** Saves the open entry: "Publicer" and then "Publicer nu" in its menu. */
export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publicer', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publicer nu' }).click();
}
