/**
 * Makes a Chromium-tagged PDF meet PDF/UA-1 where Chromium and Paged.js fall short (see check.ts for the conditions):
 * XMP metadata with the PDF/UA identifier and title, the document title shown, a role map for non-standard types,
 * figures that only group a figure and its caption become Div, list items get an LBody, link annotations get a
 * /Contents in words, a table that Paged.js split over pages becomes one Table again (its continued cells point to the
 * header cells), content drawn outside the structure tree is marked as an artifact, and the space Chromium drops
 * where a line wraps is put back (so text read from the structure tree does not glue words).
 */
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  PDFHexString,
  decodePDFRawStream,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import {
  asElem,
  descendants,
  directMcids,
  elements,
  kidsOf,
  linkAnnotations,
  n,
  pageContent,
  parentTree,
  pdfText,
  setKids,
  structTreeRoot,
  typeOf,
  type StructElem,
} from './structure.ts';
import { fixPageContent, spaceCode } from './content.ts';

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
export const STANDARD_TYPES = new Set([
  'Document',
  'Part',
  'Art',
  'Sect',
  'Div',
  'BlockQuote',
  'Caption',
  'TOC',
  'TOCI',
  'Index',
  'NonStruct',
  'Private',
  'P',
  'H',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'L',
  'LI',
  'Lbl',
  'LBody',
  'Table',
  'TR',
  'TH',
  'TD',
  'THead',
  'TBody',
  'TFoot',
  'Span',
  'Quote',
  'Note',
  'Reference',
  'BibEntry',
  'Code',
  'Link',
  'Annot',
  'Ruby',
  'RB',
  'RT',
  'RP',
  'Warichu',
  'WT',
  'WP',
  'Figure',
  'Formula',
  'Form',
]);
/** What the non-standard types Chromium writes mean in standard terms; anything else becomes Span. */
const ROLES: Record<string, string> = {
  Strong: 'Span',
  Em: 'Span',
  Section: 'Sect',
  Article: 'Art',
  Aside: 'Div',
  Main: 'Div',
  Nav: 'Div',
  Header: 'Div',
  Footer: 'Div',
  Title: 'P',
  FENote: 'Note',
  Sub: 'Span',
  Sup: 'Span',
  Mark: 'Span',
};

