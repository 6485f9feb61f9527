/** Helpers for tests that read the built site in dist/ (built by `npm test` before vitest runs). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { walkFiles } from '../../src/lib/files.ts';
import { siteUrl } from '../../src/lib/site.ts';

export const DIST = resolve(import.meta.dirname, '../../dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ is missing: run "npm run build" first (npm test does this).');
  // The tests expect the address the build used (robots.txt names it): npm test builds and tests with one SITE_URL.
  const built = /^Sitemap: (\S+)\/sitemap\.xml$/m.exec(readFileSync(join(DIST, 'robots.txt'), 'utf8'))?.[1];
  if (built && built !== siteUrl()) {
    throw new Error(
      `dist/ was built for ${built}, but the tests run for ${siteUrl()}: run "npm test", or build and test with the same SITE_URL`,
    );
  }
}

/** Every file under dist/, as paths relative to dist/ with forward slashes. */
export function distFiles(filter: (path: string) => boolean = () => true): string[] {
  return walkFiles(DIST).filter(filter);
}

export function htmlPages(): string[] {
  return distFiles((p) => p.endsWith('.html') && !p.startsWith('pagefind/'));
}

export function read(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** The URL path of a built HTML file: tasks/x/index.html → /tasks/x/ */
export function urlOf(htmlFile: string): string {
  return `/${htmlFile.replace(/index\.html$/, '')}`;
}
