/**
 * The machine-checkable PDF/UA-1 conditions that apply to the PDFs this project makes (Matterhorn Protocol 1.1
 * checkpoint numbers in brackets). It reads the PDF with pdf-lib; it is not a full validator like veraPDF or PAC.
 */
import {
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  decodePDFRawStream,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import {
  asElem,
  descendants,
  elements,
  kidsOf,
  linkAnnotations,
  n,
  pageContent,
  parentTree,
  pdfText,
  structTreeRoot,
  typeOf,
} from './structure.ts';
import { STANDARD_TYPES } from './fix.ts';
import { untaggedDrawing } from './content.ts';

/** A string value (not a name) as text. */
const str = (o: PDFObject | undefined) => (o instanceof PDFName ? undefined : pdfText(o));

export function checkPdfUa(doc: PDFDocument): string[] {
  const problems: string[] = [];
  const p = (checkpoint: string, message: string) => problems.push(`${message} [Matterhorn ${checkpoint}]`);

  // Metadata and document settings.
  const meta = doc.catalog.lookup(n('Metadata'));
  const xmp =
    meta instanceof PDFRawStream
      ? new TextDecoder().decode(decodePDFRawStream(meta).decode())
      : meta instanceof PDFStream
        ? ''
        : undefined;
  if (xmp === undefined) p('06-001', 'no XMP metadata stream in the catalog');
  else {
    if (!/<pdfuaid:part>1<\/pdfuaid:part>|pdfuaid:part="1"/.test(xmp))
      p('06-002', 'the XMP metadata has no PDF/UA identifier (pdfuaid:part 1)');
    if (!/<dc:title>[\s\S]*?<rdf:li[^>]*>[^<]+<\/rdf:li>[\s\S]*?<\/dc:title>/.test(xmp))
      p('06-003', 'the XMP metadata has no dc:title');
  }
  const prefs = doc.catalog.lookup(n('ViewerPreferences'));
  if (!(prefs instanceof PDFDict) || String(prefs.get(n('DisplayDocTitle'))) !== 'true')
    p('07-001', 'ViewerPreferences has no DisplayDocTitle true');
  if (!str(doc.catalog.get(n('Lang')))) p('11-006', 'the document has no /Lang');
  const mark = doc.catalog.lookup(n('MarkInfo'));
  if (!(mark instanceof PDFDict) || String(mark.get(n('Marked'))) !== 'true')
    p('01-002', 'MarkInfo /Marked is not true');
  const root = structTreeRoot(doc);
  if (!root) {
    p('01-003', 'the document has no structure tree');
    return problems;
  }

  // Structure types.
  const all = elements(doc);
  const roleMap = root.lookup(n('RoleMap'));
  const mapped = (t: string) =>
    roleMap instanceof PDFDict ? (roleMap.get(n(t)) as PDFName | undefined)?.decodeText() : undefined;
  for (const type of new Set(all.map(({ el }) => typeOf(el.dict)))) {
    if (STANDARD_TYPES.has(type)) continue;
    const to = mapped(type);
    if (!to) p('02-001', `structure type ${type} is neither standard nor role-mapped`);
    else if (!STANDARD_TYPES.has(to))
      p('02-001', `structure type ${type} is role-mapped to ${to}, which is not standard`);
  }
  const kidTypes = (d: PDFDict) =>
    kidsOf(d)
      .map((k) => asElem(doc, k))
      .filter((e) => e)
      .map((e) => typeOf(e!.dict));
  let figures = 0,
    items = 0,
    tables = 0;
  for (const { el } of all) {
    const type = typeOf(el.dict);
    const role = STANDARD_TYPES.has(type) ? type : mapped(type);
    if (role === 'Figure' && !str(el.dict.get(n('Alt'))) && !str(el.dict.get(n('ActualText')))) figures++;
    if (role === 'LI' && !kidTypes(el.dict).every((t) => t === 'Lbl' || t === 'LBody')) items++;
    if (role === 'Table' && !descendants(doc, el.dict).some((d) => typeOf(d) === 'TH')) tables++;
  }
  if (figures) p('13-004', `${figures} Figure element(s) without alternative text (/Alt)`);
  if (items) p('09-004', `${items} LI element(s) with content outside Lbl and LBody`);
  if (tables)
    p('15-003', `${tables} Table element(s) without a header cell (a table split over pages becomes a second Table)`);

  // Links: /Contents, and each annotation nested in a Link structure element through the parent tree.
  const tree = parentTree(doc);
  let noContents = 0,
    noLink = 0;
  for (const d of linkAnnotations(doc)) {
    if (!str(d.get(n('Contents')))) noContents++;
    const key = d.get(n('StructParent'));
    const owner = key instanceof PDFNumber ? tree.get(key.asNumber()) : undefined;
    const ownerDict = owner instanceof PDFRef ? doc.context.lookup(owner) : owner;
    if (!(ownerDict instanceof PDFDict) || typeOf(ownerDict) !== 'Link') noLink++;
  }
  if (noContents) p('28-008', `${noContents} link annotation(s) without /Contents`);
  if (noLink) p('28-011', `${noLink} link annotation(s) not nested in a Link structure element`);

  // Content: everything drawn is tagged or an artifact; fonts are embedded.
  let untagged = 0;
  for (const [i, page] of doc.getPages().entries()) {
    const count = untaggedDrawing(pageContent(doc, page) ?? '');
    if (count) {
      untagged += count;
      if (untagged === count)
        p('01-001', `page ${i + 1} draws ${count} thing(s) that are neither tagged nor an artifact`);
    }
  }
  let unembedded = 0;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || (obj.get(n('Type')) as PDFName | undefined)?.decodeText() !== 'FontDescriptor')
      continue;
    if (!obj.get(n('FontFile')) && !obj.get(n('FontFile2')) && !obj.get(n('FontFile3'))) unembedded++;
  }
  if (unembedded) p('31-001', `${unembedded} font(s) not embedded`);
  return problems;
}
