/**
 * Every command runs in the project folder, whatever folder it was started from (`node ../site/scripts/build.ts`,
 * an editor's terminal in guide/): Astro, the content and dist/ are found from there. A relative path given in an
 * environment variable (OUT_DIR=out) still means a path from the folder the command was started in. Imported first
 * by each script in scripts/.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { environmentProblems } from '../../src/lib/context.ts';

const PATH_VARIABLES = [
  'CONTENT_ROOT',
  'OUT_DIR',
  'RELEASES_DIR',
  'PENDING_RELEASE_DIR',
  'MERMAID_CACHE_DIR',
  'CHROMIUM_PATH',
  'PUPPETEER_EXECUTABLE_PATH',
] as const;

/** The project folder: the one above scripts/. */
export const PROJECT_DIR = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const started = process.cwd();
if (resolve(started) !== PROJECT_DIR) {
  for (const name of PATH_VARIABLES) {
    const value = process.env[name];
    if (value && !isAbsolute(value)) process.env[name] = resolve(started, value);
  }
  process.chdir(PROJECT_DIR);
}

// Every command refuses an environment variable it cannot use, naming it, before it reads or writes anything.
const problems = environmentProblems();
if (problems.length) {
  console.error(
    `✗ ${problems.length === 1 ? 'An environment variable has' : 'Environment variables have'} a value that cannot work:\n${problems.map((p) => `  ${p}`).join('\n')}\n\nNothing was done.`,
  );
  process.exit(2);
}
