/**
 * Writes what the form editor saved back into the original file, changing only what changed: the lines of the fields
 * the editor did not touch stay byte-identical (order, quotes, comments, blank lines, folded lines), and the Markdown
 * body is kept as it was unless it was edited. Optional fields left empty are left out, never written as "".
 */
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parse,
  parseDocument,
  Scalar,
  stringify,
  YAMLMap,
  type Node,
  type Pair,
  type YAMLSeq,
} from 'yaml';
import type { JsonSchema } from './config.ts';

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

/** Empty as a form leaves it: "", null, undefined, an empty object. */
function isEmpty(v: Json): boolean {
  return (
    v === undefined ||
    v === null ||
    (typeof v === 'string' && v.trim() === '') ||
    (isObject(v) && Object.values(v).every(isEmpty))
  );
}

const allows = (s: JsonSchema | undefined, t: string): boolean =>
  !!s && (s.type === t || (Array.isArray(s.type) && s.type.includes(t)) || !!s.anyOf?.some((a) => allows(a, t)));

/**
 * The form's values as the schema wants them: "true"/"false" from a select become booleans where the schema takes a
 * boolean, numbers typed as text become numbers, and empty optional values are dropped.
 */
export function normalise(value: Json, schema: JsonSchema | undefined): Json {
  if (!schema) return value;
  if (Array.isArray(value))
    return value
      .map((v) => normalise(v, schema.items ?? schema.anyOf?.find((a) => a.items)?.items))
      .filter((v) => !isEmpty(v) || !allows(schema.items, 'object'));
  if (isObject(value)) {
    const props = schema.properties ?? schema.anyOf?.find((a) => a.properties)?.properties ?? {};
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) {
      const n = normalise(v, props[k]);
      if (!isEmpty(n)) out[k] = n;
    }
    return out;
  }
  if (typeof value === 'string' && allows(schema, 'boolean') && (value === 'true' || value === 'false'))
    return value === 'true';
  if (
    typeof value === 'string' &&
    (allows(schema, 'integer') || allows(schema, 'number')) &&
    /^-?\d+(\.\d+)?$/.test(value.trim())
  )
    return Number(value);
  return value;
}

/** Items of a list the form cannot show (such as { anyOf: [...] } in a pick-list of ids) are kept where they were. */
function keepUnshown(oldList: Json[], newList: Json[]): Json[] {
  if (!oldList.some(isObject) || newList.some(isObject)) return newList;
  const out = [...newList];
  oldList.forEach((item, i) => {
    if (isObject(item)) out.splice(Math.min(i, out.length), 0, item);
  });
  return out;
}

/** Merges a changed value into a YAML node, keeping the nodes (and their style) of what did not change. */
function mergeNode(doc: Document, node: unknown, oldV: Json, newV: Json): unknown {
  if (deepEqual(oldV, newV)) return node;
  if (isMap(node) && isObject(oldV) && isObject(newV)) {
    for (const pair of [...node.items]) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (!(key in newV) || isEmpty(newV[key])) node.delete(pair.key);
      else pair.value = mergeNode(doc, pair.value, oldV[key], newV[key]);
    }
    for (const [k, v] of Object.entries(newV)) if (!(k in oldV) && !isEmpty(v)) node.set(k, doc.createNode(v));
    return node;
  }
  // An empty list written `[]` that gets groups: a list of blocks, as lists of groups are written.
  if (isSeq(node) && node.flow && !node.items.length && Array.isArray(newV) && newV.some(isObject))
    return doc.createNode(newV);
  if (isSeq(node) && Array.isArray(oldV) && Array.isArray(newV)) {
    newV.forEach((v, i) => {
      if (i < node.items.length) node.items[i] = mergeNode(doc, node.items[i], oldV[i], v);
      else node.items.push(doc.createNode(v));
    });
    node.items.splice(newV.length);
    return node;
  }
  if (isScalar(node) && (typeof newV !== 'object' || newV === null)) {
    node.value = newV;
    return node;
  }
  const created = doc.createNode(newV);
  if ((isMap(node) || isSeq(node)) && node.flow && (isMap(created) || isSeq(created))) created.flow = true;
  return created;
}

