/**
 * Renders the best-practice guide PDF from the built print route with Paged.js (pagedjs-cli) in the system Chromium,
 * then fixes its dates (reproducible builds) and language, and writes dist/best-practice-guide.pdf plus an
 * edition-named copy. A render error or time-out fails the build; an empty or truncated PDF is never published.
 */
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/toolchain.ts';
import { serveFolder } from '../../src/lib/local-file-server.ts';
import { preparePrintHtml } from '../../src/lib/pdf/print-html.ts';
import { currentEdition, editionPdfName } from '../../src/lib/edition.ts';
import { addressIsSet, siteUrl } from '../../src/lib/site.ts';
import { finishPdf } from '../../src/lib/pdf/finish.ts';
import { linkNamesFromHtml } from '../../src/lib/pdf/link-names.ts';
import { describePdf, pdfInfoTemplate, stampPdfInfo } from '../../src/lib/pdf/stamp.ts';
import { guardBrowser, guardPage } from '../../src/lib/pdf/guard.ts';
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

/**
 * Prints the English guide and, when the Danish edition is complete (its print route was built), the Danish one. Each
 * has its own browser and they print at the same time, so the second PDF costs little extra time on two cores.
 */
export async function buildPdfs(site: string): Promise<string> {
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
  // Puppeteer reads its browser path when it is first imported, so set it before loading pagedjs-cli.
  process.env.PUPPETEER_EXECUTABLE_PATH = findChromium();
  const server = await serveFolder(site);
  try {
    const results = await Promise.all(guides.map((g) => printGuide(site, server.url, g, edition)));
    const skipped = guides.length === 1 ? '; no Danish PDF yet (npm run translations lists what it waits for)' : '';
    return `${results.join('; ')}${skipped}`;
  } finally {
    await server.close();
  }
}

async function printGuide(
  site: string,
  serverUrl: string,
  guide: Guide,
  edition: ReturnType<typeof currentEdition>,
): Promise<string> {
  const printFile = join(site, guide.route, 'index.html');
  const printHtml = preparePrintHtml(readFileSync(printFile, 'utf8'), addressIsSet() ? siteUrl() : undefined);
  writeFileSync(printFile, printHtml);
  const { default: Printer } = await import('pagedjs-cli');
  const printer = new Printer({ browserArgs: CHROMIUM_ARGS, timeout: TIMEOUT_MS, headless: true });
  let bytes: Uint8Array;
  // A dialog or a navigation in the print page stops the render at once (closing the browser ends printer.pdf).
  const guard = guardBrowser(await printer.setup(), serverUrl, () => {
    void printer.close();
  });
  try {
    bytes = await printer.pdf(`${serverUrl}/${guide.route}/`, { outlineTags: ['h1', 'h2'] });
    if (guard.problem()) throw new Error(guard.problem());
  } catch (e) {
    const reason = guard.problem() ?? (e instanceof Error ? e.message : String(e));
    const from = guide.lang === 'da' ? 'da/ and the English content' : 'guide/, glossary/ and journey/';
    throw new Error(`Paged.js could not render the PDF of /${guide.route}/ (built from ${from}): ${reason}`);
  } finally {
    await printer.close();
  }
  const keywords = /<meta name="keywords" content="([^"]*)"/.exec(printHtml)?.[1];
  const { bytes: out, pages } = await finishPdf(bytes, {
    date: edition.date,
    keywords,
    lang: guide.lang,
    linkName: linkNamesFromHtml(printHtml),
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
  return `${guide.file}: ${pages} pages, ${(out.length / 1024).toFixed(0)} KB`;
}

/** The A3 upright poster of the journey: the built /print/poster/ page, printed by the same Chromium. */
export async function buildPoster(site: string): Promise<string> {
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await serveFolder(site);
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    let problem: string | undefined;
    guardPage(page, server.url, (reason) => {
      problem ??= reason;
    });
    await page.goto(`${server.url}/print/poster/`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    if (problem) throw new Error(`The journey poster could not be rendered from journey/steps.yaml: ${problem}`);
    const { bytes: out, pages } = await finishPdf(bytes, {
      date: currentEdition().date,
      title: await page.title(),
      linkName: linkNamesFromHtml(await page.content()),
    });
    if (pages !== 1)
      throw new Error(
        `The journey poster has ${pages} pages instead of one: the journey is too long for A3 (journey/steps.yaml).`,
      );
    writeFileSync(join(site, POSTER_FILE), out);
    return `${pages} page`;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The print routes are only the PDFs' sources; keep them out of the published site (the benchmark keeps them). */
export function removePrintRoutes(site: string): string {
  if (process.env.KEEP_PRINT_ROUTE) return 'kept (KEEP_PRINT_ROUTE)';
  rmSync(join(site, 'print'), { recursive: true, force: true });
  return 'removed /print/';
}
