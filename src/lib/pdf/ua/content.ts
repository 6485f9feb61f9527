/**
 * Content streams, read as operations: marks everything Chromium drew outside the structure tree (running heads,
 * page numbers, borders, backgrounds, the diagram's lines) as an artifact, as PDF/UA requires: all content is either
 * tagged or an artifact. Only the page's own content stream is changed; tagged content is never touched.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  operator: boolean;
}

// Character classes by char code (a content stream is read as latin1, so every code is below 256).
const SPACE = 1;
const DELIMITER = 2;
const CLASS = new Uint8Array(256);
for (const c of [' ', '\n', '\r', '\t', '\f', '\0']) CLASS[c.charCodeAt(0)] = SPACE;
for (const c of ['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']) CLASS[c.charCodeAt(0)] = DELIMITER;
const classOf = (code: number) => (code < 256 ? CLASS[code]! : 0);
const [PAREN_OPEN, PAREN_CLOSE, LT, GT, SLASH, PERCENT, BACKSLASH, NEWLINE, RETURN] = [
  '(',
  ')',
  '<',
  '>',
  '/',
  '%',
  '\\',
  '\n',
  '\r',
].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number, number, number, number];
const [BRACKET_OPEN, BRACKET_CLOSE, BRACE_OPEN, BRACE_CLOSE] = ['[', ']', '{', '}'].map((c) => c.charCodeAt(0)) as [
  number,
  number,
  number,
  number,
];

/** Whether a bare word is a number: `[+-]?(\d+\.?\d*|\.\d+)`. */
function isNumber(src: string, start: number, end: number): boolean {
  let i = start;
  const c0 = src.charCodeAt(i);
  if (c0 === 43 || c0 === 45) i++; // + -
  let digits = 0;
  while (i < end && src.charCodeAt(i) >= 48 && src.charCodeAt(i) <= 57) {
    i++;
    digits++;
  }
  if (i < end && src.charCodeAt(i) === 46) {
    // .
    i++;
    let after = 0;
    while (i < end && src.charCodeAt(i) >= 48 && src.charCodeAt(i) <= 57) {
      i++;
      after++;
    }
    if (digits === 0 && after === 0) return false;
  } else if (digits === 0) return false;
  return i === end;
}

/** Splits a content stream into tokens. Operators are the bare words that are not numbers or booleans. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const length = src.length;
  let i = 0;
  const push = (start: number, end: number, operator = false) =>
    tokens.push({ text: src.slice(start, end), start, end, operator });
  while (i < length) {
    const c = src.charCodeAt(i);
    const cls = classOf(c);
    if (cls === SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (cls === DELIMITER) {
      if (c === PERCENT) {
        while (i < length && src.charCodeAt(i) !== NEWLINE && src.charCodeAt(i) !== RETURN) i++;
        continue;
      }
      if (c === PAREN_OPEN) {
        let depth = 0;
        for (; i < length; i++) {
          const d = src.charCodeAt(i);
          if (d === BACKSLASH) {
            i++;
            continue;
          }
          if (d === PAREN_OPEN) depth++;
          else if (d === PAREN_CLOSE && --depth === 0) {
            i++;
            break;
          }
        }
        push(start, i);
        continue;
      }
      if (c === LT && src.charCodeAt(i + 1) === LT) {
        push(start, (i += 2));
        continue;
      }
      if (c === GT && src.charCodeAt(i + 1) === GT) {
        push(start, (i += 2));
        continue;
      }
      if (c === LT) {
        i = src.indexOf('>', i) + 1 || length;
        push(start, i);
        continue;
      }
      if (c === BRACKET_OPEN || c === BRACKET_CLOSE || c === BRACE_OPEN || c === BRACE_CLOSE) {
        push(start, ++i);
        continue;
      }
      if (c === SLASH) {
        i++;
        while (i < length && classOf(src.charCodeAt(i)) === 0) i++;
        push(start, i);
        continue;
      }
      i++; // a stray delimiter: skip it
      continue;
    }
    while (i < length && classOf(src.charCodeAt(i)) === 0) i++;
    const word = src.slice(start, i);
    tokens.push({
      text: word,
      start,
      end: i,
      operator: !isNumber(src, start, i) && word !== 'true' && word !== 'false' && word !== 'null',
    });
  }
  return tokens;
}

/**
 * Inserts texts into a string in one pass. Texts at the same position end up in the reverse of the order given (as if
 * each were inserted in turn, last one first in the string).
 */
