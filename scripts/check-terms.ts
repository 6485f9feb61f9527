/** `npm run check:terms`: fails when guide content uses a variant that the Top-25 glossary says to avoid. */
import './lib/project-root.ts';
import { validateContent } from '../src/lib/validate.ts';
import { formatIssue } from '../src/lib/content/errors.ts';
import { contentRoot } from '../src/lib/paths.ts';

const { errors, model } = validateContent(contentRoot());
const termIssues = errors.filter((e) => e.message.includes('which the glossary says to avoid'));
if (termIssues.length) {
  for (const e of termIssues) console.error(formatIssue(e));
  console.error(`\n✗ ${termIssues.length} use(s) of avoided terms.`);
  process.exit(1);
}
const variants = model.terms.reduce((n, t) => n + t.avoid.length, 0);
console.log(`✓ no avoided variants in guide content (${variants} variants of ${model.terms.length} terms checked).`);
