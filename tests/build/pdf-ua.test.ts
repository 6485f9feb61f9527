/** The built PDFs meet the PDF/UA-1 conditions we check, and the journey page reads figure → key → step list. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { checkPdfUa } from '../../src/lib/pdf/ua/check.ts';
import { elements, typeOf } from '../../src/lib/pdf/ua/structure.ts';
import { DIST, distFiles, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);
const load = (file: string) => PDFDocument.load(readFileSync(join(DIST, file)));

describe('PDF/UA-1 in the built PDFs', () => {
  it('every PDF the build made passes the check', async () => {
    const pdfs = distFiles((p) => p.endsWith('.pdf'));
    expect(pdfs).toEqual(expect.arrayContaining(['best-practice-guide.pdf', 'downloads/ideal-journey-poster.pdf']));
    for (const file of pdfs) expect(checkPdfUa(await load(file)), file).toEqual([]);
  });

  it('gives the journey figure its text alternative and follows it with the step list', async () => {
    const doc = await load('best-practice-guide.pdf');
    const order = elements(doc).map(({ el }) => ({ type: typeOf(el.dict), alt: el.dict.get(PDFName.of('Alt')) }));
    const figure = order.findIndex((e) => e.type === 'Figure');
    const alt = order[figure]!.alt;
    expect(alt instanceof PDFString || alt instanceof PDFHexString ? alt.decodeText() : '').toMatch(
      /^A diagram of \d+ steps in \d+ phases.*step-by-step list/,
    );
    // After the figure (its key and caption), the next heading is the step list's.
    const nextHeading = order.slice(figure + 1).findIndex((e) => /^H\d$/.test(e.type));
    expect(nextHeading).toBeGreaterThan(0);
  });
});
