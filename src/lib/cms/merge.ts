/**
 * Writes what the form editor saved back into the original file, changing only what changed: the lines of the fields
 * the editor did not touch stay byte-identical (order, quotes, comments, blank lines, folded lines), and the Markdown
 * body is kept as it was unless it was edited. Optional fields left empty are left out, never written as "".
 */
import { Document, isMap, isScalar, isSeq, parse, parseDocument, Scalar, YAMLMap, type Node, type Pair } from 'yaml';
import type { JsonSchema } from './config.ts';

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a); const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

/** Empty as a form leaves it: "", null, undefined, an empty object. */
function isEmpty(v: Json): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (isObject(v) && Object.values(v).every(isEmpty));
}

const allows = (s: JsonSchema | undefined, t: string): boolean =>
  !!s && (s.type === t || (Array.isArray(s.type) && s.type.includes(t)) || !!s.anyOf?.some((a) => allows(a, t)));

/**
 * The form's values as the schema wants them: "true"/"false" from a select become booleans where the schema takes a
 * boolean, numbers typed as text become numbers, and empty optional values are dropped.
 */
export function normalise(value: Json, schema: JsonSchema | undefined): Json {
  if (!schema) return value;
  if (Array.isArray(value)) return value.map((v) => normalise(v, schema.items ?? schema.anyOf?.find((a) => a.items)?.items)).filter((v) => !isEmpty(v) || !allows(schema.items, 'object'));
  if (isObject(value)) {
    const props = schema.properties ?? schema.anyOf?.find((a) => a.properties)?.properties ?? {};
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) {
      const n = normalise(v, props[k]);
      if (!isEmpty(n)) out[k] = n;
    }
    return out;
  }
  if (typeof value === 'string' && allows(schema, 'boolean') && (value === 'true' || value === 'false')) return value === 'true';
  if (typeof value === 'string' && (allows(schema, 'integer') || allows(schema, 'number')) && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return value;
}

/** Items of a list the form cannot show (such as { anyOf: [...] } in a pick-list of ids) are kept where they were. */
function keepUnshown(oldList: Json[], newList: Json[]): Json[] {
  if (!oldList.some(isObject) || newList.some(isObject)) return newList;
  const out = [...newList];
  oldList.forEach((item, i) => { if (isObject(item)) out.splice(Math.min(i, out.length), 0, item); });
  return out;
}

/** Merges a changed value into a YAML node, keeping the nodes (and their style) of what did not change. */
function mergeNode(doc: Document, node: unknown, oldV: Json, newV: Json): unknown {
  if (deepEqual(oldV, newV)) return node;
  if (isMap(node) && isObject(oldV) && isObject(newV)) {
    for (const pair of [...node.items]) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (!(key in newV) || isEmpty(newV[key])) node.delete(pair.key);
      else pair.value = mergeNode(doc, pair.value, oldV[key], newV[key]) as Node;
    }
    for (const [k, v] of Object.entries(newV)) if (!(k in oldV) && !isEmpty(v)) node.set(k, doc.createNode(v));
    return node;
  }
  if (isSeq(node) && Array.isArray(oldV) && Array.isArray(newV)) {
    newV.forEach((v, i) => {
      if (i < node.items.length) node.items[i] = mergeNode(doc, node.items[i], oldV[i], v);
      else node.items.push(doc.createNode(v));
    });
    node.items.splice(newV.length);
    return node;
  }
  if (isScalar(node) && (typeof newV !== 'object' || newV === null)) { node.value = newV; return node; }
  const created = doc.createNode(newV);
  if ((isMap(node) || isSeq(node)) && node.flow && (isMap(created) || isSeq(created))) created.flow = true;
  return created;
}

/** Renders one top-level `key: value` pair as a block, without the comments above it (they stay in the file). */
function renderPair(pair: Pair): string {
  const d = new Document();
  const map = new YAMLMap();
  const copy = pair.clone() as Pair;
  if (isScalar(copy.key) || isMap(copy.key)) { (copy.key as Node).commentBefore = undefined; (copy.key as Node).spaceBefore = undefined; }
  map.items.push(copy);
  d.contents = map;
  return d.toString({ lineWidth: 0 });
}

function renderScalar(value: Json, type: Scalar['type']): string {
  const d = new Document();
  const s = new Scalar(value);
  // A block scalar would need the indentation of its context: write a changed one on one line instead.
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' || type === 'PLAIN') s.type = type;
  d.contents = s;
  return d.toString({ lineWidth: 0 }).replace(/\n$/, '');
}

const lineStart = (text: string, i: number) => text.lastIndexOf('\n', i - 1) + 1;
function lineEnd(text: string, i: number): number {
  if (i > 0 && text[i - 1] === '\n') return i;
  const n = text.indexOf('\n', i);
  return n === -1 ? text.length : n + 1;
}

/**
 * Merges new data into a YAML text whose top level is a map. Only the top-level fields whose value changed are
 * rewritten (a changed text or date: only its value); every other line stays as it was.
 */
