/** The parts of the font subsetting (src/lib/build/subset-fonts.ts) that read pages, stylesheets and scripts. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import {
  cssContentCharacters,
  fontCodePoints,
  htmlCharacters,
  isDrawn,
  KEPT_FEATURES,
  pageResources,
  plexFaces,
  SAFETY_MARGIN,
  scriptCharacters,
} from '../../src/lib/build/subset-fonts.ts';
import { fontFiles } from '../../src/lib/toolchain.ts';

const nonAscii = (s: Set<string>) =>
  [...s]
    .filter((c) => c.codePointAt(0)! > 0x7e)
    .sort()
    .join('');

describe('the characters a page shows', () => {
  it('reads text and attribute values, with character references decoded', () => {
    const html =
      '<p title="Bemærk">Gå til &#8211; &#x2014; &eacute;n &amp; &nbsp;side</p><img alt="Ø"><template><b>€</b></template>';
    expect(nonAscii(htmlCharacters(html))).toBe([...'\u00a0æåéØ–—€'].sort().join(''));
    expect(htmlCharacters('a&amp;b').has('&')).toBe(true);
  });

  it('reads the strings of CSS content declarations, with escapes, and nothing else', () => {
    expect(
      nonAscii(cssContentCharacters(`.a::before{content:'›'}.b::after{content:" \\2192  x"}.c{font-family:"Æble"}`)),
    ).toBe('›→');
    expect(nonAscii(cssContentCharacters('.d::before{content:attr(data-label) ": "}'))).toBe('');
  });

  it('reads scripts with their \\u and \\x escapes decoded', () => {
    expect(nonAscii(scriptCharacters('const a = "\\u00e6\\u{1F600}\\xf8" + "å";'))).toBe([...'æøå😀'].sort().join(''));
  });

  it('leaves white space, controls and format characters out of what must be drawn', () => {
    expect([' ', '\n', '\u00a0', '\u00ad', '\u200b'].filter(isDrawn)).toEqual([]);
    expect(['a', 'ø', '–', '€'].every(isDrawn)).toBe(true);
  });
});

describe('the stylesheets, scripts and fonts of a page', () => {
  it('finds linked stylesheets and scripts as files of the site, not other sites', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/Base.abc.css"><link href="../x.css" rel="stylesheet"><link rel="icon" href="/favicon.svg"><script src="https://example.com/a.js"></script><script src="/search.js" defer></script>';
    expect(pageResources('tasks/a/index.html', html)).toEqual({
      css: ['_astro/Base.abc.css', 'tasks/x.css'],
      js: ['search.js'],
    });
  });

  it('finds the IBM Plex Sans @font-face rules and their woff2 files, not the fallback faces', () => {
    const css =
      '@font-face{font-family:IBM Plex Sans;font-weight:600;src:url(/_astro/p-600.X.woff2)format("woff2"),url(/_astro/p-600.Y.woff)format("woff")}' +
      '@font-face{font-family:IBM Plex Sans Fallback;font-weight:400;src:local(Arial)}';
    expect(plexFaces('_astro/Base.css', css).map((f) => [f.weight, f.woff2])).toEqual([[600, '_astro/p-600.X.woff2']]);
  });
});

describe('subsetting IBM Plex Sans', () => {
  it('keeps the characters asked for and gives the same bytes each time', async () => {
    const full = readFileSync(fontFiles()[0]!.path);
    const subset = async () =>
      subsetFont(full, `${SAFETY_MARGIN}ÿ`, { targetFormat: 'woff2', noHinting: true, keepFeatures: KEPT_FEATURES });
    const [a, b] = [await subset(), await subset()];
    expect(Buffer.compare(a, b)).toBe(0);
    expect(a.length).toBeLessThan(full.length / 2);
    const cmap = await fontCodePoints(a);
    expect([...`${SAFETY_MARGIN}ÿ`].filter((c) => !cmap.has(c.codePointAt(0)!))).toEqual([]);
    expect(cmap.has('α'.codePointAt(0)!)).toBe(false);
  });
});
