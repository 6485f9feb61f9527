/**
 * `npm run build`: validates content, checks the toolchain, renders diagrams, builds the site and the PDF into a
 * staging folder, and only then swaps it into dist/. A failed build leaves the previous dist/ untouched.
 */
import './lib/project-root.ts';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { validateContent } from '../src/lib/validate.ts';
import { contentErrorReport, warningLines } from '../src/lib/content/errors.ts';
import { chromiumVersion, findChromium, fontFiles, ToolchainError } from '../src/lib/toolchain.ts';
import { environmentProblems } from '../src/lib/context.ts';
import { renderDiagrams, MermaidError } from '../src/lib/mermaid/render.ts';
import { collectDiagrams } from '../src/lib/diagrams.ts';
import { runSteps } from '../src/lib/build/steps.ts';
import { removeLeftovers, stagingDirFor, swapInto, unsafeOutDir } from '../src/lib/build/swap.ts';
import { contentRoot, outDir, projectRoot } from '../src/lib/paths.ts';
import { indexSearch } from './lib/search-index.ts';
import { buildPdfs, buildPoster, PDF_NAME, POSTER_FILE, removePrintRoutes } from './lib/pdf.ts';
import { DANISH_PDF_NAME } from '../src/lib/danish/translation.ts';
import { checkPdfFiles } from '../src/lib/pdf/ua/check-files.ts';
import { currentEdition, editionPdfName } from '../src/lib/edition.ts';
import { copyEditionFiles } from './lib/editions.ts';
import { scanOutput } from '../src/lib/build/scan-output.ts';
import { precompress } from '../src/lib/build/precompress.ts';
import { describeSubsets, subsetSiteFonts } from '../src/lib/build/subset-fonts.ts';
import { withLock } from '../src/lib/build/lock.ts';
import { siteUrl } from '../src/lib/site.ts';

const target = outDir();
const skipPdf = process.argv.includes('--no-pdf');
let staging: string | undefined;
/** Set once the new output is in place: a failure after that must not say the output was not changed. */
let published = false;

function fail(message: string): never {
  console.error(
    `\n✗ ${message}\n\nThe build stopped. ${published ? `${target} has the new build.` : `${target} was not changed.`}`,
  );
  if (staging) rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}

/** The link and safety policy on what is about to be published; any violation stops the build. */
async function checkPublished(what: 'pages' | 'PDFs'): Promise<string> {
  const violations = await scanOutput(staging!, validation.model, siteUrl(), what === 'PDFs' ? 'pdfs' : 'pages');
  if (violations.length)
    fail(
      `${violations.length} unsafe or unofficial item(s) in the built ${what}:\n${violations.map((v) => `${v.file}: error: ${v.message}`).join('\n')}\n    → links must be https on an official domain (journey/official-domains.yaml) or a page of this site; content may not contain scripts, styles or event handlers`,
    );
  return `no problems`;
}

/** The PDFs this build made (not the copies of earlier editions, which are published as they were released). */
async function checkPdfUa(site: string): Promise<string> {
  const id = currentEdition().id;
  const danish = existsSync(join(site, DANISH_PDF_NAME)) ? [DANISH_PDF_NAME, editionPdfName(id, 'da')] : [];
  const files = [PDF_NAME, editionPdfName(id), ...danish, POSTER_FILE];
  const problems = await checkPdfFiles(site, files);
  if (problems.length)
    fail(
      `${problems.length} PDF/UA problem(s):\n${problems.map((p) => `${p.file}: error: ${p.problem}`).join('\n')}\n    → see src/lib/pdf/ua/fix.ts, which makes the PDFs accessible, and src/lib/pdf/ua/check.ts`,
    );
  return `${files.length} PDFs, no problems`;
}

let validation: ReturnType<typeof validateContent>;
// The output folder is replaced as a whole: refuse one that holds the project or its content.
const envProblems = environmentProblems();
if (envProblems.length)
  fail(
    `${envProblems.length === 1 ? 'An environment variable has' : 'Environment variables have'} a value that cannot work:\n${envProblems.map((p) => `  ${p}`).join('\n')}`,
  );
const unsafe = unsafeOutDir(target, { project: projectRoot(), content: contentRoot() });
if (unsafe) fail(`${unsafe}.\n    → set OUT_DIR to a new folder (the default is dist/)`);
const leftovers = removeLeftovers(target);
if (leftovers.length)
  console.log(`  Removed ${leftovers.length} folder(s) left by an interrupted build: ${leftovers.join(', ')}`);