export function mergeYamlText(original: string, oldData: Record<string, Json>, newRaw: Record<string, Json>, schema: JsonSchema): string {
  const newData = normalise(newRaw, schema) as Record<string, Json>;
  const doc = parseDocument(original);
  if (!isMap(doc.contents)) throw new Error('the file does not start with fields ("name: value")');
  const text = original.endsWith('\n') || original === '' ? original : `${original}\n`;
  const order = Object.keys(schema.properties ?? {});
  const edits: { from: number; to: number; insert: string }[] = [];
  const pairs = doc.contents.items as Pair[];
  const keyOf = (p: Pair) => String(isScalar(p.key) ? p.key.value : p.key);
  const spanOf = (p: Pair): [number, number] => {
    const k = p.key as Node; const v = p.value as Node | null;
    const end = v && v.range ? Math.max(v.range[1], isScalar(v) ? v.range[1] : v.range[2]) : k.range![1];
    return [lineStart(text, k.range![0]), lineEnd(text, end)];
  };
  for (const pair of pairs) {
    const key = keyOf(pair);
    const [from, to] = spanOf(pair);
    if (!(key in newData)) { edits.push({ from, to, insert: '' }); continue; }
    if (deepEqual(oldData[key], newData[key])) continue;
    const v = pair.value;
    const nv = newData[key];
    if (isScalar(v) && v.range && (typeof nv !== 'object' || nv === null) && !String(v.type).startsWith('BLOCK')) {
      edits.push({ from: v.range[0], to: v.range[1], insert: renderScalar(nv, v.type) });
      continue;
    }
    const merged = pair.clone() as Pair;
    merged.value = mergeNode(doc, (merged.value as Node | null)?.clone?.() ?? merged.value, oldData[key], Array.isArray(oldData[key]) && Array.isArray(nv) ? keepUnshown(oldData[key] as Json[], nv) : nv) as Node;
    edits.push({ from, to, insert: renderPair(merged) });
  }
  // New fields: after the nearest field that comes before them in the schema's order.
  const existing = new Set(pairs.map(keyOf));
  for (const [key, value] of Object.entries(newData)) {
    if (existing.has(key) || isEmpty(value) || (Array.isArray(value) && value.length === 0)) continue;
    if (key in (schema.properties ?? {}) && deepEqual(schema.properties![key]!.default, value)) continue;
    const before = order.slice(0, Math.max(0, order.indexOf(key))).reverse().find((k) => existing.has(k));
    const anchor = before ? pairs.find((p) => keyOf(p) === before) : undefined;
    const at = anchor ? spanOf(anchor)[1] : text.length;
    edits.push({ from: at, to: at, insert: renderPair(doc.createPair(key, value)) });
  }
  // From the end of the file backwards; insertions at the same place keep their order.
  const indexed = edits.map((e, i) => ({ ...e, i }));
  indexed.sort((a, b) => b.from - a.from || b.to - a.to || b.i - a.i);
  let out = text;
  for (const e of indexed) out = out.slice(0, e.from) + e.insert + out.slice(e.to);
  return out;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(\r?\n|$)/;

export interface MarkdownParts { frontMatter: string; body: string; open: string; close: string }
export function splitMarkdown(text: string): MarkdownParts | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  return { open: text.slice(0, text.indexOf('\n') + 1), frontMatter: m[1] ?? '', close: m[0].slice(m[0].lastIndexOf('---')), body: text.slice(m[0].length) };
}

const sameBody = (a: string, b: string) => a.replace(/\r\n/g, '\n').replace(/^\n+/, '').trimEnd() === b.replace(/\r\n/g, '\n').replace(/^\n+/, '').trimEnd();

/** Parses a data file or a Markdown file as the form editor sent it. */
export function parseSaved(raw: string, markdown: boolean): { data: Record<string, Json>; body?: string } {
  if (!markdown) return { data: (parse(raw) ?? {}) as Record<string, Json> };
  const parts = splitMarkdown(raw);
  if (!parts) return { data: {}, body: raw };
  return { data: (parse(parts.frontMatter) ?? {}) as Record<string, Json>, body: parts.body };
}

/** Merges the saved file into the original one (YAML, or Markdown with front matter). */
export function mergeFile(original: string, savedRaw: string, schema: JsonSchema, markdown: boolean): string {
  const saved = parseSaved(savedRaw, markdown);
  if (!markdown) return mergeYamlText(original, (parse(original) ?? {}) as Record<string, Json>, saved.data, schema);
  const parts = splitMarkdown(original);
  if (!parts) throw new Error('the file has no front matter');
  const front = mergeYamlText(parts.frontMatter, (parse(parts.frontMatter) ?? {}) as Record<string, Json>, saved.data, schema);
  const body = saved.body === undefined || sameBody(parts.body, saved.body) ? parts.body : `${parts.body.match(/^\n*/)![0]}${saved.body.replace(/^\n+/, '').trimEnd()}\n`;
  return `${parts.open}${front}${parts.close}${body}`;
}

/** A new file from the form: the fields in the schema's order, empty ones left out. */
export function newFile(savedRaw: string, schema: JsonSchema, markdown: boolean): string {
  const saved = parseSaved(savedRaw, markdown);
  const data = normalise(saved.data, schema) as Record<string, Json>;
  const order = Object.keys(schema.properties ?? {});
  const sorted = Object.fromEntries(Object.entries(data).sort(([a], [b]) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9)));
  const yaml = new Document(sorted).toString({ lineWidth: 0 });
  return markdown ? `---\n${yaml}---\n\n${(saved.body ?? '').replace(/^\n+/, '').trimEnd()}\n` : yaml;
}