/** Renders one top-level `key: value` pair as a block, without the comments above it (they stay in the file). */
function renderPair(pair: Pair): string {
  const d = new Document();
  const map = new YAMLMap();
  const copy = pair.clone();
  if (isScalar(copy.key) || isMap(copy.key)) {
    (copy.key as Node).commentBefore = undefined;
    (copy.key as Node).spaceBefore = undefined;
  }
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

const isScalarValue = (v: Json) => typeof v !== 'object' || v === null;
const childSchema = (s: JsonSchema | undefined, key: string): JsonSchema | undefined =>
  s?.properties?.[key] ?? s?.anyOf?.find((a) => a.properties?.[key])?.properties?.[key];
const itemSchema = (s: JsonSchema | undefined): JsonSchema | undefined =>
  s?.items ?? s?.anyOf?.find((a) => a.items)?.items;
const keyOf = (p: Pair) => String(isScalar(p.key) ? p.key.value : p.key);

/** A new group as the file's other groups are written: without the fields that only repeat the schema's default ([] and false included). */
function withoutDefaults(v: Json, schema: JsonSchema | undefined): Json {
  if (!isObject(v) || !schema?.properties) return v;
  return Object.fromEntries(
    Object.entries(v).filter(([k, x]) => {
      const d = schema.properties![k]?.default;
      return !(d !== undefined && deepEqual(d, x)) && !(Array.isArray(x) && !x.length);
    }),
  );
}

/** A value inside [ ] or { }: plain when it is safe there, else double-quoted. */
function flowScalar(v: Json): string {
  if (typeof v !== 'string') return String(v);
  return /^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}#]*$/.test(v) && !/: |\s$/.test(v) ? v : JSON.stringify(v);
}

/**
 * Computes the smallest text edits that turn the original YAML into the new data: a changed value is replaced where
 * it stands; a list or group is rewritten only when its shape changed, and then only that list or group.
 */
class TextMerger {
  readonly edits: { from: number; to: number; insert: string }[] = [];
  private readonly doc: Document;
  private readonly text: string;
  constructor(doc: Document, text: string) {
    this.doc = doc;
    this.text = text;
  }

  private col(i: number): number {
    return i - lineStart(this.text, i);
  }
  private startsLine(i: number): boolean {
    return this.text.slice(lineStart(this.text, i), i).trim() === '';
  }
  /** Where a node's value ends (its last scalar), so trailing comments of the next field stay with it. */
  private end(node: unknown): number {
    if (isScalar(node)) return node.range![1];
    if ((isMap(node) || isSeq(node)) && node.flow) return node.range![1];
    if (isMap(node) || isSeq(node)) {
      const last = node.items[node.items.length - 1] as Pair | Node | undefined;
      if (!last) return (node as Node).range![1];
      return isMap(node) ? this.end((last as Pair).value ?? (last as Pair).key) : this.end(last);
    }
    return (node as Node).range![1];
  }
  private indent(block: string, col: number, firstLine: boolean): string {
    const pad = ' '.repeat(col);
    return (
      block
        .replace(/\n$/, '')
        .split('\n')
        .map((l, i) => (l && (i > 0 || firstLine) ? pad + l : l))
        .join('\n') + '\n'
    );
  }
  private pairSpan(p: Pair): [number, number] {
    const k = (p.key as Node).range![0];
    return [this.startsLine(k) ? lineStart(this.text, k) : k, lineEnd(this.text, this.end(p.value ?? p.key))];
  }

