/**
 * `npm run publish -- --to /var/www/moving-to-denmark [--label 2026-Q4]`: copies the built dist/ to the web root as a
 * new version and switches the site to it atomically. `npm run publish -- --to <web root> --undo` goes back to the
 * version before. See docs/publishing.md.
 */
import './lib/project-root.ts';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { firstPublishProblem, publish, undo, keptVersions, PublishError } from '../src/lib/publish.ts';
import { outDir } from '../src/lib/paths.ts';
import { currentEdition } from '../src/lib/edition.ts';

const USAGE =
  'Usage: npm run publish -- --to <web root> [--label <name>]   or   npm run publish -- --to <web root> --undo';
let args;
try {
  args = parseArgs({
    args: process.argv.slice(2),
    options: {
      to: { type: 'string' },
      label: { type: 'string' },
      undo: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
} catch (e) {
  console.error(`✗ ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args.values.to) {
  console.error(`✗ Say where to publish with --to.\n${USAGE}`);
  process.exit(2);
}
const webRoot = resolve(args.values.to);
try {
  if (args.values.undo) {
    const label = undo(webRoot);
    console.log(`✓ ${webRoot}/current now serves ${label} again.`);
  } else {
    const first = firstPublishProblem(webRoot, args.values.label);
    if (first) {
      console.error(`✗ ${first}`);
      process.exit(1);
    }
    const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 13);
    const label = publish(outDir(), webRoot, args.values.label ?? `${currentEdition().id}-${stamp}`);
    console.log(`✓ ${webRoot}/current now serves ${label}. Kept for undo: ${keptVersions(webRoot).join(', ')}.`);
  }
} catch (e) {
  console.error(`✗ ${e instanceof PublishError ? e.message : (e as Error).message}`);
  process.exit(1);
}
