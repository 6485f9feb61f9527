/** Text sizes in a PDF, read with pdf.js: the size of each piece of text as printed (points), page by page. */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PrintedText {
  page: number;
  text: string;
  size: number;
}

export async function printedText(file: string): Promise<PrintedText[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const out: PrintedText[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      // The text matrix includes every scale on the way (CSS transforms, SVG viewBox): its vertical scale is the size.
      const [, , c, d] = item.transform as number[];
      out.push({ page: p, text: item.str, size: Math.hypot(c!, d!) });
    }
  }
  await doc.cleanup();
  return out;
}
