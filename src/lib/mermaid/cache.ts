/** A file cache of rendered Mermaid SVGs, keyed by a hash of the Mermaid source, the config and the Mermaid version. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { MERMAID_CONFIG } from './config.ts';

const require = createRequire(import.meta.url);
const mermaidVersion: string = (require('mermaid/package.json') as { version: string }).version;

export function cacheDir(): string { return resolve(process.env.MERMAID_CACHE_DIR ?? '.cache/mermaid'); }

/** The cache key of a diagram. The same source always gives the same key. */
export function diagramHash(source: string): string {
  return createHash('sha256').update(JSON.stringify([source.trim(), MERMAID_CONFIG, mermaidVersion])).digest('hex').slice(0, 16);
}

/** A DOM id that is unique per diagram, so the `#id` selectors in each SVG's <style> never collide. */
export function diagramId(source: string): string { return `mermaid-${diagramHash(source)}`; }

export function readCachedSvg(source: string): string | undefined {
  const file = join(cacheDir(), `${diagramHash(source)}.svg`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export function writeCachedSvg(source: string, svg: string): void {
  mkdirSync(cacheDir(), { recursive: true });
  writeFileSync(join(cacheDir(), `${diagramHash(source)}.svg`), svg);
}
