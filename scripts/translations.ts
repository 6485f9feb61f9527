/**
 * `npm run translations`: is each Danish text (da/) in step with the English it translates? Lists every text that is
 * missing, out of date or not stamped, with the English file to compare.
 * `npm run translations -- --stamp da/tips/x.md [more files or folders]`: after updating the Danish, records that it
 * now translates the current English (writes `translates:` into the file).
 */
import './lib/project-root.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/content/load.ts';
import { contentRoot } from '../src/lib/paths.ts';
import { translationUnits } from '../src/lib/translations/units.ts';
import { describeState, translationStatus } from '../src/lib/translations/status.ts';
import { stampText } from '../src/lib/translations/stamp.ts';
import { keyedChanges, titlesAtStamp } from '../src/lib/translations/changed-items.ts';
import { DANISH_FOLDER } from '../src/lib/content/load.ts';
import { validateContent } from '../src/lib/validate.ts';
import { DANISH_PDF_NAME, danishPdfMissing } from '../src/lib/danish/translation.ts';

let args;
try {
  args = parseArgs({
    options: { stamp: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
} catch (e) {
  console.error(`✗ ${(e as Error).message}. See npm run translations -- --help.`);
  process.exit(2);
}
if (args.values.help) {
  console.log(
    'Usage: npm run translations                      list Danish texts that are missing or out of date\n       npm run translations -- --stamp <file|folder>…   record that these Danish files translate the current English',
  );
  process.exit(0);
}
const root = contentRoot();
const raw = loadContent(root);
if (!raw.danish) {
  console.log('There is no Danish edition (no da/ folder).');
  process.exit(0);
}
const status = translationStatus(translationUnits(raw).units);

if (args.values.stamp) {
  if (!args.positionals.length) {
    console.error('✗ --stamp needs the Danish files (or a folder such as da/tips/) to stamp.');
    process.exit(2);
  }
  const chosen = status.filter(
    (s) => s.exists && args.positionals.some((p) => s.file === p || s.file.startsWith(p.endsWith('/') ? p : `${p}/`)),
  );
  if (!chosen.length) {
    console.error(`✗ No Danish file matches ${args.positionals.join(', ')}.`);
    process.exit(1);
  }
  for (const s of chosen) {
    const abs = join(root, s.file);
    writeFileSync(abs, stampText(readFileSync(abs, 'utf8'), s.english, s.file.endsWith('.md')));
    console.log(`✓ ${s.file} now translates ${s.source} (${s.english})`);
  }
  process.exit(0);
}

const open = status.filter((s) => s.state !== 'current');
for (const s of open) {
  console.log(`${s.file}: ${s.title}: the Danish ${describeState(s)}`);
  // Name the task titles that changed, from the English as it was when the Danish was stamped (found in git).
  if (s.state === 'stale' && s.file === `${DANISH_FOLDER}/tasks.yaml` && s.translates) {
    const before = titlesAtStamp(
      root,
      s.translates,
      raw.phases.map((p) => p.id),
    );
    const changes = before
      ? keyedChanges(before, Object.fromEntries(raw.tasks.map((t) => [t.slug, t.data.title])))
      : [];
    console.log(
      changes.length
        ? changes.map((c) => `    ${c}`).join('\n')
        : '    (which titles changed is not in the last 40 commits of guide/: compare da/tasks.yaml with the task titles)',
    );
  }
}
console.log(
  open.length
    ? `\n${open.length} of ${status.length} Danish texts need work. After updating one: npm run translations -- --stamp <file>`
    : `✓ all ${status.length} Danish texts translate the current English.`,
);
// The Danish PDF is printed only when every text it needs exists (out-of-date ones do not stop it).
const { model } = validateContent(root);
const waits = danishPdfMissing(model);
console.log(
  waits.length
    ? `\nThe Danish PDF (${DANISH_PDF_NAME}) is not printed until these exist:\n${waits.map((w) => `  - ${w}`).join('\n')}`
    : `✓ the build prints the Danish PDF (${DANISH_PDF_NAME}).`,
);
