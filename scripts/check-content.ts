/** `npm run check:content`: validates all content and prints every problem with its file and line. */
import './lib/project-root.ts';
import { validateContent } from '../src/lib/validate.ts';
import { formatIssue } from '../src/lib/content/errors.ts';
import { contentRoot } from '../src/lib/paths.ts';
import { publishedFacts } from '../src/lib/release/editions.ts';
import { committedFacts } from '../src/lib/translations/changed-items.ts';
import { loadContent } from '../src/lib/content/load.ts';

// Against the newest edition and the last commit, so a deadline or fee changed since either and still stated elsewhere
// is found (before the change is committed, and before the next edition).
const root = contentRoot();
const phases = loadContent(root).phases.map((p) => p.id);
const baselines = [publishedFacts(), committedFacts(root, phases)].filter((b) => b !== undefined);
const { errors, warnings, model } = validateContent(root, { baselines });
for (const w of warnings) console.warn(formatIssue(w));
if (errors.length) {
  for (const e of errors) console.error(formatIssue(e));
  console.error(
    `\n✗ ${errors.length} content error(s). Nothing was built. Fix the files above and run the command again.`,
  );
  process.exit(1);
}
console.log(
  `✓ content is valid: ${model.tasks.length} tasks, ${model.terms.length} glossary terms, ${model.tips.length} tips, ${warnings.length} warning(s)`,
);
