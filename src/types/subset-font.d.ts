/** The parts of subset-font (HarfBuzz's subsetter compiled to wasm) and of its font-format converter fontverter that src/lib/build/subset-fonts.ts uses (the packages ship no types). */
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    /** OpenType layout features to keep (all when not given). */
    keepFeatures?: string[];
    /** Drops the TrueType hinting instructions. */
    noHinting?: boolean;
    dropTables?: string[];
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'fontverter' {
  export function convert(font: Buffer, toFormat: 'sfnt' | 'truetype' | 'woff' | 'woff2'): Promise<Buffer>;
}
