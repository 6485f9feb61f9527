/**
 * Renders the best-practice guide PDF from the built print route with Paged.js (pagedjs-cli) in the system Chromium,
 * then fixes its dates (reproducible builds) and language, and writes dist/best-practice-guide.pdf plus an
 * edition-named copy. A render error or time-out fails the build; an empty or truncated PDF is never published.
 */
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/toolchain.ts';
import { serveStatic } from '../../src/lib/static-server.ts';
import { preparePrintHtml } from '../../src/lib/pdf/print-html.ts';
import { currentEdition } from '../../src/lib/edition.ts';
import { siteUrl } from '../../src/lib/site.ts';
import { finishPdf } from '../../src/lib/pdf/finish.ts';
import { describePdf, stampPdfInfo } from '../../src/lib/pdf/stamp.ts';
import { guardBrowser, guardPage } from '../../src/lib/pdf/guard.ts';

export const PDF_NAME = 'best-practice-guide.pdf';
/** How long Paged.js may take; PDF_TIMEOUT_MS overrides it (the tests use a tiny value to prove a time-out fails the build). */
const TIMEOUT_MS = Number(process.env.PDF_TIMEOUT_MS ?? 180_000);

export async function buildPdfs(site: string): Promise<string> {
  const printFile = join(site, 'print', 'index.html');
  const printHtml = preparePrintHtml(readFileSync(printFile, 'utf8'), siteUrl());
  writeFileSync(printFile, printHtml);
  // Puppeteer reads its browser path when it is first imported, so set it before loading pagedjs-cli.
  process.env.PUPPETEER_EXECUTABLE_PATH = findChromium();
  const { default: Printer } = await import('pagedjs-cli');
  const server = await serveStatic(site);
  const printer = new Printer({ browserArgs: CHROMIUM_ARGS, timeout: TIMEOUT_MS, headless: true });
  let bytes: Uint8Array;
  // A dialog or a navigation in the print page stops the render at once (closing the browser ends printer.pdf).
  const guard = guardBrowser(await printer.setup(), server.url, () => { void printer.close(); });
  try {
    bytes = await printer.pdf(`${server.url}/print/`, { outlineTags: ['h1', 'h2'] });
    if (guard.problem()) throw new Error(guard.problem());
  } catch (e) {
    const reason = guard.problem() ?? (e instanceof Error ? e.message : String(e));
    throw new Error(`Paged.js could not render the PDF of the print page (built from guide/, glossary/ and journey/): ${reason}`);
  } finally {
    await printer.close();
    await server.close();
  }
  const edition = currentEdition();
  const keywords = /<meta name="keywords" content="([^"]*)"/.exec(printHtml)?.[1];
  const { bytes: out, pages } = await finishPdf(bytes, { date: edition.date, keywords });
  if (pages < 5) throw new Error(`The PDF has only ${pages} pages: Paged.js dropped content.`);
  const target = join(site, PDF_NAME);
  writeFileSync(target, out);
  copyFileSync(target, join(site, `moving-to-denmark-best-practice-guide-${edition.id}.pdf`));
  const professionals = join(site, 'professionals', 'index.html');
  writeFileSync(professionals, stampPdfInfo(readFileSync(professionals, 'utf8'), describePdf(pages, out.length)));
  // The print route is only the PDF's source; keep it out of the published site (the benchmark keeps it).
  if (!process.env.KEEP_PRINT_ROUTE) rmSync(join(site, 'print'), { recursive: true, force: true });
  return `${pages} pages, ${(out.length / 1024).toFixed(0)} KB`;
}

/** The A3 landscape one-page poster of the journey, from the stamped SVG download, in the same Chromium. */
export async function buildPoster(site: string): Promise<string> {
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await serveStatic(site);
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    let problem: string | undefined;
    guardPage(page, server.url, (reason) => { problem ??= reason; });
    const svg = readFileSync(join(site, 'downloads', 'ideal-journey.svg'), 'utf8').replace(/^<\?xml[^>]*>\s*/, '');
    const fonts = readdirSync(join(site, '_astro')).filter((f) => /ibm-plex-sans-latin-(400|600)-normal.*\.woff2$/.test(f));
    const faces = fonts.map((f) => `@font-face{font-family:"IBM Plex Sans";font-weight:${/-(\d00)-/.exec(f)![1]};src:url(/_astro/${f})}`).join('');
    await page.goto(`${server.url}/404.html`);
    await page.setContent(`<!doctype html><html lang="en"><head><title>Moving to Denmark: the ideal digital user journey</title><style>${faces}
      @page{size:A3 landscape;margin:12mm} html,body{margin:0} svg{width:100%;height:auto;max-height:270mm}</style></head><body>${svg}</body></html>`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    if (problem) throw new Error(`The journey poster could not be rendered from journey/steps.yaml: ${problem}`);
    const { bytes: out, pages } = await finishPdf(bytes, { date: currentEdition().date, title: 'Moving to Denmark: the ideal digital user journey' });
    writeFileSync(join(site, 'downloads', 'ideal-journey-poster.pdf'), out);
    return `${pages} page(s)`;
  } finally {
    await browser.close();
    await server.close();
  }
}