function insertAll(src: string, inserts: { at: number; text: string }[]): string {
  if (!inserts.length) return src;
  const order = inserts.map((ins, index) => ({ ...ins, index })).sort((a, b) => a.at - b.at || b.index - a.index);
  const parts: string[] = [];
  let from = 0;
  for (const { at, text } of order) {
    const to = Math.min(Math.max(at, from), src.length);
    parts.push(src.slice(from, to), text);
    from = to;
  }
  parts.push(src.slice(from));
  return parts.join('');
}

/** Operators that put marks on the page. */
const DRAWING = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'Do', 'sh']);

interface Op {
  operator: string;
  start: number;
  end: number;
}
/** A balanced unit: one operation, a text object (BT … ET) or a saved graphics state (q … Q). */
interface Unit {
  start: number;
  end: number;
  draws: boolean;
  marked: boolean;
  operator?: string;
  inner?: Unit[];
}

function operations(tokens: Token[]): Op[] {
  const ops: Op[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.operator) continue;
    ops.push({ operator: tokens[i]!.text, start: tokens[first]!.start, end: tokens[i]!.end });
    first = i + 1;
  }
  return ops;
}

/** Groups operations into balanced units; a unit is "marked" if it holds any marked-content operator. */
function units(ops: Op[], from: number, until: (op: string) => boolean): { list: Unit[]; next: number } {
  const list: Unit[] = [];
  let i = from;
  while (i < ops.length && !until(ops[i]!.operator)) {
    const op = ops[i]!;
    if (op.operator === 'q' || op.operator === 'BT') {
      const close = op.operator === 'q' ? 'Q' : 'ET';
      const inner = units(ops, i + 1, (o) => o === close);
      const end = inner.next < ops.length ? ops[inner.next]!.end : ops[ops.length - 1]!.end;
      list.push({
        start: op.start,
        end,
        draws: inner.list.some((u) => u.draws),
        marked: inner.list.some((u) => u.marked),
        inner: inner.list,
      });
      i = inner.next + 1;
    } else {
      const marked =
        op.operator === 'BDC' ||
        op.operator === 'BMC' ||
        op.operator === 'EMC' ||
        op.operator === 'MP' ||
        op.operator === 'DP';
      list.push({ start: op.start, end: op.end, draws: DRAWING.has(op.operator), marked, operator: op.operator });
      i++;
    }
  }
  return { list, next: i };
}

/**
 * Wraps every run of drawing outside marked content in `/Artifact BMC … EMC`. Runs never cross a q/Q or BT/ET
 * boundary, so the result nests properly. Returns the new stream and how many runs were wrapped.
 * A stream with an inline image (BI … ID … EI, binary data) is returned unchanged; the PDF/UA check still reports it.
 */
export function wrapUntagged(src: string, tokens: Token[] = tokenize(src)): { out: string; wrapped: number } {
  if (tokens.some((t) => t.operator && t.text === 'BI')) return { out: src, wrapped: 0 };
  const ops = operations(tokens);
  const inserts: { at: number; text: string }[] = [];
  let depth = 0;
  const walk = (list: Unit[]) => {
    let run: Unit[] = [];
    const flush = () => {
      if (depth === 0 && run.some((u) => u.draws)) {
        inserts.push({ at: run[0]!.start, text: '/Artifact BMC\n' }, { at: run[run.length - 1]!.end, text: '\nEMC' });
      }
      run = [];
    };
    for (const u of list) {
      if (u.marked) {
        flush();
        if (u.inner) walk(u.inner);
        else if (u.operator === 'BDC' || u.operator === 'BMC') depth++;
        else if (u.operator === 'EMC') depth = Math.max(0, depth - 1);
      } else run.push(u);
    }
    flush();
  };
  walk(units(ops, 0, () => false).list);
  return { out: insertAll(src, inserts), wrapped: inserts.length / 2 };
}

/** Drawing operations outside any marked content (neither tagged nor an artifact): PDF/UA's Matterhorn 01-001. */
export function untaggedDrawing(src: string): number {
  let depth = 0;
  let count = 0;
  for (const op of operations(tokenize(src))) {
    if (op.operator === 'BDC' || op.operator === 'BMC') depth++;
    else if (op.operator === 'EMC') depth = Math.max(0, depth - 1);
    else if (depth === 0 && DRAWING.has(op.operator)) count++;
  }
  return count;
}

