/**
 * `npm run edit`: the form editor (Decap CMS) on this checkout, at http://127.0.0.1:<port>/. Saves are merged into the
 * files, checked like `npm run check:content`, and refused with its messages when the content would be wrong.
 * Options: --port <n> (default 8081), --preview <address of npm run dev> (default http://localhost:4321).
 */
import './lib/project-root.ts';
import { parseArgs } from 'node:util';
import { startEditServer } from '../src/lib/cms/server.ts';
import { contentRoot } from '../src/lib/paths.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8081' }, preview: { type: 'string', default: 'http://localhost:4321' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`"--port ${values.port}" is not a port number (for example --port 8081)`);
  process.exit(1);
}
try {
  const s = await startEditServer({ root: contentRoot(), port, previewUrl: values.preview });
  console.log(
    `Form editor for ${contentRoot()}\n  open ${s.url}/ in your browser (Chromium, Firefox, Edge or Safari)\n  the page preview links to ${values.preview} (start npm run dev beside it)\n  stop with Ctrl-C. Saved files are not committed: review them with git diff, then commit.`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      void s.close().then(() => process.exit(0));
    });
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  console.error(
    err.code === 'EADDRINUSE'
      ? `Port ${port} is in use: is the editor already running? Or start it with --port <another number>.`
      : String(e),
  );
  process.exit(1);
}
