/** `npm run dev`: validates content and renders the diagrams (which the pages read from the cache), then starts Astro's preview server. */
import './lib/project-root.ts';
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
  // Start anyway: the browser shows the errors (file, line) until they are fixed, then the pages come back.
  console.error(`\n✗ ${v.errors.length} content error(s). The preview shows them until you fix them.`);
} else {
  const r = await renderDiagrams(collectDiagrams(v.model), (l) => console.log(l));
  console.log(`Diagrams: ${r.rendered} rendered, ${r.cached} from cache. The paginated PDF preview is at /print/.`);
}
// MTD_LIVE_PREVIEW: the pages re-read the content when a file changes (src/lib/site-model.ts).
const child = spawn(resolve('node_modules/.bin/astro'), ['dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, MTD_LIVE_PREVIEW: '1' },
});
child.on('exit', (code) => process.exit(code ?? 0));
// Ctrl-C or a stop: stop Astro too, so nothing keeps running after the preview ends.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    child.kill(signal);
  });
