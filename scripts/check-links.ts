/** `npm run check:links`: every internal link, fragment and asset in dist/ must resolve. Fails naming the page and the link. */
import './lib/project-root.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { pdfLinks, siteTarget } from '../src/lib/checks/pdf-links.ts';
import { siteUrl } from '../src/lib/site.ts';
import { join } from 'node:path';
import { checkInternalLinks } from '../src/lib/checks/internal-links.ts';
import { serveFolder } from '../src/lib/local-file-server.ts';
import { outDir } from '../src/lib/paths.ts';

const dist = outDir();
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`✗ ${dist} has no site. Run "npm run build" first.`);
  process.exit(1);
}
const site = await serveFolder(dist);
try {
  const { checked, broken } = await checkInternalLinks(site.url);
  // Links inside the PDFs: every link into the site must reach a built page and fragment.
  let pdfChecked = 0;
  for (const pdf of readdirSync(dist).filter((f) => f.endsWith('.pdf'))) {
    const doc = await PDFDocument.load(readFileSync(join(dist, pdf)));
    for (const link of pdfLinks(doc)) {
      const target = link.uri ? siteTarget(link.uri, siteUrl()) : undefined;
      if (!target) continue;
      pdfChecked++;
      const file = join(dist, target.file);
      const ok =
        existsSync(file) && (!target.fragment || readFileSync(file, 'utf8').includes(`id="${target.fragment}"`));
      if (!ok) broken.push({ url: link.uri!, parent: `${pdf} page ${link.page}` });
    }
  }
  if (broken.length) {
    for (const b of broken)
      console.error(`✗ broken link on ${b.parent || '/'}: ${b.url}${b.status ? ` (HTTP ${b.status})` : ''}`);
    console.error(
      `\n${broken.length} broken internal link(s). Fix the link in the page's Markdown, or the page it points to.`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `✓ ${checked} internal links, fragments and assets resolve, and ${pdfChecked} links from the PDFs into the site.`,
    );
  }
} finally {
  await site.close();
}
