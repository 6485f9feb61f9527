/**
 * Cuts the website's IBM Plex Sans (400 and 600) down to the characters its pages use, so that a page's first load is
 * small (issue #33). Runs on the built site, after the PDFs are printed (the PDFs and the print pages keep the full
 * fonts): it reads every page's text, attribute values, the `content:` strings of the site's CSS and the site's own
 * scripts, adds a safety margin (basic Latin, the Danish and common Western European letters, typographic punctuation),
 * and writes the subset fonts with HarfBuzz (the npm package subset-font: HarfBuzz compiled to wasm) under content-hashed
 * names. The @font-face rules of the site's stylesheets then point at them, and each changed stylesheet gets a new
 * content-hashed name (the /_astro/ folder is cached as immutable), which the pages are updated to link.
 * Same input, same output: HarfBuzz's subsetter is deterministic and nothing here depends on the order of files.
 * tests/build/fonts.test.ts checks that every character of every page is in the fonts that page loads.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import subsetFont from 'subset-font';
import { convert } from 'fontverter';
import { walkFiles } from '../files.ts';

/**
 * Kept in every subset whether the pages use them today or not, so that a small content change rarely changes the
 * fonts: printable ASCII; no-break space, soft hyphen and common Latin-1 signs; the Danish, Norwegian, Swedish, German,
 * French and Spanish letters of names and places; typographic quotes, dashes, ellipsis, bullet, euro and minus.
 */
export const SAFETY_MARGIN = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...'\u00a0\u00ad«»§°±·½×©',
  ...'ÆØÅæøåÄÖÜäöüßÉéÈèÊêËëÁáÀàÂâÓóÒòÔôÚúÍíÏïÇçÑñ',
  ...'‘’‚“”„–—…•€−',
].join('');

/**
 * Characters the site uses that IBM Plex Sans (as packaged in @fontsource/ibm-plex-sans) does not have, so no subset
 * can have them: the browser draws them in the next font of the stack, as it did with the full fonts. Today the arrows
 * of the step navigation (site.css: `content: '← '` and `' →'`). Anything else missing is an error in the font test.
 */
export const FALLBACK_CHARACTERS = '←→';

/**
 * The OpenType features the subsets keep: those browsers apply by default (kerning, ligatures, contextual alternates,
 * localised forms, composition, mark positioning) and `tnum`, which the site's CSS asks for (`font-variant-numeric:
 * tabular-nums` on the timeline's dates). The others (stylistic sets, fractions, superiors, …) would pull in glyphs no
 * page shows.
 */
export const KEPT_FEATURES = ['kern', 'liga', 'clig', 'calt', 'locl', 'ccmp', 'mark', 'mkmk', 'rlig', 'rclt', 'tnum'];

/** Whether a character is drawn with a glyph (not white space, a control or a format character such as a soft hyphen). */
export const isDrawn = (c: string): boolean => !/^[\p{White_Space}\p{Cc}\p{Cf}]$/u.test(c);

const codePoint = (hex: string, radix = 16): string => {
  const cp = parseInt(hex, radix);
  return cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\ufffd' : String.fromCodePoint(cp);
};

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** A named character reference (`&eacute;` → é): the usual ones from a table, any other through the HTML parser. */
function named(name: string): string {
  if (!(name in NAMED)) {
    const node = fromHtml(`&${name};`, { fragment: true }).children[0];
    NAMED[name] = node?.type === 'text' ? node.value : `&${name};`;
  }
  return NAMED[name]!;
}

/**
 * The characters of a page that a browser may draw: every character of its source, with the character references
 * (`&amp;`, `&#8211;`, `&eacute;`) decoded. So its text and attribute values, and a little more (tag names, comments),
 * which costs nothing: those are ASCII, all of which the fonts keep anyway. A regular expression, not a parse: the
 * site's 600 pages (21 MB, most of it the household checklists) take 0.3 s instead of 7 s.
 */
export function htmlCharacters(html: string, into = new Set<string>()): Set<string> {
  const ascii = new Uint8Array(128);
  for (let i = 0; i < html.length; i++) {
    const u = html.charCodeAt(i);
    if (u < 128) ascii[u] = 1;
  }
  ascii.forEach((seen, u) => {
    if (seen) into.add(String.fromCharCode(u));
  });
  for (const m of html.matchAll(/[^\x00-\x7f]|&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z][a-zA-Z\d]*));/gu)) {
    const text = m[1] ? codePoint(m[1], 10) : m[2] ? codePoint(m[2]) : m[3] ? named(m[3]) : m[0];
    for (const c of text) into.add(c);
  }
  return into;
}

