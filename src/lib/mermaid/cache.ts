/** A file cache of rendered Mermaid SVGs, keyed by a hash of the Mermaid source, the config and the Mermaid version. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { MERMAID_CONFIG } from './config.ts';
import { checkTree } from '../checks/output-policy.ts';
import { mermaidCacheDir } from '../context.ts';

const require = createRequire(import.meta.url);
const mermaidVersion: string = (require('mermaid/package.json') as { version: string }).version;

export function cacheDir(): string {
  return mermaidCacheDir();
}

/** What render.ts does to Mermaid's SVG after rendering; change it when that changes, so old entries are drawn again. */
const POST_PROCESSING =
  "subgraphs in written order; a subgraph's title node drawn as its title; top-to-bottom titles clear of arrows";

/** The cache key of a diagram. The same source always gives the same key. */
export function diagramHash(source: string): string {
  return createHash('sha256')
    .update(JSON.stringify([source.trim(), MERMAID_CONFIG, mermaidVersion, POST_PROCESSING]))
    .digest('hex')
    .slice(0, 16);
}

/** A DOM id that is unique per diagram, so the `#id` selectors in each SVG's <style> never collide. */
export function diagramId(source: string): string {
  return `mermaid-${diagramHash(source)}`;
}

/**
 * A cached SVG, only if it is whole and safe: its SHA-256 matches the one sealed into the entry (a truncated or edited
 * entry is ignored and drawn again), it is one <svg> element, and it has no script, event handler or outside link.
 */
export function readCachedSvg(source: string): string | undefined {
  const file = join(cacheDir(), `${diagramHash(source)}.svg`);
  if (!existsSync(file)) return undefined;
  const m = SEAL.exec(readFileSync(file, 'utf8'));
  if (!m || sha256(m[1]!) !== m[2]) return undefined;
  return isSafeSvg(m[1]!) ? m[1]! : undefined;
}

export function writeCachedSvg(source: string, svg: string): void {
  if (!isSafeSvg(svg))
    throw new Error('Mermaid produced an SVG with a script, an event handler or an outside link; it was not used.');
  mkdirSync(cacheDir(), { recursive: true });
  const file = join(cacheDir(), `${diagramHash(source)}.svg`);
  // One file, written whole and renamed into place, so a build running at the same time never reads half an entry.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${svg}\n<!-- sha256:${sha256(svg)} -->\n`);
  renameSync(tmp, file);
}

/** A cache entry: the SVG, then a comment with its SHA-256. */
const SEAL = /^([\s\S]*)\n<!-- sha256:([0-9a-f]{64}) -->\n$/;

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** One <svg> root, and nothing the output policy forbids (links may only stay on the site or go to official hosts later). */
function isSafeSvg(svg: string): boolean {
  const tree = fromHtml(svg, { fragment: true, space: 'svg' });
  const roots = tree.children.filter((c) => c.type === 'element');
  if (roots.length !== 1 || (roots[0] as { tagName: string }).tagName !== 'svg') return false;
  const policy = { official: { domains: [], exceptions: [] }, siteUrl: '', allowedScripts: () => false };
  // Diagram links are site paths or the site's absolute address; an outside host is checked later against the allow-list.
  return checkTree(tree, 'diagram.svg', policy).every((v) => / which is not an official domain$/.test(v.message));
}
