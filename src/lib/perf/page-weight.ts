/** Page weight of a built page: its HTML, the CSS it links and the fonts that CSS loads, raw and gzipped. */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

export interface PageWeight { page: string; html: number; css: number; fonts: number; js: number; total: number }

export const BUDGETS = {
  /** HTML + CSS + fonts of one task page, gzip, first load. */
  taskPageTotal: 75 * 1024,
  /** HTML of one task page, gzip. */
  taskPageHtml: 15 * 1024,
  /** All CSS, gzip. */
  allCss: 10 * 1024,
  /** Font weights shipped. */
  fontWeights: 2,
} as const;

/** The MIME types that make a <script> run (HTML's "JavaScript MIME type essence match"), plus "module". */
const JS_TYPES = new Set(['', 'module', 'application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript',
  'text/ecmascript', 'text/javascript', 'text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2', 'text/javascript1.3', 'text/javascript1.4',
  'text/javascript1.5', 'text/jscript', 'text/livescript', 'text/x-ecmascript', 'text/x-javascript']);

/**
 * Whether a <script> with these attributes runs: without a type, or with a JavaScript type or "module". Any other
 * type (JSON-LD: application/ld+json) is a data block that the browser never runs, so it is not JavaScript.
 */
export function isExecutableScript(attributes: string): boolean {
  const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(` ${attributes}`);
  const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').split(';')[0]!.trim().toLowerCase();
  return JS_TYPES.has(value);
}

/** The scripts of a page that run: their src (for a file) or their inline text. */
export function executableScripts(html: string): { src?: string; inline?: string }[] {
  const out: { src?: string; inline?: string }[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!isExecutableScript(m[1]!)) continue;
    const src = /\ssrc\s*=\s*"([^"]+)"/i.exec(` ${m[1]}`)?.[1];
    out.push(src ? { src } : { inline: m[2]! });
  }
  return out;
}

export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

/** Resolves an href/src against the page's URL path and returns the file in `dist`. */
function fileFor(dist: string, pagePath: string, ref: string): string {
  const path = ref.startsWith('/') ? ref : posix.join(posix.dirname(`/${pagePath}`), ref);
  return join(dist, decodeURIComponent(path.split(/[?#]/)[0]!));
}

/** Weighs one page (gzip sizes; woff2 fonts are already compressed and are counted as they are). */
export function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g)].map((m) => fileFor(dist, page, (m[1] ?? m[2])!));
  const scripts = executableScripts(html);
  const jsFiles = scripts.filter((s) => s.src).map((s) => fileFor(dist, page, s.src!));
  let css = 0;
  const fontFiles = new Set<string>();
  for (const f of cssFiles.filter(existsSync)) {
    const text = readFileSync(f, 'utf8');
    css += gzipSize(text);
    for (const m of text.matchAll(/url\(\s*['"]?([^)'"]+\.woff2)/g)) fontFiles.add(fileFor(dist, f.slice(dist.length + 1), m[1]!));
  }
  const fonts = [...fontFiles].filter(existsSync).reduce((n, f) => n + readFileSync(f).length, 0);
  // JavaScript that runs: files and inline scripts. JSON-LD is data and weighs as part of the HTML.
  const js = jsFiles.filter(existsSync).reduce((n, f) => n + gzipSize(readFileSync(f)), 0) + scripts.reduce((n, s) => n + (s.inline?.length ?? 0), 0);
  const htmlSize = gzipSize(html);
  return { page, html: htmlSize, css, fonts, js, total: htmlSize + css + fonts + js };
}

/** The worst `n` pages by one measure, as rows for a printed table. */
export function worst(weights: PageWeight[], key: keyof Omit<PageWeight, 'page'>, n = 5): { page: string; kB: string }[] {
  return [...weights].sort((a, b) => b[key] - a[key]).slice(0, n).map((w) => ({ page: w.page, kB: (w[key] / 1024).toFixed(1) }));
}
