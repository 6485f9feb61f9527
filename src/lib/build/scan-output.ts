/**
 * The build step that checks the published output against the link and safety policy (checks/output-policy.ts):
 * every HTML page, SVG and PDF link annotation in the staging folder, before it is swapped into dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { walkFiles } from '../files.ts';
import type { Model } from '../model.ts';
import {
  checkOutputFile,
  sourceFileFor,
  urlProblem,
  type OutputPolicy,
  type PolicyViolation,
} from '../checks/output-policy.ts';
import { pdfLinks } from '../checks/pdf-links.ts';
import { pdfPageLinkProblem, pdfPageLinks } from '../checks/pdf-page-links.ts';

/** Scripts the site itself ships: the search page's script, Pagefind, the print page's Paged.js and the site's own bundled modules. */
export const allowedScript = (src: string): boolean =>
  src === '/search.js' || src === '/print/paged.polyfill.js' || /^\/(pagefind|_astro)\/[\w./-]+\.js$/.test(src);

export async function scanOutput(
  dir: string,
  model: Model,
  siteUrl: string,
  kind: 'pages' | 'pdfs',
): Promise<PolicyViolation[]> {
  const policy: OutputPolicy = { official: model.officialDomains, siteUrl, allowedScripts: allowedScript };
  const out: PolicyViolation[] = [];
  const files = walkFiles(dir, ['pagefind']);
  for (const file of files.filter((f) => kind === 'pages' && (f.endsWith('.html') || f.endsWith('.svg')))) {
    const source = sourceFileFor(file, model);
    for (const v of checkOutputFile(readFileSync(join(dir, file), 'utf8'), file, policy)) {
      out.push({ file: source ? `${source} (published as ${file})` : file, message: v.message });
    }
  }
  if (kind !== 'pdfs') return out;
  const pageCounts = new Map<string, number>();
  for (const file of files.filter((f) => f.endsWith('.pdf'))) {
    const doc = await PDFDocument.load(readFileSync(join(dir, file)), { updateMetadata: false });
    pageCounts.set(file, doc.getPageCount());
    for (const link of pdfLinks(doc)) {
      const p = link.uri ? urlProblem(link.uri, policy) : undefined;
      if (p) out.push({ file: `${file} page ${link.page}`, message: `link annotation: ${p}` });
    }
  }
  // Links from the pages to a page of a PDF: the PDF exists and has that page.
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dir, file), 'utf8');
    if (!/\.pdf/i.test(html)) continue;
    const source = sourceFileFor(file, model);
    for (const link of pdfPageLinks(html, file, siteUrl)) {
      const problem = pdfPageLinkProblem(link, pageCounts);
      if (problem) out.push({ file: source ? `${source} (published as ${file})` : file, message: problem });
    }
  }
  return out;
}
