/**
 * The website's fonts are IBM Plex Sans cut to the characters the site uses (src/lib/build/subset-fonts.ts). No page may
 * lose a character to that: every character of every page, and of the `content:` strings of the stylesheets it links,
 * must be in the fonts the page loads, as their cmap says (read by HarfBuzz). The few characters that IBM Plex Sans
 * itself lacks (FALLBACK_CHARACTERS) are drawn in the fallback font, as they were with the full fonts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cssContentCharacters,
  FALLBACK_CHARACTERS,
  fontCodePoints,
  htmlCharacters,
  isDrawn,
  isPagefindFile,
  isWebsitePage,
  pageResources,
  plexFaces,
  SAFETY_MARGIN,
} from '../../src/lib/build/subset-fonts.ts';
import { fontFiles } from '../../src/lib/toolchain.ts';
import { DIST, htmlPages, read, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

const codePoints = new Map<string, Promise<Set<number>>>();
const cmapOf = (file: string) => {
  if (!codePoints.has(file)) codePoints.set(file, fontCodePoints(readFileSync(join(DIST, file))));
  return codePoints.get(file)!;
};
const label = (c: string) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Each page with the IBM Plex Sans faces of the stylesheets it links and the characters it shows. */
function pagesWithFonts() {
  return htmlPages().map((page) => {
    const html = read(page);
    const chars = htmlCharacters(html);
    // Pagefind's search box is set in the system's font (pagefind-ui.css), not in IBM Plex Sans.
    const faces = pageResources(page, html)
      .css.filter((css) => !isPagefindFile(css))
      .flatMap((css) => {
        const text = read(css);
        cssContentCharacters(text, chars);
        return plexFaces(css, text);
      });
    return { page, chars, faces };
  });
}

describe('web fonts cut to the characters of the site', () => {
  it('every character of every page and of its CSS content strings is in the fonts it loads (both weights)', async () => {
    const pages = pagesWithFonts();
    expect(pages.length).toBeGreaterThan(100);
    const missing = new Map<string, Set<string>>(); // "character in weight" → pages
    for (const { page, chars, faces } of pages) {
      expect(faces.map((f) => f.weight).sort(), `${page} loads IBM Plex Sans 400 and 600`).toEqual([400, 600]);
      for (const face of faces) {
        const cmap = await cmapOf(face.woff2);
        for (const c of chars) {
          if (!isDrawn(c) || FALLBACK_CHARACTERS.includes(c) || cmap.has(c.codePointAt(0)!)) continue;
          const key = `${label(c)} (${face.weight})`;
          missing.set(key, new Set([...(missing.get(key) ?? []), page]));
        }
      }
    }
    const report = [...missing].map(([char, on]) => `${char} on ${on.size} page(s): ${[...on].slice(0, 3).join(', ')}`);
    expect(
      report,
      'characters the fonts lack: add them to the fonts (src/lib/build/subset-fonts.ts) or write them differently',
    ).toEqual([]);
  });

  it('the characters left to the fallback font are really not in IBM Plex Sans (else they belong in the subsets)', async () => {
    for (const { weight, path } of fontFiles()) {
      const cmap = await fontCodePoints(readFileSync(path));
      expect(
        [...FALLBACK_CHARACTERS].filter((c) => cmap.has(c.codePointAt(0)!)).map(label),
        `IBM Plex Sans ${weight}`,
      ).toEqual([]);
    }
  });

  it('the website loads the subsets, not the full fonts: each smaller, with the whole safety margin', async () => {
    // The print pages (kept by a build with --no-pdf) load the full fonts: the PDFs must have every character.
    const used = new Set(
      pagesWithFonts()
        .filter((p) => isWebsitePage(p.page))
        .flatMap((p) => p.faces.map((f) => f.woff2)),
    );
    expect(
      [...used].every((f) => /-subset\.[\w-]{8}\.woff2$/.test(f)),
      [...used].join(', '),
    ).toBe(true);
    expect(used.size).toBe(2);
    const full = new Map(fontFiles().map((f) => [f.weight, readFileSync(f.path)]));
    for (const file of used) {
      const weight = Number(/latin-(\d+)-/.exec(file)![1]);
      expect(readFileSync(join(DIST, file)).length, file).toBeLessThan(full.get(weight)!.length * 0.6);
      const cmap = await cmapOf(file);
      expect([...SAFETY_MARGIN].filter((c) => !cmap.has(c.codePointAt(0)!)).map(label), file).toEqual([]);
    }
  });
});
