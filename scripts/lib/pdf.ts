/**
 * Renders the best-practice guide PDF from the built print route with Paged.js (pagedjs-cli's Printer, see
 * src/lib/pdf/paged.ts) in the system Chromium, then fixes its dates (reproducible builds) and language, and writes
 * dist/best-practice-guide.pdf plus an edition-named copy. A render error or time-out fails the build; an empty or
 * truncated PDF is never published.
 *
 * One Chromium prints every PDF of a build: the English and the Danish guide and the journey poster print at the same
 * time, each on its own page (its own renderer process), so starting a browser is paid once. The post-processing of a
 * PDF (pdf-lib) runs while the browser closes.
 */
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/toolchain.ts';
import { serveFolder } from '../../src/lib/local-file-server.ts';
import { preparePrintHtml } from '../../src/lib/pdf/print-html.ts';
import { currentEdition, editionPdfName } from '../../src/lib/edition.ts';
import { addressIsSet, siteUrl } from '../../src/lib/site.ts';
import { finishPdf } from '../../src/lib/pdf/finish.ts';
import { linkNamesFromHtml } from '../../src/lib/pdf/link-names.ts';
import { describePdf, pdfInfoTemplate, stampPdfInfo } from '../../src/lib/pdf/stamp.ts';
import { guardRender } from '../../src/lib/pdf/guard.ts';
import {
  applyPagedPostprocessing,
  loadPagedCli,
  PAGED_SCRIPT,
  pagedScriptDir,
  printWithPagedJs,
  type PagedPrint,
} from '../../src/lib/pdf/paged.ts';
import { warmPageContentWorkers } from '../../src/lib/pdf/page-content.ts';
import { DANISH_PDF_NAME } from '../../src/lib/danish/translation.ts';

export const PDF_NAME = 'best-practice-guide.pdf';
/** The A3 poster, relative to the site folder. */
export const POSTER_FILE = 'downloads/ideal-journey-poster.pdf';
/** How long Paged.js may take; PDF_TIMEOUT_MS overrides it (the tests use a tiny value to prove a time-out fails the build). */
const TIMEOUT_MS = Number(process.env.PDF_TIMEOUT_MS ?? 180_000);

/** One best-practice guide to print: its print route, language, published file, edition copy and the page that describes it. */
interface Guide {
  route: string;
  lang: 'en' | 'da';
  file: string;
  editionFile: string;
  describedOn: string;
}

/** Where the time of one guide's PDF went, in milliseconds (for `npm run bench`). */
export type PdfPhases = Record<string, number>;

/**
 * The browser and the local server that print a site's PDFs. buildPdfs and buildPoster, called together by the build,
 * share them: the first one opens them, the last one to finish closes them.
 */
interface Session {
  browser: Promise<Browser>;
  server: ReturnType<typeof serveFolder>;
  script: ReturnType<typeof serveFolder>;
  users: number;
}
const sessions = new Map<string, Session>();

function openSession(site: string): Session {
  let session = sessions.get(site);
  if (!session) {
    // Puppeteer reads its browser path when it is first imported (pagedjs-cli imports it), so set it first.
    process.env.PUPPETEER_EXECUTABLE_PATH = findChromium();
    const browser = import('puppeteer-core').then(({ default: puppeteer }) =>
      // pagedjs-cli's flags (--export-tagged-pdf: a tagged PDF) with the project's.
      puppeteer.launch({
        executablePath: findChromium(),
        args: ['--export-tagged-pdf', ...CHROMIUM_ARGS],
        headless: true,
      }),
    );
    session = { browser, server: serveFolder(site), script: serveFolder(pagedScriptDir()), users: 0 };
    warmPageContentWorkers(); // the post-processing's threads load their modules while the browser renders
    loadPagedCli().catch(() => undefined); // (and pagedjs-cli while the browser starts; a failure shows when it is used)
    sessions.set(site, session);
  }
  session.users++;
  return session;
}

