/**
 * Copies each released edition's PDFs from releases/ into the site (dist/editions/<edition>/), so they stay
 * downloadable. The edition being released takes its PDF from this build. Runs after the PDF step.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { listEditions } from '../../src/lib/release/editions.ts';

export function copyEditionFiles(site: string): string {
  let n = 0;
  for (const e of listEditions()) {
    for (const file of [e.pdf, e.danishPdf, e.poster]) {
      if (!file || (e.pending && !existsSync(join(site, file)))) continue;
      mkdirSync(join(site, 'editions', e.id), { recursive: true });
      copyFileSync(e.pending ? join(site, file) : join(e.dir, file), join(site, 'editions', e.id, file));
      n++;
    }
  }
  return `${n} file(s)`;
}
