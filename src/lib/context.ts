/**
 * The build context: what a run takes from its environment. This is the one module below scripts/ that reads
 * process.env (tests/unit/context.test.ts checks that no other does); every other module asks it. Each variable is
 * listed with what it does, and `environmentProblems` checks their values with messages that name the variable.
 */
import { resolve } from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

/** Every environment variable the build, the preview and the release read, and what it does. */
export const ENV_VARIABLES = {
  CONTENT_ROOT: 'build another content tree (a folder with guide/, glossary/, journey/, da/ and site.yaml)',
  OUT_DIR: 'write the site to another folder instead of dist/',
  SITE_URL: 'the public address for one run, instead of url in site.yaml',
  EDITION: 'the edition, for example 2026-Q4 (a release sets it)',
  EDITION_DATE: "the edition's date, YYYY-MM-DD",
  SOURCE_DATE_EPOCH: "the build's date as seconds since 1970 (reproducible builds)",
  RELEASES_DIR: 'where the quarterly editions are kept, instead of releases/',
  PENDING_RELEASE_DIR: 'the edition being released right now (set by the release)',
  CHROMIUM_PATH: 'the Chromium to use, instead of /usr/bin/chromium',
  PUPPETEER_EXECUTABLE_PATH: "the Chromium to use (Puppeteer's own name for CHROMIUM_PATH)",
  MERMAID_CACHE_DIR: 'where drawn diagrams are cached, instead of .cache/mermaid',
  MTD_LIVE_PREVIEW: '1 in the live preview (npm run dev), which re-reads content on every request',
} as const;
export type EnvVariable = keyof typeof ENV_VARIABLES;

/** The environment of this process. The only read of process.env below scripts/. */
export function environment(): Env {
  return process.env;
}

/** The content tree: CONTENT_ROOT, or the project folder (the current folder: npm runs commands from the project). */
export function contentRoot(env: Env = environment()): string {
  return resolve(env.CONTENT_ROOT ?? process.cwd());
}
/** The output folder: OUT_DIR, or dist/ in the project. */
export function outDir(env: Env = environment()): string {
  return resolve(env.OUT_DIR ?? resolve(process.cwd(), 'dist'));
}
export function releasesDir(env: Env = environment()): string {
  return resolve(env.RELEASES_DIR ?? 'releases');
}
export function pendingReleaseDir(env: Env = environment()): string | undefined {
  return env.PENDING_RELEASE_DIR || undefined;
}
export function mermaidCacheDir(env: Env = environment()): string {
  return resolve(env.MERMAID_CACHE_DIR ?? '.cache/mermaid');
}
export function isLivePreview(env: Env = environment()): boolean {
  return env.MTD_LIVE_PREVIEW === '1';
}

/** A real day written YYYY-MM-DD (not 2026-02-30). */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Values that cannot work, each naming its variable and what it expects. Empty when all is well. */
export function environmentProblems(env: Env = environment()): string[] {
  const problems: string[] = [];
  const set = (k: EnvVariable) => env[k] !== undefined && env[k] !== '';
  if (set('SITE_URL') && !/^https?:\/\/[^\s/]+/.test(env.SITE_URL!))
    problems.push(
      `SITE_URL is "${env.SITE_URL}": it must be a web address such as https://guide.example.dk (${ENV_VARIABLES.SITE_URL})`,
    );
  if (set('EDITION') && !/^\d{4}-Q[1-4]$/.test(env.EDITION!))
    problems.push(`EDITION is "${env.EDITION}": it must look like 2026-Q4`);
  if (set('EDITION_DATE') && !isCalendarDate(env.EDITION_DATE!))
    problems.push(`EDITION_DATE is "${env.EDITION_DATE}": it must be a real date written YYYY-MM-DD`);
  if (set('SOURCE_DATE_EPOCH') && !/^\d+$/.test(env.SOURCE_DATE_EPOCH!))
    problems.push(`SOURCE_DATE_EPOCH is "${env.SOURCE_DATE_EPOCH}": it must be a whole number of seconds since 1970`);
  if (set('MTD_LIVE_PREVIEW') && !['0', '1'].includes(env.MTD_LIVE_PREVIEW!))
    problems.push(`MTD_LIVE_PREVIEW is "${env.MTD_LIVE_PREVIEW}": it must be 1 or 0`);
  for (const k of ['CONTENT_ROOT', 'OUT_DIR', 'RELEASES_DIR', 'MERMAID_CACHE_DIR', 'CHROMIUM_PATH'] as const) {
    if (env[k] !== undefined && env[k].trim() === '')
      problems.push(`${k} is set but empty: unset it, or give a path (${ENV_VARIABLES[k]})`);
  }
  return problems;
}