async function closeSession(site: string, session: Session): Promise<void> {
  if (--session.users > 0) return;
  sessions.delete(site);
  await Promise.allSettled([
    session.browser.then((b) => b.close()),
    session.server.then((s) => s.close()),
    session.script.then((s) => s.close()),
  ]);
}

/** Opens a page, guarded; `stop` ends the render at once with the first problem (a dialog, a navigation away). */
async function guardedPage(
  session: Session,
  onProblem: (reason: string) => void,
): Promise<{ page: Page; origin: string; done(): Promise<void> }> {
  const [browser, server] = await Promise.all([session.browser, session.server]);
  const page = await browser.newPage();
  const unguard = guardRender(page, server.url, onProblem);
  return {
    page,
    origin: server.url,
    done: async () => {
      unguard();
      await page.close().catch(() => undefined);
    },
  };
}

/**
 * Prints the English guide and, when the Danish edition is complete (its print route was built), the Danish one, at
 * the same time in one browser (shared with buildPoster when the build calls both together).
 */
export async function buildPdfs(
  site: string,
  options: { phases?: (english: PdfPhases) => void } = {},
): Promise<string> {
  const edition = currentEdition();
  const guides: Guide[] = [
    {
      route: 'print',
      lang: 'en',
      file: PDF_NAME,
      editionFile: editionPdfName(edition.id),
      describedOn: 'professionals/index.html',
    },
  ];
  if (existsSync(join(site, 'print', 'da', 'index.html'))) {
    guides.push({
      route: 'print/da',
      lang: 'da',
      file: DANISH_PDF_NAME,
      editionFile: editionPdfName(edition.id, 'da'),
      describedOn: 'da/professionals/index.html',
    });
  }
  const session = openSession(site);
  const phases = guides.map((): PdfPhases => ({}));
  const renders = guides.map((g, i) => renderGuide(site, session, g, phases[i]!));
  // The browser closes once every guide is printed, while the PDFs are post-processed.
  const closed = Promise.allSettled(renders).then(() => closeSession(site, session));
  try {
    const results = await Promise.all(
      renders.map((r, i) => r.then((printed) => finishGuide(site, guides[i]!, printed, edition, phases[i]!))),
    );
    const skipped = guides.length === 1 ? '; no Danish PDF yet (npm run translations lists what it waits for)' : '';
    return `${results.join('; ')}${skipped}`;
  } finally {
    const t = performance.now();
    await closed;
    phases[0]!['close the browser (the part not hidden by the post-processing)'] = performance.now() - t;
    options.phases?.(phases[0]!);
  }
}

interface PrintedGuide {
  print: PagedPrint;
  printHtml: string;
  linkName: ReturnType<typeof linkNamesFromHtml>;
}

async function renderGuide(site: string, session: Session, guide: Guide, phases: PdfPhases): Promise<PrintedGuide> {
  const printFile = join(site, guide.route, 'index.html');
  const printHtml = preparePrintHtml(readFileSync(printFile, 'utf8'), addressIsSet() ? siteUrl() : undefined);
  writeFileSync(printFile, printHtml);
  let last = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = now - last;
    last = now;
  };
  let problem: string | undefined;
  let stop: (reason: string) => void = () => undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    stop = (reason) => {
      problem ??= reason;
      reject(new Error(reason));
    };
  });
  stopped.catch(() => undefined);
  const timer = setTimeout(() => stop(`timed out after ${TIMEOUT_MS} ms (PDF_TIMEOUT_MS)`), TIMEOUT_MS);
  let linkName: PrintedGuide['linkName'] | undefined;
  let opened: Awaited<ReturnType<typeof guardedPage>> | undefined;
  try {
    const print = await Promise.race([
      stopped,
      (async () => {
        // A dialog or a navigation in the print page stops the render at once (closing the page ends the render).
        opened = await guardedPage(session, (reason) => {
          stop(reason);
          void opened?.done();
        });
        if (problem) throw new Error(problem); // (timed out while the browser started)
        phase('start the browser, open a page');
        return printWithPagedJs(opened.page, `${opened.origin}/${guide.route}/`, {
          timeout: TIMEOUT_MS,
          outlineTags: ['h1', 'h2'],
          phase,
          scriptUrl: `${(await session.script).url}/${PAGED_SCRIPT}`,
          // The link texts for the PDF/UA fixes are read from the print HTML while the browser lays out the pages.
          whileRendering: () => {
            linkName = linkNamesFromHtml(printHtml);
          },
        });
      })(),
    ]);
    if (problem) throw new Error(problem);
    return { print, printHtml, linkName: linkName ?? linkNamesFromHtml(printHtml) };
  } catch (e) {
    const reason = problem ?? (e instanceof Error ? e.message : String(e));
    const from = guide.lang === 'da' ? 'da/ and the English content' : 'guide/, glossary/ and journey/';
    throw new Error(`Paged.js could not render the PDF of /${guide.route}/ (built from ${from}): ${reason}`);
  } finally {
    clearTimeout(timer);
    void opened?.done(); // (not waited for: the browser closes it at the latest)
  }
}

