/** Page weight of a built page: its HTML, the CSS it links and the fonts that CSS loads, raw and gzipped. */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  fonts: number;
  js: number;
  total: number;
}

export const BUDGETS = {
  /** HTML + CSS + fonts of one task page, first load as served: brotli copies, fonts as they are (issue #33). */
  taskPageFirstLoad: 32 * 1024,
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
const JS_TYPES = new Set([
  '',
  'module',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

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

/** The stylesheets a page links (files in `dist`). */
const linkedCss = (dist: string, page: string, html: string): string[] =>
  [
    ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g),
  ].map((m) => fileFor(dist, page, (m[1] ?? m[2])!));

/** The woff2 fonts a stylesheet loads (files in `dist`). */
const cssFonts = (dist: string, cssFile: string, css: string): string[] =>
  [...css.matchAll(/url\(\s*['"]?([^)'"]+\.woff2)/g)].map((m) => fileFor(dist, cssFile.slice(dist.length + 1), m[1]!));

/** Weighs one page (gzip sizes; woff2 fonts are already compressed and are counted as they are). */
export function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const cssFiles = linkedCss(dist, page, html);
  const scripts = executableScripts(html);
  const jsFiles = scripts.filter((s) => s.src).map((s) => fileFor(dist, page, s.src!));
  let css = 0;
  const fontFiles = new Set<string>();
  for (const f of cssFiles.filter(existsSync)) {
    const text = readFileSync(f, 'utf8');
    css += gzipSize(text);
    for (const font of cssFonts(dist, f, text)) fontFiles.add(font);
  }
  const fonts = [...fontFiles].filter(existsSync).reduce((n, f) => n + readFileSync(f).length, 0);
  // JavaScript that runs: files and inline scripts. JSON-LD is data and weighs as part of the HTML.
  const js =
    jsFiles.filter(existsSync).reduce((n, f) => n + gzipSize(readFileSync(f)), 0) +
    scripts.reduce((n, s) => n + (s.inline?.length ?? 0), 0);
  const htmlSize = gzipSize(html);
  return { page, html: htmlSize, css, fonts, js, total: htmlSize + css + fonts + js };
}

/** The bytes a server sends for a file of the built site: its brotli copy when the build wrote one (nginx brotli_static), else the file. */
export function servedSize(file: string): number {
  return statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size;
}

export interface FirstLoad {
  page: string;
  html: number;
  css: number;
  fonts: number;
  total: number;
}

/**
 * What a first visit to a page downloads before its text is drawn in IBM Plex Sans, as served (brotli copies; woff2
 * fonts as they are): the HTML, the stylesheets it links, and the fonts those load or the page preloads (every
 * woff2 of its stylesheets counts, as a page may use every weight).
 */
export function firstLoad(dist: string, page: string): FirstLoad {
  const html = readFileSync(join(dist, page), 'utf8');
  const cssFiles = linkedCss(dist, page, html).filter(existsSync);
  const fontFiles = new Set(cssFiles.flatMap((f) => cssFonts(dist, f, readFileSync(f, 'utf8'))));
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /\shref="([^"]+\.woff2)"/.exec(m[0])?.[1];
    if (href && /\srel="preload"/.test(m[0])) fontFiles.add(fileFor(dist, page, href));
  }
  const htmlSize = servedSize(join(dist, page));
  const css = cssFiles.reduce((n, f) => n + servedSize(f), 0);
  const fonts = [...fontFiles].filter(existsSync).reduce((n, f) => n + servedSize(f), 0);
  return { page, html: htmlSize, css, fonts, total: htmlSize + css + fonts };
}

/** The worst `n` pages by one measure, as rows for a printed table. */
export function worst(
  weights: PageWeight[],
  key: keyof Omit<PageWeight, 'page'>,
  n = 5,
): { page: string; kB: string }[] {
  return [...weights]
    .sort((a, b) => b[key] - a[key])
    .slice(0, n)
    .map((w) => ({ page: w.page, kB: (w[key] / 1024).toFixed(1) }));
}
