import { describe, expect, it } from 'vitest';
import { sortByDanish, sortByEnglish } from '../../src/lib/glossary/sort.ts';
import { glossaryCsv, glossaryTbx } from '../../src/lib/glossary/export.ts';
import type { Term } from '../../src/lib/model.ts';

const t = (danish: string, english: string): Term => ({
  slug: english.toLowerCase().replace(/\W+/g, '-'),
  anchor: 'a',
  file: 'f',
  rank: 1,
  danish,
  danishVariants: [],
  english,
  variants: [],
  avoid: [],
  danishAvoid: [],
  sources: [],
  definition: 'A "quoted", text',
  authority: 'm',
  url: 'https://x.dk/',
  related: [],
  lastReviewed: '2026-01-01',
});

describe('glossary sorting', () => {
  it('sorts Danish terms with æ, ø and å after z', () => {
    const sorted = sortByDanish([
      t('årsopgørelse', 'a'),
      t('zebra', 'b'),
      t('øre', 'c'),
      t('ærme', 'd'),
      t('Borgerservice', 'e'),
    ]);
    expect(sorted.map((x) => x.danish)).toEqual(['Borgerservice', 'zebra', 'ærme', 'øre', 'årsopgørelse']);
  });
  it('sorts by English term, ignoring case', () => {
    expect(sortByEnglish([t('a', 'tax card'), t('b', 'CPR number'), t('c', 'MitID')]).map((x) => x.english)).toEqual([
      'CPR number',
      'MitID',
      'tax card',
    ]);
  });
});

describe('glossary exports', () => {
  it('writes CSV with a BOM, CRLF line ends, quoting and Danish letters intact', () => {
    const csv = glossaryCsv(
      [t('årsopgørelse', 'tax assessment notice')],
      new Map([
        [
          'm',
          { id: 'm', name: 'Skat, DK', workingGroup: false, kind: 'authority' as const, services: [], sources: [] },
        ],
      ]),
    );
    expect(csv.startsWith('\uFEFFrank,danish,')).toBe(true);
    const [, row] = csv.split('\r\n');
    expect(row).toBe('1,årsopgørelse,,tax assessment notice,,"A ""quoted"", text","Skat, DK",https://x.dk/,');
  });
  it('writes TBX with escaped XML and the Danish and English language sections', () => {
    const tbx = glossaryTbx([t('a<b', 'x & y')], '2026-Q4');
    expect(tbx).toContain('<term>a&lt;b</term>');
    expect(tbx).toContain('<term>x &amp; y</term>');
    expect(tbx).toContain('xml:lang="da"');
  });
});

describe('CSV cells', () => {
  it('neutralises spreadsheet formulas and quotes separators', async () => {
    const { csvCell } = await import('../../src/lib/text.ts');
    expect(csvCell('=HYPERLINK("https://evil.example","x")')).toBe(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    for (const f of ['+1', '-1+2', '@SUM(A1)', '\tx']) expect(csvCell(f).replace(/^"/, '').startsWith(`'`)).toBe(true);
    expect(csvCell(5)).toBe('5');
    expect(csvCell('MitID')).toBe('MitID');
  });
});