export interface AccessibleOptions {
  title: string;
  lang: string;
  /** The edition date (YYYY-MM-DD): the XMP dates, for reproducible bytes. */
  date: string;
  /** Words for a link's target: the link's text in the source page, or the heading of an internal destination. */
  linkName?: (target: { uri?: string; dest?: string }) => string | undefined;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function xmpPacket(o: { title: string; lang: string; date: string; producer: string }): string {
  const stamp = `${o.date}T00:00:00Z`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(o.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>${esc(o.lang)}</rdf:li></rdf:Bag></dc:language>
   <pdfuaid:part>1</pdfuaid:part>
   <xmp:CreateDate>${stamp}</xmp:CreateDate>
   <xmp:ModifyDate>${stamp}</xmp:ModifyDate>
   <xmp:MetadataDate>${stamp}</xmp:MetadataDate>
   <pdf:Producer>${esc(o.producer)}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

function setMetadata(doc: PDFDocument, o: AccessibleOptions): void {
  const xmp = new TextEncoder().encode(xmpPacket({ ...o, producer: doc.getProducer() ?? '' }));
  const stream = doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length });
  doc.catalog.set(n('Metadata'), doc.context.register(stream));
  doc.catalog.set(n('ViewerPreferences'), doc.context.obj({ DisplayDocTitle: true }));
  doc.catalog.set(n('MarkInfo'), doc.context.obj({ Marked: true }));
  doc.catalog.set(n('Lang'), PDFString.of(o.lang));
}

function roleMap(doc: PDFDocument, all: StructElem[]): number {
  const root = structTreeRoot(doc)!;
  const existing = root.lookup(n('RoleMap'));
  const map = existing instanceof PDFDict ? existing : doc.context.obj({});
  let added = 0;
  for (const type of new Set(all.map((e) => typeOf(e.dict)))) {
    if (STANDARD_TYPES.has(type) || map.get(n(type))) continue;
    map.set(n(type), n(ROLES[type] ?? 'Span'));
    added++;
  }
  root.set(n('RoleMap'), map);
  return added;
}

/** A Figure that holds another Figure (an HTML figure around an SVG with role="img") only groups: it becomes Div. */
function groupingFigures(doc: PDFDocument, all: StructElem[]): number {
  let changed = 0;
  for (const { dict } of all) {
    if (typeOf(dict) !== 'Figure') continue;
    // Look through the NonStruct and Div wrappers Chromium puts around elements.
    const holdsFigure = (d: PDFDict, depth: number): boolean =>
      depth < 4 &&
      kidsOf(d).some((k) => {
        const e = asElem(doc, k);
        return (
          e !== undefined &&
          (typeOf(e.dict) === 'Figure' ||
            (['NonStruct', 'Div'].includes(typeOf(e.dict)) && holdsFigure(e.dict, depth + 1)))
        );
      });
    if (holdsFigure(dict, 0)) {
      dict.set(n('S'), n('Div'));
      changed++;
    }
  }
  return changed;
}

/** Points the parent-tree entries of the given marked-content ids at a new owner. */
function reparentMcids(
  doc: PDFDocument,
  tree: Map<number, PDFObject>,
  mcids: { mcid: number; page?: PDFRef }[],
  owner: PDFRef,
): void {
  for (const { mcid, page } of mcids) {
    const pageDict = page ? doc.context.lookup(page) : undefined;
    const key = pageDict instanceof PDFDict ? pageDict.get(n('StructParents')) : undefined;
    const entry = key instanceof PDFNumber ? tree.get(key.asNumber()) : undefined;
    const arr = entry instanceof PDFRef ? doc.context.lookup(entry) : entry;
    if (arr instanceof PDFArray && mcid < arr.size()) arr.set(mcid, owner);
  }
}

/** Every LI gets its content inside an LBody (after its Lbl, if it has one). */
function listBodies(doc: PDFDocument, all: StructElem[]): number {
  let changed = 0;
  const tree = parentTree(doc);
  for (const { dict, ref } of all) {
    if (typeOf(dict) !== 'LI' || !ref) continue;
    const kids = kidsOf(dict);
    const isType = (k: PDFObject, t: string) => {
      const e = asElem(doc, k);
      return e !== undefined && typeOf(e.dict) === t;
    };
    if (kids.some((k) => isType(k, 'LBody'))) continue;
    const labels = kids.filter((k) => isType(k, 'Lbl'));
    const body = kids.filter((k) => !isType(k, 'Lbl'));
    const lbody = doc.context.obj({ Type: 'StructElem', S: 'LBody', P: ref });
    const lbodyRef = doc.context.register(lbody);
    setKids(lbody, body, doc);
    const page = dict.get(n('Pg'));
    if (page) lbody.set(n('Pg'), page);
    for (const k of body) {
      const e = asElem(doc, k);
      if (e) e.dict.set(n('P'), lbodyRef);
    }
    reparentMcids(doc, tree, directMcids(doc, dict), lbodyRef);
    setKids(dict, [...labels, lbodyRef], doc);
    changed++;
  }
  return changed;
}

/** Every link annotation says where it goes, in words (/Contents). */
function linkContents(doc: PDFDocument, o: AccessibleOptions): number {
  let changed = 0;
  for (const d of linkAnnotations(doc)) {
    if (d.get(n('Contents'))) continue;
    const action = d.lookup(n('A'));
    const uri = action instanceof PDFDict ? pdfText(action.get(n('URI'))) : undefined;
    const dest = pdfText(d.get(n('Dest')));
    const named = o.linkName?.({ uri, dest });
    const words = uri
      ? named && named !== uri
        ? `${named} (${uri})`
        : `Web page ${uri}`
      : dest
        ? `Go to “${named ?? dest}” in this document`
        : 'Link';
    d.set(n('Contents'), PDFHexString.fromText(words));
    changed++;
  }
  return changed;
}

const cellsOf = (doc: PDFDocument, tr: PDFDict) =>
  kidsOf(tr)
    .map((k) => asElem(doc, k))
    .filter((e): e is StructElem => !!e && ['TH', 'TD'].includes(typeOf(e.dict)));
const rowsOf = (doc: PDFDocument, table: PDFDict) =>
  kidsOf(table).flatMap((k) => {
    const e = asElem(doc, k);
    if (!e) return [];
    if (typeOf(e.dict) === 'TR') return [e];
    return ['THead', 'TBody', 'TFoot'].includes(typeOf(e.dict))
      ? kidsOf(e.dict)
          .map((x) => asElem(doc, x))
          .filter((x): x is StructElem => !!x && typeOf(x.dict) === 'TR')
      : [];
  });
const isHeaderRow = (doc: PDFDocument, tr: PDFDict) => {
  const c = cellsOf(doc, tr);
  return c.length > 0 && c.every((x) => typeOf(x.dict) === 'TH');
};

/**
 * Joins the pieces of a table that Paged.js split over pages: a Table without a header row that directly follows a
 * Table with one (nothing else in between in reading order) and has as many columns. Its rows move into the first
 * Table, and each cell's /Headers names the column's header cell, so a screen reader announces it on every page.
 */
function joinSplitTables(doc: PDFDocument): number {
  const order = elements(doc).filter(
    ({ el }) => !['NonStruct', 'Div', 'Sect', 'Part', 'Art', 'Document'].includes(typeOf(el.dict)),
  );
  let joined = 0;
  let current: { table: StructElem; headerIds: PDFObject[]; columns: number } | undefined;
  let inside: Set<PDFDict> = new Set();
  for (const { el, parent } of order) {
    if (inside.has(el.dict)) continue;
    if (typeOf(el.dict) !== 'Table') {
      current = undefined;
      continue;
    }
    const rows = rowsOf(doc, el.dict);
    const header = rows.find((r) => isHeaderRow(doc, r.dict));
    const columns = Math.max(0, ...rows.map((r) => cellsOf(doc, r.dict).length));
    const inTable = new Set(descendants(doc, el.dict));
    if (header) {
      current = {
        table: el,
        headerIds: cellsOf(doc, header.dict)
          .map((c) => c.dict.get(n('ID')))
          .filter((x): x is PDFObject => !!x),
        columns,
      };
      inside = inTable;
      continue;
    }
    if (!current || columns !== current.columns || !current.table.ref) {
      current = undefined;
      continue;
    }
    // A continuation: move its rows, point its cells at the column headers, and drop the empty Table.
    const target = current.table;
    for (const row of rows) {
      if (row.ref) row.dict.set(n('P'), target.ref!);
      cellsOf(doc, row.dict).forEach((cell, i) => {
        const id = current!.headerIds[i];
        if (!id || typeOf(cell.dict) !== 'TD') return;
        const attrs = kidsAttr(cell.dict).filter((a) => !(a instanceof PDFDict && a.get(n('Headers'))));
        attrs.push(doc.context.obj({ O: 'Table', Headers: [id] }));
        cell.dict.set(n('A'), doc.context.obj(attrs));
      });
    }
    setKids(target.dict, [...kidsOf(target.dict), ...rows.map((r) => r.ref ?? r.dict)], doc);
    setKids(
      parent,
      kidsOf(parent).filter((k) => asElem(doc, k)?.dict !== el.dict),
      doc,
    );
    inside = new Set([...inside, ...inTable]);
    joined++;
  }
  return joined;
}

function kidsAttr(el: PDFDict): PDFObject[] {
  const a = el.lookup(n('A'));
  return a instanceof PDFArray ? a.asArray() : a ? [a] : [];
}

/** One page's content for markPageContent: its content streams read as latin1, and its fonts' codes for a space. */
export interface PageContentJob {
  page: number;
  src: string;
  spaces: [font: string, code: string][];
}
/** A page's content fixed: the new content stream (Flate-compressed), or none when nothing changed. */
export interface PageContentFix {
  page: number;
  stream?: Uint8Array;
  wrapped: number;
  added: number;
}

/** A name as pdf-lib keys it (`#xx` escapes decoded), so that `/F4` in a content stream finds the font named F4. */
const decodeName = (name: string) =>
  name.replace(/#([\dABCDEF]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * What markPageContent works on, read from the document (the work itself needs no document, so it can run in another
 * thread, see src/lib/pdf/page-content.ts): for each page its content, and for each font in its resources the code
 * for a space, from the font's ToUnicode map.
 */
export function pageContentJobs(doc: PDFDocument): PageContentJob[] {
  const codes = new Map<PDFRawStream, string | undefined>(); // a font's map, read once for every page that uses it
  return doc.getPages().flatMap((page, index): PageContentJob[] => {
    const src = pageContent(doc, page);
    if (!src) return [];
    const resources = page.node.lookup(n('Resources'));
    const fonts = resources instanceof PDFDict ? resources.lookup(n('Font')) : undefined;
    const spaces: [string, string][] = [];
    if (fonts instanceof PDFDict) {
      for (const [name, value] of fonts.entries()) {
        const font = doc.context.lookup(value);
        const tu = font instanceof PDFDict ? font.lookup(n('ToUnicode')) : undefined;
        if (!(tu instanceof PDFRawStream)) continue;
        if (!codes.has(tu)) codes.set(tu, spaceCode(new TextDecoder('latin1').decode(decodePDFRawStream(tu).decode())));
        const code = codes.get(tu);
        if (code !== undefined) spaces.push([name.decodeText(), code]);
      }
    }
    return [{ page: index, src, spaces }];
  });
}

/** One page's content fixed (spaces at line ends, artifacts), and compressed as pdf-lib compresses a stream. */
export function fixPageJob(job: PageContentJob): PageContentFix {
  const spaces = new Map(job.spaces);
  const r = fixPageContent(job.src, (font) => spaces.get(decodeName(font))); // spaceAtLineEnds, then wrapUntagged
  if (!r.wrapped && !r.added) return { page: job.page, wrapped: 0, added: 0 };
  const bytes = Buffer.from(r.out, 'latin1'); // the stream was read as latin1: one byte per character
  return {
    page: job.page,
    stream: PDFContext.create().flateStream(bytes).getContents(),
    wrapped: r.wrapped,
    added: r.added,
  };
}

/**
 * Marks what each page draws outside the structure tree as an artifact, and puts back the spaces Chromium drops where
 * a line wraps. Returns how many runs were marked and how many spaces were added. `fixes` is the work done already
 * (fixPageJob for each of pageContentJobs), in page order.
 */
function markPageContent(
  doc: PDFDocument,
  fixes: PageContentFix[] = pageContentJobs(doc).map(fixPageJob),
): { artifacts: number; spaces: number } {
  let wrapped = 0;
  let spaces = 0;
  const pages = doc.getPages();
  const deleted = new Set<PDFRef>();
  for (const fix of fixes) {
    const page = pages[fix.page];
    if (!fix.stream || !page) continue;
    const c = page.node.Contents();
    const refs = (c instanceof PDFArray ? c.asArray() : [page.node.get(n('Contents'))]).filter(
      (r): r is PDFRef => r instanceof PDFRef,
    );
    if (refs.some((r) => deleted.has(r))) continue; // a stream shared with a page before, replaced there: left as it is
    spaces += fix.added;
    // The old streams go, or pdf-lib would save them too.
    for (const ref of refs) {
      doc.context.delete(ref);
      deleted.add(ref);
    }
    page.node.set(n('Contents'), doc.context.register(doc.context.stream(fix.stream, { Filter: 'FlateDecode' })));
    wrapped += fix.wrapped;
  }
  return { artifacts: wrapped, spaces };
}

/** Applies every fix; returns how many things each one changed (for the build's progress line). */
export function makeAccessible(doc: PDFDocument, o: AccessibleOptions): Record<string, number> {
  return { ...fixStructure(doc, o), ...markPageContent(doc) };
}

/**
 * makeAccessible, with the pages' content fixed elsewhere meanwhile (fixPageJob for each of pageContentJobs, read
 * before any other change; src/lib/pdf/page-content.ts runs them in worker threads).
 */
export async function makeAccessibleWith(
  doc: PDFDocument,
  o: AccessibleOptions,
  pageContent: Promise<PageContentFix[]>,
): Promise<Record<string, number>> {
  const counts = fixStructure(doc, o);
  return { ...counts, ...markPageContent(doc, await pageContent) };
}

/** Every fix but the pages' content. */
function fixStructure(doc: PDFDocument, o: AccessibleOptions): Record<string, number> {
  setMetadata(doc, o);
  if (!structTreeRoot(doc)) return {};
  const all = elements(doc).map((e) => e.el);
  return {
    roles: roleMap(doc, all),
    figures: groupingFigures(doc, all),
    listBodies: listBodies(doc, all),
    links: linkContents(doc, o),
    tablesJoined: joinSplitTables(doc),
  };
}
