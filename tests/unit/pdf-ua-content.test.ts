import { describe, expect, it } from 'vitest';
import { spaceAtLineEnds, spaceCode, tokenize, untaggedDrawing, wrapUntagged } from '../../src/lib/pdf/ua/content.ts';

describe('content stream tokens', () => {
  it('reads strings with escaped and nested parentheses, hex strings, dictionaries and operators', () => {
    const t = tokenize('/P <</MCID 3 >>BDC BT (a \\) (b) c) Tj <00AF> Tj ET EMC').map((x) => [x.text, x.operator]);
    expect(t).toEqual([
      ['/P', false],
      ['<<', false],
      ['/MCID', false],
      ['3', false],
      ['>>', false],
      ['BDC', true],
      ['BT', true],
      ['(a \\) (b) c)', false],
      ['Tj', true],
      ['<00AF>', false],
      ['Tj', true],
      ['ET', true],
      ['EMC', true],
    ]);
  });
});

describe('wrapUntagged', () => {
  it('marks a running head drawn outside the structure tree as an artifact and leaves tagged text alone', () => {
    const src = '/P <</MCID 0 >>BDC\nBT (Body) Tj ET\nEMC\nBT\n/F1 8 Tf\n(Page 1 of 3) Tj\nET';
    const { out, wrapped } = wrapUntagged(src);
    expect(wrapped).toBe(1);
    expect(out).toBe(
      '/P <</MCID 0 >>BDC\nBT (Body) Tj ET\nEMC\n/Artifact BMC\nBT\n/F1 8 Tf\n(Page 1 of 3) Tj\nET\nEMC',
    );
    expect(untaggedDrawing(src)).toBe(1);
    expect(untaggedDrawing(out)).toBe(0);
  });

  it('keeps q/Q and marked content properly nested: it wraps inside a saved state that also holds tagged content', () => {
    const src = 'q 1 0 0 1 0 0 cm 0 0 10 10 re f /Span <</MCID 1 >>BDC BT (x) Tj ET EMC Q 5 5 m 6 6 l S';
    const { out, wrapped } = wrapUntagged(src);
    expect(wrapped).toBe(2);
    expect(out).toBe(
      'q /Artifact BMC\n1 0 0 1 0 0 cm 0 0 10 10 re f\nEMC /Span <</MCID 1 >>BDC BT (x) Tj ET EMC Q /Artifact BMC\n5 5 m 6 6 l S\nEMC',
    );
    expect(untaggedDrawing(out)).toBe(0);
  });

  it('does not wrap state changes that draw nothing, and leaves a stream with an inline image unchanged', () => {
    expect(wrapUntagged('q 1 0 0 1 0 0 cm Q').wrapped).toBe(0);
    const inline = 'BI /W 1 /H 1 ID x EI';
    expect(wrapUntagged(inline)).toEqual({ out: inline, wrapped: 0 });
  });
});

describe('spaceAtLineEnds', () => {
  const space = (font: string) => (font === 'F1' ? '0003' : undefined);
  it('adds a space at the end of a wrapped line inside tagged text, not at the end of the last line', () => {
    const src =
      '/P <</MCID 0 >>BDC\nBT /F1 10 Tf 1 0 0 -1 10 100 Tm <0010> Tj ET\nBT /F1 10 Tf 1 0 0 -1 10 112 Tm <0011> Tj ET\nEMC';
    const { out, added } = spaceAtLineEnds(src, space);
    expect(added).toBe(1);
    expect(out).toBe(
      '/P <</MCID 0 >>BDC\nBT /F1 10 Tf 1 0 0 -1 10 100 Tm <0010> Tj <0003> Tj\nET\nBT /F1 10 Tf 1 0 0 -1 10 112 Tm <0011> Tj ET\nEMC',
    );
  });
  it('leaves a line that already ends with a space, text on the same baseline, artifacts and unknown fonts alone', () => {
    const same = 'BDC BT /F1 10 Tf 1 0 0 -1 10 100 Tm <0010> Tj ET BT /F1 10 Tf 1 0 0 -1 50 100 Tm <0011> Tj ET EMC';
    expect(spaceAtLineEnds(same, space).added).toBe(0);
    const ends =
      'BDC BT /F1 10 Tf 1 0 0 -1 10 100 Tm <00100003> Tj ET BT /F1 10 Tf 1 0 0 -1 10 112 Tm <0011> Tj ET EMC';
    expect(spaceAtLineEnds(ends, space).added).toBe(0);
    const untagged = 'BT /F1 10 Tf 1 0 0 -1 10 100 Tm <0010> Tj ET BT /F1 10 Tf 1 0 0 -1 10 112 Tm <0011> Tj ET';
    expect(spaceAtLineEnds(untagged, space).added).toBe(0);
    expect(spaceAtLineEnds(ends.replace(/F1/g, 'F2').replace('00100003', '0010'), space).added).toBe(0);
  });
});

describe('spaceCode', () => {
  it('finds the code for U+0020 in bfchar and in bfrange entries', () => {
    expect(spaceCode('2 beginbfchar <0001> <0061> <0106> <0020> endbfchar')).toBe('0106');
    expect(spaceCode('1 beginbfrange <0010> <0020> <001A> endbfrange')).toBe('0016');
    expect(spaceCode('1 beginbfchar <0001> <0061> endbfchar')).toBeUndefined();
  });
});
