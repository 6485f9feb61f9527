/** Reading and changing a tagged PDF's structure tree with pdf-lib: elements, their kids, and the parent tree. */
import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  decodePDFRawStream,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
} from 'pdf-lib';

export interface StructElem {
  dict: PDFDict;
  ref?: PDFRef;
}

export const n = (s: string) => PDFName.of(s);

export function structTreeRoot(doc: PDFDocument): PDFDict | undefined {
  const root = doc.catalog.lookup(n('StructTreeRoot'));
  return root instanceof PDFDict ? root : undefined;
}

/** A name's text, decoded once: pdf-lib keeps one PDFName object per name, and the fixes ask for the same few. */
const decodedNames = new WeakMap<PDFName, string>();
const nameText = (name: PDFName): string => {
  let text = decodedNames.get(name);
  if (text === undefined) decodedNames.set(name, (text = name.decodeText()));
  return text;
};

/** The structure type of an element, without the slash ("H1", "Table"). */
export function typeOf(el: PDFDict): string {
  const s = el.get(n('S'));
  return s instanceof PDFName ? nameText(s) : '';
}

/** The kids of an element or the root, as a list (`/K` may be one object or an array). */
export function kidsOf(el: PDFDict): PDFObject[] {
  const k = el.get(n('K'));
  if (k === undefined) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
}

export function setKids(el: PDFDict, kids: PDFObject[], doc: PDFDocument): void {
  el.set(n('K'), kids.length === 1 ? kids[0]! : doc.context.obj(kids));
}

/** The kid as a structure element, if it is one (not a marked-content id, MCR or object reference). */
export function asElem(doc: PDFDocument, kid: PDFObject): StructElem | undefined {
  const ref = kid instanceof PDFRef ? kid : undefined;
  const d = ref ? doc.context.lookup(ref) : kid;
  if (!(d instanceof PDFDict)) return undefined;
  const type = d.get(n('Type'));
  if (type instanceof PDFName && (nameText(type) === 'MCR' || nameText(type) === 'OBJR')) return undefined;
  return d.get(n('S')) ? { dict: d, ref } : undefined;
}

/** Every structure element in reading order (depth first), with its parent. */
export function elements(doc: PDFDocument): { el: StructElem; parent: PDFDict }[] {
  const root = structTreeRoot(doc);
  if (!root) return [];
  const out: { el: StructElem; parent: PDFDict }[] = [];
  const seen = new Set<PDFDict>();
  const visit = (parent: PDFDict, depth: number) => {
    if (depth > 200) return;
    for (const kid of kidsOf(parent)) {
      const el = asElem(doc, kid);
      if (!el || seen.has(el.dict)) continue;
      seen.add(el.dict);
      out.push({ el, parent });
      visit(el.dict, depth + 1);
    }
  };
  visit(root, 0);
  return out;
}

/** The parent tree as a map from key to value (flattening /Kids). */
export function parentTree(doc: PDFDocument): Map<number, PDFObject> {
  const map = new Map<number, PDFObject>();
  const tree = structTreeRoot(doc)?.lookup(n('ParentTree'));
  const visit = (node: PDFObject | undefined, depth: number) => {
    if (!(node instanceof PDFDict) || depth > 20) return;
    const nums = node.lookup(n('Nums'));
    if (nums instanceof PDFArray) {
      for (let i = 0; i + 1 < nums.size(); i += 2) map.set((nums.get(i) as PDFNumber).asNumber(), nums.get(i + 1));
    }
    const kids = node.lookup(n('Kids'));
    if (kids instanceof PDFArray) for (const k of kids.asArray()) visit(doc.context.lookup(k), depth + 1);
  };
  visit(tree, 0);
  return map;
}

/** The marked-content ids an element holds directly, with the page each is on. */
export function directMcids(doc: PDFDocument, el: PDFDict): { mcid: number; page?: PDFRef }[] {
  const page = el.get(n('Pg'));
  const out: { mcid: number; page?: PDFRef }[] = [];
  for (const kid of kidsOf(el)) {
    if (kid instanceof PDFNumber) out.push({ mcid: kid.asNumber(), page: page instanceof PDFRef ? page : undefined });
    const d = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
    const type = d instanceof PDFDict ? d.get(n('Type')) : undefined;
    if (d instanceof PDFDict && type instanceof PDFName && nameText(type) === 'MCR') {
      const mcid = d.get(n('MCID'));
      const pg = d.get(n('Pg')) ?? page;
      if (mcid instanceof PDFNumber) out.push({ mcid: mcid.asNumber(), page: pg instanceof PDFRef ? pg : undefined });
    }
  }
  return out;
}

/** Every structure element under `el` (depth first). */
export function descendants(doc: PDFDocument, el: PDFDict): PDFDict[] {
  const out: PDFDict[] = [];
  const visit = (d: PDFDict, depth: number) => {
    if (depth > 50) return;
    for (const k of kidsOf(d)) {
      const e = asElem(doc, k);
      if (e) {
        out.push(e.dict);
        visit(e.dict, depth + 1);
      }
    }
  };
  visit(el, 0);
  return out;
}

/** A PDF string or name as text. */
export function pdfText(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFString || obj instanceof PDFHexString || obj instanceof PDFName
    ? obj.decodeText()
    : undefined;
}

/** Every link annotation in the document, page by page. */
export function linkAnnotations(doc: PDFDocument): PDFDict[] {
  return doc.getPages().flatMap((page) => {
    const annots = page.node.lookup(n('Annots'));
    if (!(annots instanceof PDFArray)) return [];
    return annots
      .asArray()
      .map((a) => doc.context.lookup(a))
      .filter((d): d is PDFDict => d instanceof PDFDict && pdfText(d.get(n('Subtype'))) === 'Link');
  });
}

/** A page's content streams decoded and joined (latin1, so bytes survive a round trip), or undefined if one cannot be read. */
export function pageContent(doc: PDFDocument, page: PDFPage): string | undefined {
  const c = page.node.Contents();
  if (!c) return '';
  const streams = c instanceof PDFArray ? c.asArray().map((r) => doc.context.lookup(r)) : [c];
  if (!streams.every((s) => s instanceof PDFRawStream)) return undefined;
  return streams.map((s) => new TextDecoder('latin1').decode(decodeStream(s))).join('\n');
}

/** A stream's data: plain Flate (what Chromium writes) by Node's zlib, anything else by pdf-lib's decoders (slower). */
function decodeStream(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(n('Filter'));
  const flate = n('FlateDecode');
  if (
    (filter === flate || (filter instanceof PDFArray && filter.size() === 1 && filter.get(0) === flate)) &&
    !stream.dict.has(n('DecodeParms'))
  ) {
    try {
      return inflateSync(stream.contents);
    } catch {
      // a damaged stream: pdf-lib's decoder reads what it can
    }
  }
  return decodePDFRawStream(stream).decode();
}
