/**
 * The PDF/UA-1 check and fixes on a small PDF printed by the real Chromium: the fixed PDF passes, and a PDF missing
 * each condition fails with that condition's message (one mutated copy per failure condition).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  decodePDFRawStream,
} from 'pdf-lib';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/toolchain.ts';
import { finishPdf } from '../../src/lib/pdf/finish.ts';
import { checkPdfUa } from '../../src/lib/pdf/ua/check.ts';
import { elements, kidsOf, structTreeRoot, typeOf } from '../../src/lib/pdf/ua/structure.ts';

const HTML = `<!doctype html><html lang="en"><head><title>Small guide</title></head><body>
<h1>Small guide</h1><!-- The second table is the page-two piece of the first, as Paged.js splits a table (role="table": Chromium would take a table without headers for layout). --><p>Some <strong>important</strong> text and <a href="https://lifeindenmark.borger.dk/x">Life in Denmark</a>.</p>
<figure><svg role="img" aria-label="Two boxes joined by an arrow" width="200" height="60"><rect width="80" height="40" fill="#e8f1fb"/><text x="10" y="25">Box</text></svg><figcaption>A figure</figcaption></figure>
<ul><li>One item</li><li>Two, with <a href="#part-two">a link inside</a></li></ul>
<table><thead><tr><th scope="col">Term</th><th scope="col">Meaning</th></tr></thead><tbody><tr><td>CPR</td><td>Personal number</td></tr></tbody></table>
<table role="table"><tbody><tr><td>MitID</td><td>Digital ID</td></tr></tbody></table>
<h2 id="part-two">Part two</h2><p style="width: 7em">Call Aalborg Municipality or Aarhus Municipality.</p></body></html>`;

let browser: Browser;
let fixed: Uint8Array;
let raw: Uint8Array;
beforeAll(async () => {
  browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage();
  await page.setContent(HTML);
  raw = await page.pdf({
    tagged: true,
    format: 'A4',
    displayHeaderFooter: true,
    headerTemplate: '<span style="font-size:8px">Running head</span>',
    footerTemplate: '<span></span>',
    margin: { top: '20mm', bottom: '20mm' },
  });
  fixed = (await finishPdf(raw, { date: '2026-11-23', title: 'Small guide', linkName: () => undefined })).bytes;
});
afterAll(async () => {
  await browser?.close();
});

const load = () => PDFDocument.load(fixed);
const problems = async (change: (doc: PDFDocument) => void) => {
  const doc = await load();
  change(doc);
  return checkPdfUa(doc);
};
const firstOfType = (doc: PDFDocument, type: string) => elements(doc).find(({ el }) => typeOf(el.dict) === type)!;
const linkAnnots = (doc: PDFDocument) =>
  doc
    .getPages()
    .flatMap(
      (p) =>
        (p.node.lookup(PDFName.of('Annots')) as PDFArray | undefined)
          ?.asArray()
          .map((r) => doc.context.lookup(r) as PDFDict) ?? [],
    );

describe('PDF/UA-1: Chromium alone is not enough', () => {
  it('finds the problems in the PDF as Chromium prints it', async () => {
    const found = checkPdfUa(await PDFDocument.load(raw)).join('\n');
    for (const m of ['06-001', '02-001', '09-004', '15-003', '28-008', '01-001']) expect(found).toContain(m);
  });
});

describe('PDF/UA-1 after finishing', () => {
  it('passes every condition', async () => {
    expect(checkPdfUa(await load())).toEqual([]);
  });

  it('has one Table with both rows, the continued cells pointing at the header cells', async () => {
    const doc = await load();
    const tables = elements(doc).filter(({ el }) => typeOf(el.dict) === 'Table');
    expect(tables).toHaveLength(1);
    const rows = kidsOf(tables[0]!.el.dict)
      .map((k) => doc.context.lookup(k as PDFRef) as PDFDict)
      .filter((d) => typeOf(d) === 'TR');
    expect(rows).toHaveLength(3);
    const lastCell = doc.context.lookup(kidsOf(rows[2]!)[0]) as PDFDict;
    expect(String(lastCell.lookup(PDFName.of('A')))).toMatch(/\/Headers \[ \(n\d+\) \]/);
  });

  it("names each link's target in /Contents and keeps the page content as tagged or artifact", async () => {
    const contents = linkAnnots(await load()).map((a) => {
      const c = a.lookup(PDFName.of('Contents'));
      return c instanceof PDFHexString || c instanceof PDFString ? c.decodeText() : '';
    });
    expect(contents).toEqual(['Web page https://lifeindenmark.borger.dk/x', 'Go to “part-two” in this document']);
  });
});

describe('words at line breaks', () => {
  /** The text as a reader of the structure tree gets it (poppler's pdfinfo -struct-text). */
  const structText = (bytes: Uint8Array) => {
    const dir = mkdtempSync(join(tmpdir(), 'mtd-ua-'));
    try {
      writeFileSync(join(dir, 'x.pdf'), bytes);
      return execFileSync('pdfinfo', ['-struct-text', join(dir, 'x.pdf')], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  it('does not glue the last word of a wrapped line to the first of the next', () => {
    expect(structText(raw)).toContain('Call AalborgMunicipality orAarhus'); // as Chromium writes it
    expect(structText(fixed)).toContain('Call Aalborg Municipality or Aarhus Municipality.');
  });
});

describe('the PDF/UA-1 check fails on a PDF missing each condition', () => {
  const cases: [string, string, (doc: PDFDocument) => void][] = [
    ['06-001', 'no XMP metadata', (d) => d.catalog.delete(PDFName.of('Metadata'))],
    [
      '06-002',
      'no pdfuaid:part',
      (d) => {
        const m = d.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream;
        const x = new TextDecoder()
          .decode(decodePDFRawStream(m).decode())
          .replace(/<pdfuaid:part>1<\/pdfuaid:part>/, '');
        d.catalog.set(
          PDFName.of('Metadata'),
          d.context.register(d.context.stream(x, { Type: 'Metadata', Subtype: 'XML' })),
        );
      },
    ],
    [
      '06-003',
      'no dc:title',
      (d) => {
        const m = d.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream;
        const x = new TextDecoder().decode(decodePDFRawStream(m).decode()).replace(/<dc:title>[\s\S]*<\/dc:title>/, '');
        d.catalog.set(
          PDFName.of('Metadata'),
          d.context.register(d.context.stream(x, { Type: 'Metadata', Subtype: 'XML' })),
        );
      },
    ],
    ['07-001', 'no DisplayDocTitle', (d) => d.catalog.delete(PDFName.of('ViewerPreferences'))],
    ['11-006', 'no /Lang', (d) => d.catalog.delete(PDFName.of('Lang'))],
    [
      '02-001',
      'a type that is neither standard nor mapped',
      (d) => (structTreeRoot(d)!.lookup(PDFName.of('RoleMap')) as PDFDict).delete(PDFName.of('Strong')),
    ],
    ['13-004', 'a Figure without /Alt', (d) => firstOfType(d, 'Figure').el.dict.delete(PDFName.of('Alt'))],
    ['28-008', 'a link annotation without /Contents', (d) => linkAnnots(d)[0]!.delete(PDFName.of('Contents'))],
    [
      '28-011',
      'a link annotation outside any Link element',
      (d) => linkAnnots(d)[0]!.set(PDFName.of('StructParent'), PDFNumber.of(9999)),
    ],
    [
      '09-004',
      'an LI without LBody',
      (d) => {
        const li = firstOfType(d, 'LI').el.dict;
        const body = d.context.lookup(kidsOf(li).at(-1)) as PDFDict;
        li.set(PDFName.of('K'), body.get(PDFName.of('K'))!);
      },
    ],
    [
      '15-003',
      'a Table without header cells',
      (d) => {
        for (const { el } of elements(d)) if (typeOf(el.dict) === 'TH') el.dict.set(PDFName.of('S'), PDFName.of('TD'));
      },
    ],
    [
      '01-001',
      'content neither tagged nor an artifact',
      (d) => {
        const p = d.getPage(0);
        const s = d.context.flateStream('BT /F1 8 Tf (loose) Tj ET');
        const c = p.node.get(PDFName.of('Contents'));
        p.node.set(PDFName.of('Contents'), d.context.obj([c!, d.context.register(s)]));
      },
    ],
    [
      '31-001',
      'a font that is not embedded',
      (d) => {
        for (const [, o] of d.context.enumerateIndirectObjects())
          if (o instanceof PDFDict && String(o.get(PDFName.of('Type'))) === '/FontDescriptor') {
            o.delete(PDFName.of('FontFile2'));
            o.delete(PDFName.of('FontFile'));
            o.delete(PDFName.of('FontFile3'));
          }
      },
    ],
  ];
  for (const [checkpoint, what, change] of cases) {
    it(`${what} (Matterhorn ${checkpoint})`, async () => {
      const found = await problems(change);
      expect(
        found.some((p) => p.includes(`Matterhorn ${checkpoint}`)),
        found.join('\n'),
      ).toBe(true);
    });
  }
});
