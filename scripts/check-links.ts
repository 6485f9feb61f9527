/** `npm run check:links`: every internal link, fragment and asset in dist/ must resolve. Fails naming the page and the link. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkInternalLinks } from '../src/lib/checks/internal-links.ts';
import { serveStatic } from '../src/lib/static-server.ts';
import { outDir } from '../src/lib/paths.ts';

const dist = outDir();
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`✗ ${dist} has no site. Run "npm run build" first.`);
  process.exit(1);
}
const site = await serveStatic(dist);
try {
  const { checked, broken } = await checkInternalLinks(site.url);
  if (broken.length) {
    for (const b of broken) console.error(`✗ broken link on ${b.parent || '/'}: ${b.url}${b.status ? ` (HTTP ${b.status})` : ''}`);
    console.error(`\n${broken.length} broken internal link(s). Fix the link in the page's Markdown, or the page it points to.`);
    process.exitCode = 1;
  } else {
    console.log(`✓ ${checked} internal links, fragments and assets resolve.`);
  }
} finally {
  await site.close();
}