/** The characters of the quoted strings in a stylesheet's `content:` declarations, with CSS escapes decoded. */
export function cssContentCharacters(css: string, into = new Set<string>()): Set<string> {
  const quoted = /"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'/g;
  for (const decl of css.matchAll(
    /(?:^|[;{\s])content\s*:((?:"(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\]|\\[\s\S])*'|[^;}"'])*)/g,
  )) {
    for (const s of decl[1]!.matchAll(quoted)) {
      const text = (s[1] ?? s[2]!).replace(
        /\\([0-9a-fA-F]{1,6})[ \t\n]?|\\\n|\\([\s\S])/g,
        (_, hex?: string, ch?: string) => (hex ? codePoint(hex) : (ch ?? '')),
      );
      for (const c of text) into.add(c);
    }
  }
  return into;
}

/** The characters of a script, with its \u and \x escapes decoded (a bundler may write non-ASCII text as escapes). */
export function scriptCharacters(js: string, into = new Set<string>()): Set<string> {
  for (const c of js) into.add(c);
  for (const m of js.matchAll(/\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g))
    into.add(codePoint((m[1] ?? m[2] ?? m[3])!));
  return into;
}

/** The Unicode code points a font file (woff2, woff or TrueType) maps to glyphs, read from its cmap by HarfBuzz. */
export async function fontCodePoints(font: Buffer): Promise<Set<number>> {
  // harfbuzzjs comes with subset-font; loaded here only, as it starts its wasm module when imported.
  const { Blob, Face } = await import('harfbuzzjs');
  return new Set(new Face(new Blob(await convert(font, 'truetype')), 0).collectUnicodes());
}

/** A URL of a page or stylesheet, as a path relative to the site's folder (forward slashes), or undefined if external. */
export function siteFileFor(fromFile: string, ref: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) return undefined;
  const path = ref.startsWith('/') ? ref : posix.join(posix.dirname(`/${fromFile}`), ref);
  return decodeURIComponent(posix.normalize(path.split(/[?#]/)[0]!)).replace(/^\/+/, '');
}

/** The stylesheets and scripts a page links (as site files). */
export function pageResources(page: string, html: string): { css: string[]; js: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\srel\s*=\s*["']?[^"'>]*\bstylesheet\b/i.test(m[0])) continue;
    const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[0]);
    const file = href && siteFileFor(page, (href[1] ?? href[2] ?? href[3])!);
    if (file) css.push(file);
  }
  for (const m of html.matchAll(/<script\b[^>]*\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const file = siteFileFor(page, (m[1] ?? m[2] ?? m[3])!);
    if (file) js.push(file);
  }
  return { css, js };
}

/** One @font-face rule for IBM Plex Sans in a stylesheet: the rule's text, its weight and its woff2 file. */
export interface PlexFace {
  rule: string;
  weight: number;
  woff2: string;
  url: string;
}

/** The IBM Plex Sans @font-face rules of a stylesheet that load a woff2 file of the site. */
export function plexFaces(cssFile: string, css: string): PlexFace[] {
  const out: PlexFace[] = [];
  for (const m of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
    const rule = m[0];
    if (!/font-family\s*:\s*["']?IBM Plex Sans["']?\s*[;}]/i.test(rule)) continue;
    const url = /url\(\s*["']?([^)"']+\.woff2)["']?\s*\)/.exec(rule)?.[1];
    const woff2 = url && siteFileFor(cssFile, url);
    if (!url || !woff2) continue;
    out.push({ rule, url, woff2, weight: Number(/font-weight\s*:\s*(\d+)/.exec(rule)?.[1] ?? 400) });
  }
  return out;
}

const shortHash = (data: string | Buffer): string => createHash('sha256').update(data).digest('base64url').slice(0, 8);
/** `name.HASH.ext` (Astro's names) or `name.ext` → `name<suffix>.NEWHASH.ext`. */
const hashedName = (file: string, suffix: string, data: string | Buffer): string => {
  const m = /^(.*?)(?:\.[\w-]{8})?\.(\w+)$/.exec(file)!;
  return `${m[1]}${suffix}.${shortHash(data)}.${m[2]}`;
};

/** Pagefind's search box sets its own font (the system's): its stylesheet and script do not decide the subsets. */
export const isPagefindFile = (file: string): boolean => file.startsWith('pagefind/');

/** The website's pages: every built page except the print routes (printed with full fonts) and Pagefind's files. */
export const isWebsitePage = (file: string): boolean => file.endsWith('.html') && !/^(print|pagefind)\//.test(file);

/** The characters that decide a subset: the pages', the stylesheets' `content:` strings and the scripts'. */
export function siteCharacters(
  dir: string,
  pages: readonly string[],
  cssFiles: readonly string[],
  jsFiles: readonly string[],
): Set<string> {
  const chars = new Set<string>();
  for (const page of pages) htmlCharacters(readFileSync(join(dir, page), 'utf8'), chars);
  for (const css of cssFiles) cssContentCharacters(readFileSync(join(dir, css), 'utf8'), chars);
  for (const js of jsFiles) scriptCharacters(readFileSync(join(dir, js), 'utf8'), chars);
  return chars;
}

export interface SubsetReport {
  /** Per weight: the full font's and the subset's size in bytes, and the subset's file. */
  fonts: { weight: number; from: number; to: number; file: string }[];
  characters: number;
  pages: number;
  /** Characters the pages use that the full font lacks (drawn in a fallback font). */
  notInFont: string[];
  /** Stylesheets that the print pages link too: left with the full fonts. */
  shared: string[];
}

/** Subsets the web fonts of the built site in `dir` (see the top of this file). Returns what it did. */
export async function subsetSiteFonts(dir: string): Promise<SubsetReport> {
  const files = walkFiles(dir);
  const pages = files.filter(isWebsitePage);
  const printCss = new Set<string>();
  const siteCss = new Set<string>();
  const siteJs = new Set<string>();
  const linking = new Map<string, string[]>();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const { css, js } = pageResources(file, readFileSync(join(dir, file), 'utf8'));
    for (const c of css.filter((f) => !isPagefindFile(f))) {
      (isWebsitePage(file) ? siteCss : printCss).add(c);
      linking.set(c, [...(linking.get(c) ?? []), file]);
    }
    if (isWebsitePage(file)) for (const j of js) if (!isPagefindFile(j)) siteJs.add(j);
  }
  const existing = (f: string) => existsSync(join(dir, f));
  const stylesheets = [...siteCss].filter(existing).sort();
  const shared = stylesheets.filter((f) => printCss.has(f));
  const targets = stylesheets.filter(
    (f) => !printCss.has(f) && plexFaces(f, readFileSync(join(dir, f), 'utf8')).length > 0,
  );

  const used = siteCharacters(dir, pages, stylesheets, [...siteJs].filter(existing).sort());
  const text = [...new Set([...used, ...SAFETY_MARGIN])].sort().join('');
  const report: SubsetReport = { fonts: [], characters: 0, pages: pages.length, notInFont: [], shared };

  const subsets = new Map<string, string>(); // full woff2 file → subset file
  const renamed = new Map<string, string>(); // old stylesheet basename → new basename
  for (const cssFile of targets) {
    let css = readFileSync(join(dir, cssFile), 'utf8');
    for (const face of plexFaces(cssFile, css)) {
      let subset = subsets.get(face.woff2);
      if (!subset) {
        const full = readFileSync(join(dir, face.woff2));
        const out = await subsetFont(full, text, {
          targetFormat: 'woff2',
          noHinting: true,
          keepFeatures: KEPT_FEATURES,
        });
        subset = posix.join(posix.dirname(face.woff2), hashedName(posix.basename(face.woff2), '-subset', out));
        writeFileSync(join(dir, subset), out);
        subsets.set(face.woff2, subset);
        const inFull = await fontCodePoints(full);
        report.characters = Math.max(report.characters, (await fontCodePoints(out)).size);
        report.notInFont = [
          ...new Set([...report.notInFont, ...[...used].filter((c) => isDrawn(c) && !inFull.has(c.codePointAt(0)!))]),
        ].sort();
        report.fonts.push({ weight: face.weight, from: full.length, to: out.length, file: subset });
      }
      const url = posix.join(posix.dirname(face.url), posix.basename(subset));
      // The woff2 subset only: the browsers that cannot read woff2 (and would take the woff) draw the fallback font.
      const rule = face.rule.replace(/src\s*:[^;}]*/, `src:url(${url})format("woff2")`);
      css = css.replace(face.rule, () => rule);
    }
    const newFile = posix.join(posix.dirname(cssFile), hashedName(posix.basename(cssFile), '', css));
    writeFileSync(join(dir, newFile), css);
    if (newFile !== cssFile) rmSync(join(dir, cssFile));
    renamed.set(posix.basename(cssFile), posix.basename(newFile));
  }

  // Link the renamed stylesheets: the pages that linked them (hashed names are unique, so the name is replaced as it is).
  for (const [cssFile, oldName] of targets.map((f) => [f, posix.basename(f)] as const)) {
    for (const page of linking.get(cssFile) ?? []) {
      const html = readFileSync(join(dir, page), 'utf8');
      writeFileSync(join(dir, page), html.split(oldName).join(renamed.get(oldName)));
    }
  }
  report.fonts.sort((a, b) => a.weight - b.weight);
  return report;
}

/** One line for the build log. */
export function describeSubsets(r: SubsetReport): string {
  if (!r.fonts.length) return "no IBM Plex Sans @font-face rules in the site's stylesheets: nothing to do";
  const sizes = r.fonts
    .map((f) => `${f.weight} ${(f.from / 1024).toFixed(1)} → ${(f.to / 1024).toFixed(1)} KB`)
    .join(', ');
  const missing = r.notInFont.length
    ? `; not in IBM Plex Sans, drawn in the fallback font: ${r.notInFont.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(' ')}`
    : '';
  const shared = r.shared.length
    ? `; left with the full fonts (also linked by the print pages): ${r.shared.join(', ')}`
    : '';
  return `IBM Plex Sans ${sizes}, ${r.characters} characters, from ${r.pages} pages${missing}${shared}`;
}