/**
 * Chromium drops the space where a line wraps, so text read from the structure tree glues the last word of a line to
 * the first of the next ("AalborgMunicipality"). This adds an (invisible) space glyph at the end of each tagged text
 * object that is followed by tagged text on another baseline, unless the line already ends with one.
 * `spaceOf(font)` gives the font's code for U+0020 as hex digits (from its ToUnicode map), or undefined.
 */
export function spaceAtLineEnds(
  src: string,
  spaceOf: (font: string) => string | undefined,
): { out: string; added: number } {
  const inserts = spaceInserts(tokenize(src), spaceOf);
  return { out: insertAll(src, inserts), added: inserts.length };
}

/** Where spaceAtLineEnds puts a space: before the ET of the line, `<code> Tj` and a line break. */
function spaceInserts(
  tokens: Token[],
  spaceOf: (font: string) => string | undefined,
): { at: number; text: string; code: string }[] {
  interface TextObject {
    y?: number;
    font?: string;
    last?: string;
    etStart: number;
    tagged: boolean;
  }
  const objects: TextObject[] = [];
  let depth = 0;
  let font: string | undefined;
  let current: TextObject | undefined;
  let operands: Token[] = [];
  for (const t of tokens) {
    if (!t.operator) {
      operands.push(t);
      continue;
    }
    const op = t.text;
    if (op === 'BDC' || op === 'BMC') depth++;
    else if (op === 'EMC') depth = Math.max(0, depth - 1);
    else if (op === 'BT') current = { etStart: -1, tagged: depth > 0, font };
    else if (op === 'Tf' && operands.length >= 2) {
      font = operands[operands.length - 2]!.text.slice(1);
      if (current) current.font = font;
    } else if (op === 'Tm' && current && operands.length >= 6) current.y = Number(operands[operands.length - 1]!.text);
    else if ((op === 'Tj' || op === 'TJ') && current) {
      const hex = operands.findLast((o) => o.text.startsWith('<') && !o.text.startsWith('<<'));
      if (hex) current.last = hex.text.slice(1, -1).replace(/\s+/g, '').slice(-4).toUpperCase();
    } else if (op === 'ET' && current) {
      current.etStart = t.start;
      objects.push(current);
      current = undefined;
    }
    operands = [];
  }
  const inserts: { at: number; text: string; code: string }[] = [];
  for (let i = 0; i + 1 < objects.length; i++) {
    const a = objects[i]!,
      b = objects[i + 1]!;
    if (!a.tagged || !b.tagged || a.y === undefined || b.y === undefined || a.y === b.y || !a.font || !a.last) continue;
    const space = spaceOf(a.font);
    if (!space || a.last === space.toUpperCase()) continue;
    inserts.push({ at: a.etStart, text: `<${space}> Tj\n`, code: space });
  }
  return inserts;
}

/**
 * spaceAtLineEnds, then wrapUntagged, reading the stream once: the tokens of the spaced stream are the stream's own,
 * moved along, with each space's two (`<code>` and `Tj`) where it was put, before an ET.
 */
export function fixPageContent(
  src: string,
  spaceOf: (font: string) => string | undefined,
): { out: string; added: number; wrapped: number } {
  const tokens = tokenize(src);
  const inserts = spaceInserts(tokens, spaceOf);
  if (!inserts.length) return { ...wrapUntagged(src, tokens), added: 0 };
  const spaced: Token[] = [];
  let shift = 0;
  let next = 0; // inserts are in stream order (one per text object)
  for (const t of tokens) {
    while (next < inserts.length && inserts[next]!.at <= t.start) {
      const { at, text, code } = inserts[next++]!;
      const hex = `<${code}>`;
      spaced.push({ text: hex, start: at + shift, end: at + shift + hex.length, operator: false });
      spaced.push({ text: 'Tj', start: at + shift + hex.length + 1, end: at + shift + hex.length + 3, operator: true });
      shift += text.length;
    }
    spaced.push(shift ? { ...t, start: t.start + shift, end: t.end + shift } : t);
  }
  return { ...wrapUntagged(insertAll(src, inserts), spaced), added: inserts.length };
}

/** The code a font's ToUnicode map gives for U+0020, as hex digits (bfchar entries, or a bfrange that covers it). */
export function spaceCode(toUnicode: string): string | undefined {
  for (const block of toUnicode.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      if (parseInt(m[2]!, 16) === 0x20) return m[1]!;
  }
  for (const block of toUnicode.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [lo, hi, dst] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
      if (dst <= 0x20 && 0x20 <= dst + (hi - lo))
        return (lo + 0x20 - dst).toString(16).toUpperCase().padStart(m[1]!.length, '0');
    }
  }
  return undefined;
}
