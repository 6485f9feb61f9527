/**
 * `npm run bench`: prints timing and size figures (it asserts nothing; budgets live in the tests).
 *   - cold and warm site builds, Mermaid rendering, PDF rendering (median and minimum of several runs);
 *   - page count, PDF size, dist/ size, bytes per page;
 *   - scaling: synthetic content at 1×, 10× and 40× the real tasks, time per page;
 *   - PDF engines side by side on the same print HTML: the project's PDF step (pagedjs-cli and our post-processing),
 *     plain Chromium page.pdf(), WeasyPrint (if installed); the goal of issue #33 is a PDF step within 2× plain Chromium.
 * Options: --quick (fewer runs, no 40×), --runs=N, --pdf-only (only the PDF engines), --dist=DIR (with --pdf-only:
 * print from a build made with KEEP_PRINT_ROUTE=1 instead of building one), --keep (keep the work folder), --help.
 */
import './lib/project-root.ts';
import { spawnSync, execFileSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/toolchain.ts';
import { serveFolder } from '../src/lib/local-file-server.ts';
import { validateContent } from '../src/lib/validate.ts';
import { collectDiagrams } from '../src/lib/diagrams.ts';
import { renderDiagrams } from '../src/lib/mermaid/render.ts';
import { firstLoad, pageWeight } from '../src/lib/perf/page-weight.ts';
import { walkFiles } from '../src/lib/files.ts';
import { CONTENT_ENTRIES } from '../src/lib/content/layout.ts';

if (process.argv.includes('--help')) {
  console.log(`Usage: node scripts/bench.ts [--quick] [--runs=N] [--pdf-only [--dist=DIR]] [--keep]
  --quick     fewer runs, no 40× scaling
  --runs=N    runs per measure (default 3, or 2 with --quick)
  --pdf-only  only the PDF engines on the same print HTML: the PDF step against plain Chromium page.pdf()
  --dist=DIR  with --pdf-only: a build made with KEEP_PRINT_ROUTE=1 (it is copied, not changed), with the SITE_URL
              it was built with (the PDF step prepares the print page for that address again); default: build one
  --keep      keep the work folder in /tmp`);
  process.exit(0);
}
const quick = process.argv.includes('--quick');
const pdfOnly = process.argv.includes('--pdf-only');
const distArg = process.argv.find((a) => a.startsWith('--dist='))?.split('=')[1];
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? (quick ? 2 : 3));
const work = mkdtempSync(join(tmpdir(), 'mtd-bench-'));
const rows: { measure: string; median: string; min: string; note: string }[] = [];
/** The median; of an even number of samples, the mean of the two middle ones. */
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
function record(measure: string, samples: number[], note?: string) {
  rows.push({ measure, median: secs(median(samples)), min: secs(Math.min(...samples)), note: note ?? '' });
  console.log(
    `  ${measure}: median ${secs(median(samples))}, min ${secs(Math.min(...samples))}${note ? ` (${note})` : ''}`,
  );
}
function build(out: string, env: Record<string, string> = {}, args: string[] = []): void {
  const r = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, OUT_DIR: out, ...env },
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
}
function dirSize(dir: string): number {
  return walkFiles(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

console.log(
  `Benchmark: ${runs} run(s) per measure${quick ? ' (quick)' : ''}. Machine: ${execFileSync('nproc').toString().trim()} cores.\n`,
);

const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
const warmCache = join(work, 'warm-cache');

if (!pdfOnly) {
  // 1. Site builds.
  console.log('Site builds (site, search index, PDF and poster):');
  const cold: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cache = join(work, `cold-cache-${i}`);
    cold.push(time(() => build(join(work, `cold-${i}`), { MERMAID_CACHE_DIR: cache })));
  }
  record('cold build (empty diagram cache)', cold);
  build(join(work, 'warm-0'), { MERMAID_CACHE_DIR: warmCache });
  const warm: number[] = [];
  for (let i = 1; i <= runs; i++)
    warm.push(time(() => build(join(work, `warm-${i}`), { MERMAID_CACHE_DIR: warmCache })));
  record('warm build (diagrams cached)', warm);
  const siteOnly: number[] = [];
  for (let i = 0; i < runs; i++)
    siteOnly.push(time(() => build(join(work, `site-${i}`), { MERMAID_CACHE_DIR: warmCache }, ['--no-pdf'])));
  record('warm build without the PDF (--no-pdf)', siteOnly);

  // 2. Mermaid rendering.
  console.log('\nMermaid rendering:');
  const model = validateContent(process.cwd()).model;
  const diagrams = collectDiagrams(model);
  const mermaid: number[] = [];
  for (let i = 0; i < runs; i++) {
    process.env.MERMAID_CACHE_DIR = join(work, `mermaid-${i}`);
    mermaid.push(await timeAsync(() => renderDiagrams(diagrams)));
  }
  delete process.env.MERMAID_CACHE_DIR;
  record(`render ${diagrams.length} diagrams (one browser)`, mermaid);

  // 3. Sizes.
  const dist = join(work, 'warm-1');
  const pdf = join(dist, 'best-practice-guide.pdf');
  const pages = pdfPages(pdf);
  console.log('\nSizes:');
  const sizes = [
    { measure: 'PDF pages', value: String(pages) },
    { measure: 'PDF size', value: kb(statSync(pdf).size) },
    { measure: 'dist/ total', value: kb(dirSize(dist)) },
  ];
  const htmlFiles = walkFiles(dist, ['pagefind']).filter((f) => f.endsWith('.html'));
  const weights = htmlFiles.map((p) => pageWeight(dist, p));
  const avg = (k: 'html' | 'css' | 'fonts' | 'js' | 'total') =>
    kb(weights.reduce((n, w) => n + w[k], 0) / weights.length);
  sizes.push(
    { measure: `pages (${weights.length}): average HTML, gzip`, value: avg('html') },
    { measure: 'average CSS per page, gzip', value: avg('css') },
    { measure: 'average fonts per page (woff2)', value: avg('fonts') },
    { measure: 'average JS per page, gzip', value: avg('js') },
    { measure: 'average first load per page', value: avg('total') },
  );
  // As served (brotli copies, fonts as they are): the measure of the task-page budget (tests/build/budgets.test.ts).
  const heaviest = htmlFiles
    .filter((p) => /^tasks\/[^/]+\/index\.html$/.test(p))
    .map((p) => firstLoad(dist, p))
    .sort((a, b) => b.total - a.total)[0];
  if (heaviest)
    sizes.push({
      measure: `heaviest task page, first load as served (${heaviest.page}): HTML ${kb(heaviest.html)} + CSS ${kb(heaviest.css)} + fonts ${kb(heaviest.fonts)}`,
      value: kb(heaviest.total),
    });
  console.table(sizes);

  // 4. Scaling.
  console.log('\nScaling (synthetic copies of the real tasks; site + PDF):');
  const scaling: { factor: string; tasks: number; build: string; perTask: string; pdfPages: number }[] = [];
  const scaleMs = new Map<number, number>();
  for (const factor of quick ? [1, 10] : [1, 10, 40]) {
    const root = join(work, `scale-${factor}`);
    for (const dir of CONTENT_ENTRIES) cpSync(dir, join(root, dir), { recursive: true });
    let count = model.tasks.length;
    // Each copy is in the same households as its original (the household checklists need a rule for every task).
    const checklistsFile = join(root, 'journey/household-checklists.yaml');
    const checklists = parseYaml(readFileSync(checklistsFile, 'utf8')) as { tasks: Record<string, unknown> };
    for (let copy = 1; copy < factor; copy++) {
      for (const t of model.tasks) {
        writeFileSync(
          join(root, t.file.replace(/\.md$/, `-copy-${copy}.md`)),
          readFileSync(t.file, 'utf8').replace(/^selfService: .*\n/m, ''),
        ); // the map lists only the originals
        checklists.tasks[`${t.slug}-copy-${copy}`] = structuredClone(checklists.tasks[t.slug]);
        count++;
      }
    }
    writeFileSync(checklistsFile, stringifyYaml(checklists));
    const out = join(root, 'dist');
    const ms = time(() => build(out, { CONTENT_ROOT: root, MERMAID_CACHE_DIR: warmCache }));
    const scaledPages = pdfPages(join(out, 'best-practice-guide.pdf'));
    scaleMs.set(factor, ms);
    scaling.push({
      factor: `${factor}×`,
      tasks: count,
      build: secs(ms),
      perTask: `${(ms / count).toFixed(0)} ms`,
      pdfPages: scaledPages,
    });
    console.log(
      `  ${factor}×: ${count} tasks in ${secs(ms)} (${(ms / count).toFixed(0)} ms per task), PDF ${scaledPages} pages`,
    );
  }
  console.table(scaling);
  for (const factor of [10, 40]) {
    const ratio = (scaleMs.get(factor) ?? NaN) / scaleMs.get(1)!;
    if (Number.isFinite(ratio))
      console.log(
        `build at ${factor}× / build at 1×: ${ratio.toFixed(2)}× the time for ${factor}× the tasks${factor === 10 ? ' (goal: at most 4×)' : ''}.`,
      );
  }
} // end of the sections that --pdf-only skips

// 5. PDF engines on the same print HTML. The project's PDF step (scripts/lib/pdf.ts: Paged.js via pagedjs-cli, then our
// post-processing: metadata, outline, PDF/UA fixes) against plain Chromium page.pdf() of the same prepared print page.
// Fair: one document (the English guide) on each side, each run starts and closes its own browser, the runs alternate
// so a busy machine slows both alike, after one untimed run of each, and the ratio is the median of the runs' ratios.
console.log('\nPDF engines on the same print HTML (the English guide):');
const engineDist = join(work, 'engines');
if (distArg) {
  if (!existsSync(join(distArg, 'print', 'index.html')))
    throw new Error(`--dist=${distArg} has no print/index.html: build it with KEEP_PRINT_ROUTE=1`);
  cpSync(distArg, engineDist, { recursive: true });
} else {
  build(engineDist, { MERMAID_CACHE_DIR: warmCache, KEEP_PRINT_ROUTE: '1' });
}
// The English guide alone: a copy without the Danish print route (buildPdfs prints every guide whose route exists).
const englishDist = join(work, 'engines-en');
cpSync(engineDist, englishDist, { recursive: true });
rmSync(join(englishDist, 'print', 'da'), { recursive: true, force: true });
process.env.KEEP_PRINT_ROUTE = '1'; // the other engines render the same print page afterwards
const { buildPdfs, buildPoster } = await import('./lib/pdf.ts');
const server = await serveFolder(englishDist);
const engines: { engine: string; median: string; min: string; pages: number | string }[] = [];
try {
  const paged: number[] = [];
  const plain: number[] = [];
  const ratios: number[] = [];
  const phases: Record<string, number>[] = [];
  const plainPdf = async () => {
    const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
    const page = await browser.newPage();
    await page.goto(`${server.url}/print/`, { waitUntil: 'load' });
    writeFileSync(join(work, 'plain.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
    await browser.close();
  };
  // One untimed run of each first (as hyperfine's --warmup): the first run of either pays for reading Chromium and the
  // modules from disk, which a build pays once, not per PDF.
  await buildPdfs(englishDist);
  await plainPdf();
  for (let i = 0; i < runs; i++) {
    paged.push(await timeAsync(() => buildPdfs(englishDist, { phases: (p) => phases.push(p) })));
    plain.push(await timeAsync(plainPdf));
    ratios.push(paged[i]! / plain[i]!);
    console.log(
      `  run ${i + 1}: PDF step ${secs(paged[i]!)}, plain Chromium ${secs(plain[i]!)}, ratio ${ratios[i]!.toFixed(2)}×`,
    );
  }
  const pagedPages = pdfPages(join(englishDist, 'best-practice-guide.pdf'));
  const plainPages = pdfPages(join(work, 'plain.pdf'));
  engines.push({
    engine: 'PDF step: pagedjs-cli + post-processing (the project)',
    median: secs(median(paged)),
    min: secs(Math.min(...paged)),
    pages: pagedPages,
  });
  engines.push({
    engine: 'Chromium page.pdf() (no pagination polyfill)',
    median: secs(median(plain)),
    min: secs(Math.min(...plain)),
    pages: plainPages,
  });
  if (phases.length) {
    console.log("  where the PDF step's time goes (median of the runs):");
    for (const key of Object.keys(phases[0]!))
      console.log(`    ${key}: ${secs(median(phases.map((x) => x[key] ?? 0)))}`);
  }

  // Every PDF of a build, as the build makes them (both guides and the poster at the same time).
  const all: number[] = [];
  for (let i = 0; i < runs; i++)
    all.push(await timeAsync(() => Promise.all([buildPdfs(engineDist), buildPoster(engineDist)])));
  const guides = existsSync(join(engineDist, 'print', 'da', 'index.html'))
    ? 'English and Danish guides'
    : 'English guide';
  engines.push({
    engine: `all PDFs of a build (${guides}, poster)`,
    median: secs(median(all)),
    min: secs(Math.min(...all)),
    pages: '',
  });

  const weasy = spawnSync('weasyprint', ['--version'], { encoding: 'utf8' });
  if (weasy.status === 0) {
    const w: number[] = [];
    // Asynchronous: the print HTML is served by this process, which must stay free to answer WeasyPrint.
    for (let i = 0; i < runs; i++)
      w.push(
        await timeAsync(() => promisify(execFile)('weasyprint', [`${server.url}/print/`, join(work, 'weasy.pdf')])),
      );
    engines.push({
      engine: `WeasyPrint ${weasy.stdout.trim().split(' ').at(-1)}`,
      median: secs(median(w)),
      min: secs(Math.min(...w)),
      pages: pdfPages(join(work, 'weasy.pdf')),
    });
  } else {
    engines.push({
      engine: 'WeasyPrint',
      median: '—',
      min: '—',
      pages: 'not installed: sudo apt-get install -y weasyprint',
    });
  }
  console.table(engines);
  console.log(
    `PDF step / plain Chromium: ${median(ratios).toFixed(2)}× (median of ${runs} runs; goal: at most 2×); page difference ${pagedPages - plainPages}.`,
  );
} finally {
  await server.close();
}

if (rows.length) {
  console.log('\nSummary:');
  console.table(rows);
}
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
