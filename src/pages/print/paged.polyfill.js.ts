/** Serves the Paged.js polyfill for the paginated preview of /print/ in `npm run dev` (the build removes /print/). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function GET() {
  // pagedjs comes with pagedjs-cli (same version as the PDF renderer); its package exports hide dist/, so find the folder.
  const require = createRequire(import.meta.url);
  const pagedMain = createRequire(require.resolve('pagedjs-cli')).resolve('pagedjs');
  const root = pagedMain.slice(0, pagedMain.lastIndexOf('/pagedjs/') + '/pagedjs/'.length);
  return new Response(readFileSync(join(root, 'dist', 'paged.polyfill.js')), {
    headers: { 'Content-Type': 'text/javascript' },
  });
}