async function finishGuide(
  site: string,
  guide: Guide,
  printed: PrintedGuide,
  edition: ReturnType<typeof currentEdition>,
  phases: PdfPhases,
): Promise<string> {
  const t = performance.now();
  const { print, printHtml, linkName } = printed;
  const keywords = /<meta name="keywords" content="([^"]*)"/.exec(printHtml)?.[1];
  const { bytes: out, pages } = await finishPdf(print.pdf, {
    date: edition.date,
    keywords,
    lang: guide.lang,
    linkName,
    prepare: (doc) => applyPagedPostprocessing(doc, print),
  });
  if (pages < 5) throw new Error(`The PDF ${guide.file} has only ${pages} pages: Paged.js dropped content.`);
  const target = join(site, guide.file);
  writeFileSync(target, out);
  copyFileSync(target, join(site, guide.editionFile));
  const described = join(site, guide.describedOn);
  if (existsSync(described)) {
    const html = readFileSync(described, 'utf8');
    writeFileSync(described, stampPdfInfo(html, describePdf(pages, out.length, pdfInfoTemplate(html), guide.lang)));
  }
  phases['post-processing (pdf-lib: outline, metadata, PDF/UA fixes, one load and save)'] = performance.now() - t;
  return `${guide.file}: ${pages} pages, ${(out.length / 1024).toFixed(0)} KB`;
}

/** The A3 upright poster of the journey: the built /print/poster/ page, printed by the same Chromium. */
export async function buildPoster(site: string): Promise<string> {
  const session = openSession(site);
  let closed: Promise<void> | undefined;
  try {
    let problem: string | undefined;
    const opened = await guardedPage(session, (reason) => {
      problem ??= reason;
    });
    let bytes: Uint8Array, title: string, html: string;
    try {
      await opened.page.goto(`${opened.origin}/print/poster/`, { waitUntil: 'load' });
      await opened.page.evaluate(() => document.fonts.ready);
      bytes = await opened.page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
      [title, html] = await Promise.all([opened.page.title(), opened.page.content()]);
    } finally {
      await opened.done();
      closed = closeSession(site, session);
    }
    if (problem) throw new Error(`The journey poster could not be rendered from journey/steps.yaml: ${problem}`);
    const { bytes: out, pages } = await finishPdf(bytes, {
      date: currentEdition().date,
      title,
      linkName: linkNamesFromHtml(html),
    });
    if (pages !== 1)
      throw new Error(
        `The journey poster has ${pages} pages instead of one: the journey is too long for A3 (journey/steps.yaml).`,
      );
    writeFileSync(join(site, POSTER_FILE), out);
    return `${pages} page`;
  } finally {
    await (closed ?? closeSession(site, session));
  }
}

/** The print routes are only the PDFs' sources; keep them out of the published site (the benchmark keeps them). */
export function removePrintRoutes(site: string): string {
  if (process.env.KEEP_PRINT_ROUTE) return 'kept (KEEP_PRINT_ROUTE)';
  rmSync(join(site, 'print'), { recursive: true, force: true });
  return 'removed /print/';
}
