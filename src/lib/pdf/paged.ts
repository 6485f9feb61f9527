/**
 * Paged.js through pagedjs-cli's Printer, on a page of a browser the caller owns (the build prints every PDF in one
 * browser). It does what pagedjs-cli's `Printer.pdf()` does — the same Paged.js script (pagedjs-cli/dist/browser.js),
 * print media, the same page boxes, outline, page.pdf() settings and post-processing functions (metadata, trim boxes,
 * outline) — without what costs time and is not needed for a local print page:
 *   - the fixed wait for a quiet network after the layout (`waitForNetworkIdle`: no request for 0.5 s);
 *   - a copy of the page's HTML (`page.content()`) that nothing reads, and a round trip to Node for every page laid out
 *     (the page boxes are collected in the page and read once);
 *   - adding the 0.9 MB script after `load`, sent through the DevTools protocol (`addScriptTag({ path })`): the page
 *     loads it over local HTTP like any script (`scriptUrl`), while its styles and fonts load;
 *   - a pdf-lib load and save of its own: its post-processing runs on the document that src/lib/pdf/finish.ts loads
 *     anyway (`applyPagedPostprocessing`);
 * and each page box gets layout containment, so that Paged.js measuring the page it fills does not lay out the pages
 * before it again, and the page is measured once per drawing and per table row instead of after each of their nodes.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import type { PDFDocument } from 'pdf-lib';

interface Box {
  width: number;
  height: number;
  x: number;
  y: number;
}
/** A page as pagedjs-cli records it: its media and crop boxes in points (the trim box of the PDF page). */
export interface PageBoxes {
  id: string;
  width: number;
  height: number;
  boxes: { media: Box; crop: Box };
}
export interface OutlineItem {
  title: string;
  destination: string;
  children: OutlineItem[];
}
/** What Paged.js printed: Chromium's PDF and what pagedjs-cli's post-processing needs. */
export interface PagedPrint {
  pdf: Uint8Array;
  meta: Record<string, string>;
  outline: OutlineItem[];
  pages: PageBoxes[];
}

/** The parts of pagedjs-cli used here (its modules ship no types). */
interface PrinterBase {
  browser?: unknown;
  pages: PageBoxes[];
  timeout: number;
  emulateMedia: string;
  emit(event: string, ...args: unknown[]): boolean;
  render(input: string): Promise<Page>;
}
type PrinterClass = new (options: { timeout?: number; closeAfter?: boolean }) => PrinterBase;
interface PagedCli {
  Printer: PrinterClass;
  /** Paged.js as pagedjs-cli injects it into the page (it waits for `PagedPolyfill.preview()`). */
  scriptPath: string;
  parseOutline(page: Page, tags: string[]): Promise<OutlineItem[]>;
  setOutline(doc: PDFDocument, outline: OutlineItem[], warnings?: boolean): Promise<PDFDocument>;
  setTrimBoxes(doc: PDFDocument, pages: PageBoxes[]): void;
  setMetadata(doc: PDFDocument, meta: Record<string, unknown>): void;
}

/** The folder of pagedjs-cli's script (dist/browser.js), to serve it to the browser. */
export const pagedScriptDir = (): string => fileURLToPath(new URL('../dist/', import.meta.resolve('pagedjs-cli')));
export const PAGED_SCRIPT = 'browser.js';

const PAGE_CONTAINMENT = '.pagedjs_page { contain: layout size; }';

let cli: Promise<PagedCli> | undefined;
/**
 * pagedjs-cli's Printer, script and post-processing functions (its package exports only the Printer). Loading it
 * loads its Puppeteer too: call this early (the build does while the browser starts), it is loaded once.
 */
export function loadPagedCli(): Promise<PagedCli> {
  cli ??= (async () => {
    const main = import.meta.resolve('pagedjs-cli');
    const [printer, outline, post] = await Promise.all([
      import('pagedjs-cli'),
      import(new URL('./outline.js', main).href) as Promise<Pick<PagedCli, 'parseOutline' | 'setOutline'>>,
      import(new URL('./postprocesser.js', main).href) as Promise<Pick<PagedCli, 'setTrimBoxes' | 'setMetadata'>>,
    ]);
    return {
      Printer: printer.default as unknown as PrinterClass,
      scriptPath: fileURLToPath(new URL(`../dist/${PAGED_SCRIPT}`, main)),
      parseOutline: outline.parseOutline,
      setOutline: outline.setOutline,
      setTrimBoxes: post.setTrimBoxes,
      setMetadata: post.setMetadata,
    };
  })();
  return cli;
}

