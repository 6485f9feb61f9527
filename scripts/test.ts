/**
 * `npm test` (the fast tier) and `npm run test:full` (both tiers, what CI runs), in this order:
 *   1. build the site and PDF; 2. type-check; 3. vitest (unit, fixtures, built output, browser); 4. internal links; 5. terminology.
 * The tier is passed to vitest as TEST_TIER (tests/helpers/tier.ts says what each tier runs).
 * Prints a final "N passed, N failed" line.
 */
import './lib/project-root.ts';
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';

const steps: { name: string; cmd: string[] }[] = [
  { name: 'Build the site and the PDF', cmd: ['node', 'scripts/build.ts'] },
  // After the build: Astro writes the `astro:content` types (.astro/) that the type-check needs.
  { name: 'Type-check (tsc --noEmit)', cmd: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'Tests (vitest)', cmd: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.cache/vitest.json'] },
  { name: 'Internal links and fragments (linkinator)', cmd: ['node', 'scripts/check-links.ts'] },
  { name: 'Terminology (check:terms)', cmd: ['node', 'scripts/check-terms.ts'] },
];

const full = process.argv.includes('--full');
// The suite checks the site as it is published, with a real public address, even while site.yaml still holds the
// placeholder (tests/build/placeholder.test.ts builds with the placeholder and checks that nothing points to it).
const SITE_URL = process.env.SITE_URL ?? 'https://moving-to-denmark.test-build.dk';
console.log(full ? 'Running both test tiers (npm run test:full).' : 'Running the fast test tier (npm test); CI runs both: npm run test:full.');
mkdirSync('.cache', { recursive: true });
let failedSteps = 0;
for (const [i, step] of steps.entries()) {
  console.log(`\n=== [${i + 1}/${steps.length}] ${step.name}`);
  const t0 = performance.now();
  const r = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', TEST_TIER: full ? 'full' : 'fast', SITE_URL } });
  const ok = r.status === 0;
  console.log(`=== ${ok ? 'ok' : 'FAILED'} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  if (!ok) {
    failedSteps++;
    if (i === 0) break; // without a build, the later steps cannot run
  }
}

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync('.cache/vitest.json', 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed = report.numPassedTests;
  failed = report.numFailedTests;
} catch { /* vitest did not run */ }
// The non-vitest steps count as one check each.
const checks = steps.length - 1;
console.log(`\n${passed + checks - failedSteps} passed, ${failed + failedSteps} failed`);
process.exit(failedSteps ? 1 : 0);