  /** Rewrites one `key: value` where it stands, from the merged node. */
  private replacePair(p: Pair, oldV: Json, newV: Json): void {
    const merged = p.clone();
    merged.value = mergeNode(this.doc, (merged.value as Node | null)?.clone?.() ?? merged.value, oldV, newV);
    const k = (p.key as Node).range![0];
    const [from, to] = this.pairSpan(p);
    this.edits.push({ from, to, insert: this.indent(renderPair(merged), this.col(k), this.startsLine(k)) });
  }

  /** Merges a value in place; false when its parent has to rewrite it. */
  value(node: unknown, oldV: Json, newV: Json, schema: JsonSchema | undefined): boolean {
    if (deepEqual(oldV, newV)) return true;
    if (isScalar(node) && node.range && isScalarValue(newV) && !String(node.type).startsWith('BLOCK')) {
      this.edits.push({ from: node.range[0], to: node.range[1], insert: renderScalar(newV, node.type) });
      return true;
    }
    if ((isMap(node) || isSeq(node)) && node.flow && node.range) {
      const spaced = /^[[{] /.test(this.text.slice(node.range[0], node.range[1]));
      const [o, c] = spaced ? [' ', ' '] : ['', ''];
      if (isSeq(node) && Array.isArray(newV) && newV.every(isScalarValue) && newV.length) {
        this.edits.push({
          from: node.range[0],
          to: node.range[1],
          insert: `[${o}${newV.map(flowScalar).join(', ')}${c}]`,
        });
        return true;
      }
      if (isMap(node) && isObject(newV) && Object.values(newV).every(isScalarValue) && Object.keys(newV).length) {
        this.edits.push({
          from: node.range[0],
          to: node.range[1],
          insert: this.flowMap(node, isObject(oldV) ? oldV : {}, newV, schema, spaced),
        });
        return true;
      }
      return false;
    }
    if (isMap(node) && isObject(oldV) && isObject(newV)) return this.map(node, oldV, newV, schema);
    if (isSeq(node) && Array.isArray(oldV) && Array.isArray(newV))
      return this.seq(node, oldV, keepUnshown(oldV, newV), schema);
    return false;
  }

  /**
   * A group written on one line (`{ domain: skat.dk, authority: tax-agency }`) with new values: the values that did not
   * change keep their text (quotes and all); a new or changed value is quoted as the same field is in `like` (the
   * list's other items), else plain where that is safe. Fields in the file's order, new ones in the schema's.
   */
  private flowMap(
    node: YAMLMap | undefined,
    oldV: Record<string, Json>,
    newV: Record<string, Json>,
    schema: JsonSchema | undefined,
    spaced: boolean,
    like: Node[] = [],
  ): string {
    const pairs = node?.items ?? [];
    const order = [...pairs.map(keyOf), ...Object.keys(schema?.properties ?? {})];
    const keys = Object.keys(newV).sort((a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9));
    const quoted = (key: string) =>
      [node, ...like].some((n) => {
        const v = isMap(n) ? n.get(key, true) : undefined;
        return isScalar(v) && v.type === 'QUOTE_DOUBLE';
      });
    const text = (key: string): string => {
      const v = newV[key];
      const own = pairs.find((p) => keyOf(p) === key)?.value;
      if (deepEqual(oldV[key], v) && isScalar(own) && own.range) return this.text.slice(own.range[0], own.range[1]);
      return quoted(key) && typeof v === 'string' ? JSON.stringify(v) : flowScalar(v);
    };
    const [o, c] = spaced ? [' ', ' '] : ['', ''];
    return `{${o}${keys.map((k) => `${k}: ${text(k)}`).join(', ')}${c}}`;
  }

  map(node: YAMLMap, oldV: Record<string, Json>, newV: Record<string, Json>, schema: JsonSchema | undefined): boolean {
    const pairs = node.items;
    if (!pairs.length) return false;
    const plan: (() => void)[] = [];
    for (const p of pairs) {
      const key = keyOf(p);
      if (!(key in newV) || isEmpty(newV[key])) {
        if (!this.startsLine((p.key as Node).range![0])) return false;
        plan.push(() => {
          const [from, to] = this.pairSpan(p);
          this.edits.push({ from, to, insert: '' });
        });
      } else if (!deepEqual(oldV[key], newV[key])) {
        plan.push(() => {
          if (!this.value(p.value, oldV[key], newV[key], childSchema(schema, key)))
            this.replacePair(p, oldV[key], newV[key]);
        });
      }
    }
    // New fields: after the nearest field that comes before them in the schema's order, at the same indentation.
    const order = Object.keys(schema?.properties ?? {});
    const existing = new Set(pairs.map(keyOf));
    const col = this.col((pairs[0]!.key as Node).range![0]);
    for (const [key, value] of Object.entries(newV)) {
      if (existing.has(key) || isEmpty(value) || (Array.isArray(value) && value.length === 0)) continue;
      if (deepEqual(childSchema(schema, key)?.default, value)) continue;
      const before = order
        .slice(0, Math.max(0, order.indexOf(key)))
        .reverse()
        .find((k) => existing.has(k));
      const anchor = pairs.find((p) => keyOf(p) === before) ?? pairs[pairs.length - 1]!;
      plan.push(() => {
        const at = this.pairSpan(anchor)[1];
        this.edits.push({
          from: at,
          to: at,
          insert: this.indent(renderPair(this.doc.createPair(key, value)), col, true),
        });
      });
    }
    for (const step of plan) step();
    return true;
  }

  seq(node: YAMLSeq, oldV: Json[], newV: Json[], schema: JsonSchema | undefined): boolean {
    if (!newV.length || node.items.length !== oldV.length) return false;
    const items = node.items as Node[];
    const dashOf = (item: Node) => this.text.lastIndexOf('-', item.range![0]);
    const itemSpan = (item: Node): [number, number] => [
      lineStart(this.text, dashOf(item)),
      lineEnd(this.text, this.end(item)),
    ];
    const renderItem = (v: Json, dash: number) =>
      this.indent(new Document([v]).toString({ lineWidth: 0 }), this.col(dash), true);
    if (items.some((i) => !i.range || !this.startsLine(dashOf(i)))) return false;
    const common = Math.min(oldV.length, newV.length);
    // Removed items, the rest unchanged and in order: delete their lines.
    if (newV.length < oldV.length) {
      const kept: number[] = [];
      let j = 0;
      oldV.forEach((v, i) => {
        if (j < newV.length && deepEqual(v, newV[j])) {
          kept.push(i);
          j++;
        }
      });
      if (j !== newV.length) return false;
      items.forEach((item, i) => {
        if (!kept.includes(i)) {
          const [from, to] = itemSpan(item);
          this.edits.push({ from, to, insert: '' });
        }
      });
      return true;
    }
    for (let i = 0; i < common; i++) {
      if (deepEqual(oldV[i], newV[i])) continue;
      if (!this.value(items[i], oldV[i], newV[i], itemSchema(schema))) {
        const [from, to] = itemSpan(items[i]!);
        this.edits.push({
          from,
          to,
          insert: renderItem(mergeNode(this.doc, items[i]!.clone(), oldV[i], newV[i]), dashOf(items[i]!)),
        });
      }
    }
    // Added items: after the last one, at the same indentation, in the list's style (`- { a: 1, b: 2 }` when its items are so).
    const last = items[items.length - 1]!;
    const at = itemSpan(last)[1];
    const flowItems = items.filter((i) => isMap(i) && i.flow) as YAMLMap[];
    const oneLine = flowItems.length > 0 && flowItems.length === items.length;
    const spaced = oneLine && /^\{ /.test(this.text.slice(last.range![0], last.range![1]));
    for (const added of newV.slice(common)) {
      const v = withoutDefaults(added, itemSchema(schema));
      const flow = oneLine && isObject(v) && Object.values(v).every(isScalarValue) && Object.keys(v).length > 0;
      const insert = flow
        ? `${' '.repeat(this.col(dashOf(last)))}- ${this.flowMap(undefined, {}, v, itemSchema(schema), spaced, flowItems)}\n`
        : renderItem(v, dashOf(last));
      this.edits.push({ from: at, to: at, insert });
    }
    return true;
  }

  apply(): string {
    const indexed = this.edits.map((e, i) => ({ ...e, i }));
    // From the end backwards; insertions at the same place keep their order.
    indexed.sort((a, b) => b.from - a.from || b.to - a.to || b.i - a.i);
    let out = this.text;
    for (const e of indexed) out = out.slice(0, e.from) + e.insert + out.slice(e.to);
    return out;
  }
}

/**
 * Merges new data into a YAML text whose top level is a map. Only the values that changed are rewritten (a changed
 * text, date or list item: only that value); every other line stays as it was.
 */
export function mergeYamlText(
  original: string,
  oldData: Record<string, Json>,
  newRaw: Record<string, Json>,
  schema: JsonSchema,
): string {
  const newData = normalise(newRaw, schema) as Record<string, Json>;
  const doc = parseDocument(original);
  if (!isMap(doc.contents)) throw new Error('the file does not start with fields ("name: value")');
  const text = original.endsWith('\n') || original === '' ? original : `${original}\n`;
  const merger = new TextMerger(doc, text);
  if (!merger.map(doc.contents, oldData, newData, schema)) throw new Error('the file could not be merged');
  return merger.apply();
}

/**
 * Merges a new list into a YAML text whose top level is a list (journey/authorities.yaml): a changed value is replaced
 * where it stands, an added item goes after the last one, a removed item's lines go. A change that is none of these
 * (items removed and others changed in one save) merges the list node by node, keeping the comments with their items.
 */
export function mergeYamlListText(original: string, newRaw: Json[], schema: JsonSchema): string {
  const newData = normalise(newRaw, schema) as Json[];
  const oldData = (parse(original) ?? []) as Json;
  const doc = parseDocument(original);
  if (!isSeq(doc.contents) || doc.contents.flow || !Array.isArray(oldData))
    throw new Error('the file is not a list ("- " at the start of each entry)');
  if (deepEqual(oldData, newData)) return original;
  if (!newData.length) throw new Error('the list cannot be empty');
  const text = original.endsWith('\n') ? original : `${original}\n`;
  const merger = new TextMerger(doc, text);
  if (merger.seq(doc.contents, oldData, keepUnshown(oldData, newData), schema)) return merger.apply();
  (doc as Document).contents = mergeNode(doc, doc.contents, oldData, newData) as YAMLSeq;
  return doc.toString({ lineWidth: 0 });
}

/** A file whose top level is a list, as the form shows it: the list under one key (`authorities:`), for Decap's "files" form. */
export function asFormList(text: string, listKey: string): string {
  return stringify({ [listKey]: (parse(text) as unknown) ?? [] }, { lineWidth: 0 });
}
/** The list a form sent under its key, for a file whose top level is a list. */
function savedList(savedRaw: string, listKey: string): Json[] {
  const list = parseSaved(savedRaw, false).data[listKey];
  if (!Array.isArray(list)) throw new Error(`the form sent no list "${listKey}"`);
  return list;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(\r?\n|$)/;

export interface MarkdownParts {
  frontMatter: string;
  body: string;
  open: string;
  close: string;
}
export function splitMarkdown(text: string): MarkdownParts | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  return {
    open: text.slice(0, text.indexOf('\n') + 1),
    frontMatter: m[1] ?? '',
    close: m[0].slice(m[0].lastIndexOf('---')),
    body: text.slice(m[0].length),
  };
}

const sameBody = (a: string, b: string) =>
  a.replace(/\r\n/g, '\n').replace(/^\n+/, '').trimEnd() === b.replace(/\r\n/g, '\n').replace(/^\n+/, '').trimEnd();

/** Parses a data file or a Markdown file as the form editor sent it. */
export function parseSaved(raw: string, markdown: boolean): { data: Record<string, Json>; body?: string } {
  if (!markdown) return { data: (parse(raw) ?? {}) as Record<string, Json> };
  const parts = splitMarkdown(raw);
  if (!parts) return { data: {}, body: raw };
  return { data: (parse(parts.frontMatter) ?? {}) as Record<string, Json>, body: parts.body };
}

/**
 * Merges the saved file into the original one (YAML, or Markdown with front matter). `listKey`: the file is a list at
 * its top level, which the form sends under that key (asFormList).
 */
export function mergeFile(
  original: string,
  savedRaw: string,
  schema: JsonSchema,
  markdown: boolean,
  listKey?: string,
): string {
  if (listKey) return mergeYamlListText(original, savedList(savedRaw, listKey), schema);
  const saved = parseSaved(savedRaw, markdown);
  if (!markdown) return mergeYamlText(original, (parse(original) ?? {}) as Record<string, Json>, saved.data, schema);
  const parts = splitMarkdown(original);
  if (!parts) throw new Error('the file has no front matter');
  const front = mergeYamlText(
    parts.frontMatter,
    (parse(parts.frontMatter) ?? {}) as Record<string, Json>,
    saved.data,
    schema,
  );
  const body =
    saved.body === undefined || sameBody(parts.body, saved.body)
      ? parts.body
      : `${parts.body.match(/^\n*/)![0]}${saved.body.replace(/^\n+/, '').trimEnd()}\n`;
  return `${parts.open}${front}${parts.close}${body}`;
}

/** A new file from the form: the fields in the schema's order, empty ones left out. */
export function newFile(savedRaw: string, schema: JsonSchema, markdown: boolean, listKey?: string): string {
  if (listKey) return new Document(normalise(savedList(savedRaw, listKey), schema)).toString({ lineWidth: 0 });
  const saved = parseSaved(savedRaw, markdown);
  const data = normalise(saved.data, schema) as Record<string, Json>;
  const order = Object.keys(schema.properties ?? {});
  const sorted = Object.fromEntries(
    Object.entries(data).sort(([a], [b]) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9)),
  );
  const yaml = new Document(sorted).toString({ lineWidth: 0 });
  return markdown ? `---\n${yaml}---\n\n${(saved.body ?? '').replace(/^\n+/, '').trimEnd()}\n` : yaml;
}

/**
 * The file as the form sees it. A field that takes true, false or a word (such as `needsCpr: true | unknown`) is a
 * pick-list of texts in the form, which cannot show a YAML boolean: such a value is given to the form as text, and
 * `normalise` turns it back into a boolean on save (so an unchanged value is not rewritten).
 */
export function asFormText(text: string, schema: JsonSchema, markdown: boolean): string {
  const keys = Object.entries(schema.properties ?? {})
    .filter(
      ([, p]) =>
        p.anyOf?.some((a) => allows(a, 'boolean')) && p.anyOf.some((a) => a.enum || typeof a.const === 'string'),
    )
    .map(([k]) => k);
  if (!keys.length) return text;
  const parts = markdown ? splitMarkdown(text) : undefined;
  if (markdown && !parts) return text;
  const yaml = parts ? parts.frontMatter : text;
  const doc = parseDocument(yaml);
  if (!isMap(doc.contents)) return text;
  let out = yaml;
  const spans = keys
    .flatMap((k) => {
      const node = doc.contents instanceof YAMLMap ? doc.contents.get(k, true) : undefined;
      return isScalar(node) && typeof node.value === 'boolean' && node.range
        ? [{ from: node.range[0], to: node.range[1], insert: JSON.stringify(String(node.value)) }]
        : [];
    })
    .sort((a, b) => b.from - a.from);
  for (const s of spans) out = out.slice(0, s.from) + s.insert + out.slice(s.to);
  return parts ? `${parts.open}${out}${parts.close}${parts.body}` : out;
}
