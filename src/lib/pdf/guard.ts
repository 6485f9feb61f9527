/**
 * Watches the Chromium that renders a PDF: a dialog (alert, confirm, prompt) or a navigation away from the page
 * being printed means something in the page is running code it should not. The render stops at once and the build
 * fails with a plain message, instead of hanging until the time-out or printing another page.
 */
import type { Browser, Page, Target } from 'puppeteer-core';

export interface RenderGuard {
  problem(): string | undefined;
}

export function guardPage(page: Page, allowedOrigin: string, stop: (reason: string) => void): void {
  page.on('dialog', (dialog) => {
    stop(`the page opened a ${dialog.type()} dialog ("${dialog.message().slice(0, 80)}")`);
    dialog.dismiss().catch(() => undefined);
  });
  page.on('framenavigated', (frame) => {
    const url = frame.url();
    if (frame === page.mainFrame() && url !== 'about:blank' && !url.startsWith(allowedOrigin))
      stop(`the page tried to go to ${url}`);
  });
}

/** Guards every page the browser opens; `stop` runs once, with the first problem. */
export function guardBrowser(browser: Browser, allowedOrigin: string, onStop: (reason: string) => void): RenderGuard {
  let first: string | undefined;
  const stop = (reason: string) => {
    if (first) return;
    first = reason;
    onStop(reason);
  };
  const watch = async (target: Target) => {
    const page = await target.page().catch(() => null);
    if (page) guardPage(page, allowedOrigin, stop);
  };
  browser.on('targetcreated', (t: Target) => {
    void watch(t);
  });
  return { problem: () => first };
}

/**
 * Guards one page and every page it opens, in a browser that prints several PDFs at once: the problem is reported
 * for the render it belongs to. `stop` runs once, with the first problem. Returns a function that stops watching.
 */
export function guardRender(page: Page, allowedOrigin: string, stop: (reason: string) => void): () => void {
  let stopped = false;
  const once = (reason: string) => {
    if (stopped) return;
    stopped = true;
    stop(reason);
  };
  guardPage(page, allowedOrigin, once);
  const browser = page.browser();
  const popup = (target: Target) => {
    if (target.opener() !== page.target()) return;
    const url = target.url(); // a window it opens: already on its way somewhere
    if (url !== 'about:blank' && !url.startsWith(allowedOrigin)) once(`the page opened a window on ${url}`);
    void target.page().then(
      (p) => {
        if (p) guardPage(p, allowedOrigin, once);
      },
      () => undefined,
    );
  };
  browser.on('targetcreated', popup);
  return () => {
    browser.off('targetcreated', popup);
  };
}
