/**
 * Content streams, read as operations: marks everything Chromium drew outside the structure tree (running heads,
 * page numbers, borders, backgrounds, the diagram's lines) as an artifact, as PDF/UA requires: all content is either
 * tagged or an artifact. Only the page's own content stream is changed; tagged content is never touched.
 */

export interface Token { text: string; start: number; end: number; operator: boolean }

const DELIMITERS = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';

/** Splits a content stream into tokens. Operators are the bare words that are not numbers or booleans. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (start: number, end: number, operator = false) => tokens.push({ text: src.slice(start, end), start, end, operator });
  while (i < src.length) {
    const c = src[i]!;
    if (isSpace(c)) { i++; continue; }
    const start = i;
    if (c === '%') { while (i < src.length && src[i] !== '\n' && src[i] !== '\r') i++; continue; }
    if (c === '(') {
      let depth = 0;
      for (; i < src.length; i++) {
        if (src[i] === '\\') { i++; continue; }
        if (src[i] === '(') depth++;
        else if (src[i] === ')' && --depth === 0) { i++; break; }
      }
      push(start, i);
      continue;
    }
    if (c === '<' && src[i + 1] === '<') { push(start, i += 2); continue; }
    if (c === '>' && src[i + 1] === '>') { push(start, i += 2); continue; }
    if (c === '<') { i = src.indexOf('>', i) + 1 || src.length; push(start, i); continue; }
    if (c === '[' || c === ']' || c === '{' || c === '}') { push(start, ++i); continue; }
    if (c === '/') { i++; while (i < src.length && !isSpace(src[i]!) && !DELIMITERS.has(src[i]!)) i++; push(start, i); continue; }
    while (i < src.length && !isSpace(src[i]!) && !DELIMITERS.has(src[i]!)) i++;
    if (i === start) { i++; continue; } // a stray delimiter: skip it
    const word = src.slice(start, i);
    push(start, i, !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) && word !== 'true' && word !== 'false' && word !== 'null');
  }
  return tokens;
}

/** Operators that put marks on the page. */
const DRAWING = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'Do', 'sh']);

interface Op { operator: string; start: number; end: number }
/** A balanced unit: one operation, a text object (BT … ET) or a saved graphics state (q … Q). */
interface Unit { start: number; end: number; draws: boolean; marked: boolean; operator?: string; inner?: Unit[] }

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
      list.push({ start: op.start, end, draws: inner.list.some((u) => u.draws), marked: inner.list.some((u) => u.marked), inner: inner.list });
      i = inner.next + 1;
    } else {
      const marked = op.operator === 'BDC' || op.operator === 'BMC' || op.operator === 'EMC' || op.operator === 'MP' || op.operator === 'DP';
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
export function wrapUntagged(src: string): { out: string; wrapped: number } {
  const tokens = tokenize(src);
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
  let out = src;
  for (const ins of [...inserts].sort((a, b) => b.at - a.at)) out = out.slice(0, ins.at) + ins.text + out.slice(ins.at);
  return { out, wrapped: inserts.length / 2 };
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