export interface PrintOptions {
  timeout: number;
  /**
   * Where the page loads pagedjs-cli's script from (`pagedScriptDir` served over local HTTP): the browser fetches and
   * compiles it like any script, once for every page it prints, instead of receiving its 0.9 MB through the DevTools
   * protocol for each page (pagedjs-cli's `addScriptTag({ path })`, used when this is not given).
   */
  scriptUrl?: string;
  outlineTags: string[];
  /** Runs in this process while the browser lays out the pages: work that needs no browser, done in the meantime. */
  whileRendering?: () => void;
  /** Called as each step ends, with its name (for `npm run bench`). */
  phase?: (name: string) => void;
}

/**
 * Prints `url` with Paged.js on `page`, a new page that the caller guards and closes: pagedjs-cli's Printer with its
 * `render` on that page, without the waits, and its `pdf` without the post-processing (see applyPagedPostprocessing).
 */
export async function printWithPagedJs(page: Page, url: string, options: PrintOptions): Promise<PagedPrint> {
  const paged = await loadPagedCli();

  class PagePrinter extends paged.Printer {
    override async render(input: string): Promise<Page> {
      page.setDefaultTimeout(this.timeout);
      const config = () => {
        const w = window as unknown as { PagedConfig?: Record<string, unknown> };
        w.PagedConfig = { ...w.PagedConfig, auto: false };
      };
      if (options.scriptUrl) {
        // pagedjs-cli's steps after `load` (PagedConfig.auto = false, then the script) done while the page loads: the
        // script is added once the HTML is read, and fetched and compiled while the styles and fonts load (the
        // `load` event waits for it).
        await Promise.all([
          page.emulateMediaType(this.emulateMedia),
          page.evaluateOnNewDocument((src: string) => {
            const w = window as unknown as { PagedConfig?: Record<string, unknown> };
            w.PagedConfig = { ...w.PagedConfig, auto: false };
            document.addEventListener('DOMContentLoaded', () => {
              const script = document.createElement('script');
              script.src = src;
              document.head.append(script);
            });
          }, options.scriptUrl),
        ]);
        await page.goto(input, { waitUntil: 'load' });
        options.phase?.('load the print page with Paged.js (pagedjs-cli/dist/browser.js)');
      } else {
        await page.emulateMediaType(this.emulateMedia);
        await page.goto(input, { waitUntil: 'load' });
        options.phase?.('load the print page');
        await page.evaluate(config);
        await page.addScriptTag({ path: paged.scriptPath });
        options.phase?.('add Paged.js to the page (pagedjs-cli/dist/browser.js)');
      }
      const layout = page.evaluate(async (containment: string) => {
        // Layout containment of each page box (Paged.js's own CSS sizes it), so that measuring one page while laying it
        // out does not lay out the pages before it again; the pages come out the same. Paged.js takes it up with the
        // page's other styles.
        const style = document.createElement('style');
        style.textContent = containment;
        document.head.append(style);
        interface PagedPage {
          id: string;
          width: number;
          height: number;
          element: Element;
          pagebox: Element;
        }
        interface PagedLayout {
          maxChars: number;
          /** Paged.js's own `maxChars`, kept while the measuring waits for the end of a drawing or a row. */
          measureAfter?: number;
        }
        const w = window as unknown as {
          PagedPolyfill?: {
            on(e: string, f: (p: PagedPage) => void): void;
            preview(): Promise<{ total: number; performance: number }>;
            chunker: {
              hooks: { renderNode: { register(f: (clone: Node, node: Node, layout: PagedLayout) => void): void } };
            };
          };
        };
        if (!w.PagedPolyfill) throw new Error('Paged.js (pagedjs-cli/dist/browser.js) did not load in the print page');
        // Each drawing and each table row measured once. Paged.js copies an element into the page node by node (except
        // those it copies whole: a paragraph, a list item, a table cell), and once the page is nearly full (the
        // characters copied reach `maxChars`) it measures the page after every node: 975 times for the journey
        // drawing (an <svg> is not copied whole), after every cell of a table row. Neither can break over pages (a
        // drawing is one image; print.css: tr { break-inside: avoid }), so the measuring waits for its last node.
        const unitOf = (node: Node): Element | null => {
          const element = node instanceof Element ? node : node.parentElement;
          let drawing = element?.closest('svg') ?? null;
          for (let outer = drawing; outer; outer = outer.parentElement?.closest('svg') ?? null) drawing = outer;
          return drawing ?? element?.closest('tr') ?? null;
        };
        /** A node Paged.js's `nodeAfter` passes over: a comment, or text that is all blanks. */
        const blank = (n: Node) =>
          n.nodeType === Node.COMMENT_NODE ||
          (n.nodeType === Node.TEXT_NODE && !/[^\t\n\r ]/.test(n.textContent ?? ''));
        /**
         * Whether the node Paged.js copies after `node` is outside `unit`: it copies a cell whole and goes on with the
         * next sibling that is not blank (its `nodeAfter`); any other node it copies empty, then its first child, or,
         * without children, the next node in document order (its `walk`). A unit's own first node is measured too, so
         * a mistake here could delay the measuring by one row at most.
         */
        const lastOf = (node: Node, unit: Element): boolean => {
          if (node === unit) return true;
          const whole = node instanceof HTMLTableCellElement;
          if (!whole && node.firstChild) return false;
          for (let n: Node | null = node; n && n !== unit; n = n.parentNode) {
            let next = n.nextSibling;
            while (whole && next && blank(next)) next = next.nextSibling;
            if (next) return false;
          }
          return true;
        };
        w.PagedPolyfill.chunker.hooks.renderNode.register((_clone, node, layout) => {
          layout.measureAfter ??= layout.maxChars;
          const unit = unitOf(node);
          layout.maxChars = unit && !lastOf(node, unit) ? Number.POSITIVE_INFINITY : layout.measureAfter;
        });
        const pages: unknown[] = [];
        // The page boxes exactly as pagedjs-cli's "page" handler measures them, collected instead of sent one by one.
        w.PagedPolyfill.on('page', (p) => {
          const mediabox = p.element.getBoundingClientRect();
          const cropbox = p.pagebox.getBoundingClientRect();
          const pt = (value: number) =>
            Math.round(
              (CSS as unknown as { px(v: number): { to(u: string): { value: number } } }).px(value).to('pt').value *
                100,
            ) / 100;
          pages.push({
            id: p.id,
            width: p.width,
            height: p.height,
            boxes: {
              media: { width: pt(mediabox.width), height: pt(mediabox.height), x: 0, y: 0 },
              crop: {
                width: pt(cropbox.width),
                height: pt(cropbox.height),
                x: pt(cropbox.x) - pt(mediabox.x),
                y: pt(cropbox.y) - pt(mediabox.y),
              },
            },
          });
        });
        const flow = await w.PagedPolyfill.preview();
        return { pages, message: `Rendering ${flow.total} pages took ${flow.performance} milliseconds.` };
      }, PAGE_CONTAINMENT);
      layout.catch(() => undefined); // a failure is thrown below, once whileRendering is done
      options.whileRendering?.();
      const { pages, message } = await layout;
      options.phase?.('Paged.js layout');
      this.pages = pages as PageBoxes[];
      for (const p of this.pages) this.emit('page', p);
      this.emit('rendered', message);
      // pagedjs-cli waits here until no request has run for 0.5 s. The print page's styles, fonts and images are loaded
      // at `load` and Paged.js waits for its fonts and images itself: only requests still running are waited for.
      await page.waitForNetworkIdle({ idleTime: 0, timeout: this.timeout });
      return page;
    }

    async print(input: string): Promise<PagedPrint> {
      await this.render(input);
      const meta = await page.evaluate(() => {
        // As pagedjs-cli reads them: the title, the language and every named meta tag.
        const m: Record<string, string> = {};
        const title = document.querySelector('title');
        if (title) m.title = (title.textContent ?? '').trim();
        const lang = document.documentElement.getAttribute('lang');
        if (lang) m.lang = lang;
        for (const tag of document.querySelectorAll('meta')) if (tag.name) m[tag.name] = tag.content;
        return m;
      });
      const outline = await paged.parseOutline(page, options.outlineTags);
      const pdf = await page.pdf({
        timeout: this.timeout,
        printBackground: true,
        displayHeaderFooter: false,
        preferCSSPageSize: true,
        margin: { top: 0, right: 0, bottom: 0, left: 0 },
      });
      options.phase?.('outline and page.pdf()');
      this.emit('postprocessing');
      return { pdf, meta, outline, pages: this.pages };
    }
  }

  const printer = new PagePrinter({ timeout: options.timeout, closeAfter: false });
  printer.browser = page.browser();
  return printer.print(url);
}

/** pagedjs-cli's post-processing (metadata from the page, trim boxes, the outline), on a document loaded once. */
export async function applyPagedPostprocessing(doc: PDFDocument, print: Omit<PagedPrint, 'pdf'>): Promise<void> {
  const paged = await loadPagedCli();
  paged.setMetadata(doc, { ...print.meta });
  paged.setTrimBoxes(doc, print.pages);
  await paged.setOutline(doc, print.outline, false);
}
