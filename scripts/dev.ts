/** `npm run dev`: validates content and renders the diagrams (which the pages read from the cache), then starts Astro's preview server. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { validateContent } from '../src/lib/validate.ts';
import { formatIssue } from '../src/lib/content/errors.ts';
import { renderDiagrams } from '../src/lib/mermaid/render.ts';
import { collectDiagrams } from '../src/lib/diagrams.ts';
import { contentRoot } from '../src/lib/paths.ts';

const v = validateContent(contentRoot());
for (const i of v.issues) console.error(formatIssue(i));
if (v.errors.length) {
  console.error(`\n✗ ${v.errors.length} content error(s). Fix them, then run "npm run dev" again.`);
  process.exit(1);
}
const r = await renderDiagrams(collectDiagrams(v.model), (l) => console.log(l));
console.log(`Diagrams: ${r.rendered} rendered, ${r.cached} from cache. The paginated PDF preview is at /print/.`);
const child = spawn(resolve('node_modules/.bin/astro'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