try {
  await runSteps([
    {
      name: 'Validating content',
      run: () => {
        validation = validateContent(contentRoot());
        for (const line of warningLines(validation.warnings)) console.warn(`      ${line}`);
        if (validation.errors.length) {
          fail(contentErrorReport(validation.errors));
        }
        const m = validation.model;
        return `${m.tasks.length} tasks, ${m.terms.length} terms, ${m.tips.length} tips, ${validation.warnings.length} warning(s)`;
      },
    },
    // Content first: an editor's mistake is reported within seconds, without starting Chromium; then the toolchain,
    // before anything is drawn or built.
    {
      name: 'Checking Chromium and fonts',
      run: () =>
        `${chromiumVersion(findChromium())}, IBM Plex Sans ${fontFiles()
          .map((f) => f.weight)
          .join('/')}`,
    },
    {
      name: 'Rendering diagrams in Chromium',
      run: async () => {
        const r = await renderDiagrams(collectDiagrams(validation.model), (l) => console.log(`    ${l}`));
        return `${r.rendered} rendered, ${r.cached} from cache`;
      },
    },
    {
      name: 'Building the site with Astro',
      run: () => {
        staging = stagingDirFor(target);
        const runAstro = () =>
          spawnSync(resolve('node_modules/.bin/astro'), ['build', '--silent'], {
            stdio: ['ignore', 'inherit', 'pipe'],
            encoding: 'utf8',
            env: {
              ...process.env,
              OUT_DIR: staging,
              ASTRO_TELEMETRY_DISABLED: '1',
              ASTRO_CACHE_DIR: resolve(
                'node_modules/.astro',
                createHash('sha256').update(contentRoot()).digest('hex').slice(0, 12),
              ),
            },
          });
        // An output outside the project makes Astro use the shared .astro/.prerender/ folder: one such build at a time.
        const insideProject = !relative(projectRoot(), staging).startsWith('..');
        const r = insideProject ? runAstro() : withLock(resolve('.astro-build.lock'), runAstro);
        process.stderr.write(r.stderr ?? '');
        if (r.status !== 0) fail('Astro could not build the site (see the message above).');
        // Astro can log an error and still exit 0 (for example a page that failed to render): never publish that.
        if (/\[ERROR\]/.test(r.stderr ?? ''))
          fail('Astro reported an error while building the site (see the message above).');
      },
    },
    { name: 'Indexing for search (Pagefind)', run: () => indexSearch(staging!) },
    { name: 'Checking links and safety in the built pages', run: () => checkPublished('pages') },
    {
      // The guides (English, and Danish when complete) and the poster print at the same time, each in its own Chromium.
      name: 'Rendering the PDFs (Paged.js) and the journey poster (A3)',
      run: async () =>
        skipPdf
          ? 'skipped (--no-pdf)'
          : (await Promise.all([buildPdfs(staging!), buildPoster(staging!).then((r) => `poster: ${r}`)])).join('; '),
    },
    { name: 'Checking the PDFs against PDF/UA-1', run: () => (skipPdf ? 'skipped (--no-pdf)' : checkPdfUa(staging!)) },
    {
      name: 'Removing the print pages (only the PDFs are published)',
      run: () => (skipPdf ? 'kept (--no-pdf: a preview build, without PDFs)' : removePrintRoutes(staging!)),
    },
    {
      name: 'Copying the PDFs of the editions',
      run: () => (skipPdf ? 'skipped (--no-pdf)' : copyEditionFiles(staging!)),
    },
    { name: 'Checking the links in the PDFs', run: () => (skipPdf ? 'skipped (--no-pdf)' : checkPublished('PDFs')) },
    // After the PDFs (printed with the full fonts) and every change to the pages; before the copies are compressed.
    {
      name: 'Cutting the web fonts to the characters of the pages',
      run: async () => describeSubsets(await subsetSiteFonts(staging!)),
    },
    {
      name: 'Precompressing text files (gzip, brotli)',
      run: async () => {
        const r = await precompress(staging!);
        return `${r.files} files, ${(r.bytes / 1024).toFixed(0)} KB → ${(r.compressed / 1024).toFixed(0)} KB brotli`;
      },
    },
    {
      name: `Publishing to ${target}`,
      run: () => {
        const { leftOver } = swapInto(staging!, target);
        staging = undefined;
        published = true;
        return leftOver
          ? `published; the previous output could not be removed (${leftOver.reason}) and is left at ${leftOver.path}: delete it yourself`
          : undefined;
      },
    },
  ]);
} catch (e) {
  if (e instanceof ToolchainError || e instanceof MermaidError) fail(e.message);
  // One plain message; the stack only for a developer who asks for it.
  fail(
    e instanceof Error ? (process.env.DEBUG ? (e.stack ?? e.message) : e.message.replace(/^Error: /, '')) : String(e),
  );
}
