/**
 * `npm test` (the fast tier) and `npm run test:full` (both tiers, what CI runs), in this order:
 *   1. build the site and PDF;
 *   2. the static checks, side by side (they read only the sources): lint (eslint, type-aware, zero warnings),
 *      formatting (prettier), type-check (astro check: the .astro files and the TypeScript);
 *   3. vitest (unit, fixtures, built output, browser); 4. internal links; 5. terminology.
 * The tier is passed to vitest as TEST_TIER (tests/helpers/tier.ts says what each tier runs).
 * Prints a final "N passed, N failed" line.
 */
import './lib/project-root.ts';
import { spawn } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';

interface Check {
  name: string;
  cmd: string[];
}
/** A stage is one check, or several that run at the same time (their output is printed whole, one after another). */
const stages: Check[][] = [
  [{ name: 'Build the site and the PDF', cmd: ['node', 'scripts/build.ts'] }],
  [
    { name: 'Lint (eslint, with types; zero warnings)', cmd: ['eslint', '.', '--max-warnings', '0'] },
    { name: 'Formatting (prettier --check)', cmd: ['prettier', '--check', '--log-level', 'warn', '.'] },
    // After the build: Astro has written the `astro:content` types (.astro/) that the type-check needs.
    { name: 'Type-check (astro check: .astro and .ts files)', cmd: ['astro', 'check', '--minimumSeverity', 'warning'] },
  ],
  [
    {
      name: 'Tests (vitest)',
      cmd: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.cache/vitest.json'],
    },
  ],
  [{ name: 'Internal links and fragments (linkinator)', cmd: ['node', 'scripts/check-links.ts'] }],
  [{ name: 'Terminology (check:terms)', cmd: ['node', 'scripts/check-terms.ts'] }],
];

const full = process.argv.includes('--full');
// The suite checks the site as it is published, with a real public address, even while site.yaml still holds the
// placeholder (tests/build/placeholder.test.ts builds with the placeholder and checks that nothing points to it).
const SITE_URL = process.env.SITE_URL ?? 'https://moving-to-denmark.test-build.dk';
const env = {
  ...process.env,
  FORCE_COLOR: '0',
  ASTRO_TELEMETRY_DISABLED: '1',
  TEST_TIER: full ? 'full' : 'fast',
  SITE_URL,
};

/** Runs a check: alone, its output streams; beside others, it is collected and printed when the check ends. */
function run(check: Check, alone: boolean): Promise<boolean> {
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(check.cmd[0]!, check.cmd.slice(1), { env, stdio: alone ? 'inherit' : 'pipe' });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const finish = (ok: boolean, why = '') => {
      const time = ((performance.now() - t0) / 1000).toFixed(1);
      if (!alone) process.stdout.write(`\n--- ${check.name}\n${output}${why}`);
      console.log(`=== ${check.name}: ${ok ? 'ok' : 'FAILED'} (${time} s)`);
      done(ok);
    };
    child.on('error', (e) => finish(false, `${e.message}\n`));
    child.on('close', (code) => finish(code === 0));
  });
}

console.log(
  full
    ? 'Running both test tiers (npm run test:full).'
    : 'Running the fast test tier (npm test); CI runs both: npm run test:full.',
);
mkdirSync('.cache', { recursive: true });
let failedChecks = 0;
let vitestFailed = false;
for (const [i, stage] of stages.entries()) {
  console.log(`\n=== [${i + 1}/${stages.length}] ${stage.map((c) => c.name).join(' · ')}`);
  const results = await Promise.all(stage.map((c) => run(c, stage.length === 1)));
  stage.forEach((c, n) => {
    if (results[n]) return;
    if (c.cmd[0] === 'vitest') vitestFailed = true;
    else failedChecks++;
  });
  if (i === 0 && failedChecks) break; // without a build, the later steps cannot run
}

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync('.cache/vitest.json', 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
  };
  passed = report.numPassedTests;
  failed = report.numFailedTests;
} catch {
  /* vitest did not run */
}
// The checks that are not vitest count as one each (a vitest run that failed without a failed test counts as one).
const checks = stages.flat().length - 1;
if (vitestFailed && failed === 0) failed = 1;
console.log(`\n${passed + checks - failedChecks} passed, ${failed + failedChecks} failed`);
process.exit(failedChecks || vitestFailed ? 1 : 0);
