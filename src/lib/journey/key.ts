/**
 * The key to the journey picture: what an arrow, a dark box, a dashed box and an "or" circle mean.
 * One list, drawn as HTML on the site and in the PDF, and as SVG in the downloadable graphic and on the poster.
 */
export type KeySymbol = 'arrow' | 'key' | 'optional' | 'or';
export interface KeyItem {
  symbol: KeySymbol;
  text: string;
}

export const JOURNEY_KEY: KeyItem[] = [
  { symbol: 'arrow', text: 'Do this first: the arrow points to what comes next' },
  { symbol: 'key', text: 'A digital key: most other steps need it' },
  { symbol: 'optional', text: 'Optional' },
  { symbol: 'or', text: 'One of the steps that lead into the circle is enough' },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A 44 × 24 drawing of one symbol, in the diagram's own colours. */
export function keySymbolSvg(symbol: KeySymbol, or = 'or'): string {
  switch (symbol) {
    case 'arrow':
      return '<path d="M4 12H36" stroke="#4d4d4d" stroke-width="2" fill="none"/><path d="M34 7L42 12L34 17Z" fill="#4d4d4d"/>';
    case 'key':
      return '<rect x="2" y="3" width="40" height="18" fill="#002e5c" stroke="#002e5c" stroke-width="2"/>';
    case 'optional':
      return '<rect x="2" y="3" width="40" height="18" fill="#e8f1fb" stroke="#0059b3" stroke-width="1.5" stroke-dasharray="4 3"/>';
    case 'or':
      return `<circle cx="22" cy="12" r="11" fill="#ffffff" stroke="#1a1a1a" stroke-width="2"/><text x="22" y="${or.length > 3 ? 15 : 17}" text-anchor="middle" font-size="${or.length > 3 ? 9 : 14}" font-family="IBM Plex Sans, Arial, sans-serif" fill="#1a1a1a">${esc(or)}</text>`;
  }
}

/** The key as one SVG group, laid out in a row from (x, y); returns the markup and the height it takes. */
export function keySvg(x: number, y: number, fontSize: number, width: number): { svg: string; height: number } {
  const scale = fontSize / 15;
  const itemHeight = 30 * scale;
  let cx = 0;
  let row = 0;
  const parts: string[] = [];
  for (const item of JOURNEY_KEY) {
    // Roughly 0.55 em per character for IBM Plex Sans; a row wraps before it would run past `width`.
    const w = (56 + item.text.length * 8.3) * scale + 24 * scale;
    if (cx > 0 && cx + w > width) {
      cx = 0;
      row++;
    }
    parts.push(
      `<g transform="translate(${(x + cx).toFixed(1)} ${(y + row * itemHeight).toFixed(1)}) scale(${scale.toFixed(3)})">${keySymbolSvg(item.symbol)}<text x="52" y="17" font-size="15" font-family="IBM Plex Sans, Arial, sans-serif" fill="#1a1a1a">${esc(item.text)}</text></g>`,
    );
    cx += w;
  }
  return {
    svg: `<g class="journey-key" role="list" aria-label="Key">${parts.map((p) => p.replace('<g ', '<g role="listitem" ')).join('')}</g>`,
    height: (row + 1) * itemHeight,
  };
}
