/** Reads the link annotations inside a PDF: external URIs and internal jumps. */
import { PDFArray, PDFDict, PDFName, PDFString, PDFHexString, type PDFDocument } from 'pdf-lib';

export interface PdfLink {
  page: number;
  uri?: string;
  internal: boolean;
}

export function pdfLinks(doc: PDFDocument): PdfLink[] {
  const links: PdfLink[] = [];
  doc.getPages().forEach((page, i) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) return;
    for (let j = 0; j < annots.size(); j++) {
      const annot = annots.lookup(j, PDFDict);
      if (annot.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.get(PDFName.of('URI'));
      if (uri instanceof PDFString || uri instanceof PDFHexString)
        links.push({ page: i + 1, uri: uri.decodeText(), internal: false });
      else links.push({ page: i + 1, internal: true });
    }
  });
  return links;
}

/** For a link into the site (`https://site/path/#frag`), the built file and fragment it needs; undefined for other sites. */
export function siteTarget(uri: string, siteUrl: string): { file: string; fragment?: string } | undefined {
  if (!uri.startsWith(`${siteUrl}/`)) return undefined;
  const url = new URL(uri);
  const path = decodeURIComponent(url.pathname);
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return { file: file.replace(/^\//, ''), fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined };
}
