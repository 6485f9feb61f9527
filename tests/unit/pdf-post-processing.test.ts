/**
 * The faster post-processing of the PDFs (issue #33) gives the same PDF as before: one reading of each content stream
 * instead of two, the pages' content fixed in worker threads, pagedjs-cli's post-processing on the document loaded once.
 */
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { fixPageContent, spaceAtLineEnds, tokenize, wrapUntagged } from '../../src/lib/pdf/ua/content.ts';
import {
  fixPageJob,
  makeAccessible,
  makeAccessibleWith,
  pageContentJobs,
  type PageContentJob,
} from '../../src/lib/pdf/ua/fix.ts';
import { fixPageContents } from '../../src/lib/pdf/page-content.ts';
import { finishPdf } from '../../src/lib/pdf/finish.ts';

const space = (font: string) => (font === 'F1' ? '0003' : font === 'F2' ? '01' : undefined);
/** Tagged lines that wrap (spaces go in), a running head outside the structure tree, a saved state with both. */
const STREAMS = [
  '/P <</MCID 0 >>BDC\nBT /F1 10 Tf 1 0 0 -1 10 100 Tm <0010> Tj ET\nBT /F1 10 Tf 1 0 0 -1 10 112 Tm <0011> Tj ET\nEMC\nBT\n/F1 8 Tf\n(Page 1 of 3) Tj\nET',
  'q 1 0 0 1 0 0 cm 0 0 10 10 re f /Span <</MCID 1 >>BDC BT /F2 9 Tf 1 0 0 -1 5 20 Tm [<41>-3<42>] TJ ET BT /F2 9 Tf 1 0 0 -1 5 31 Tm <43> Tj ET EMC Q 5 5 m 6 6 l S',
  '/P <</MCID 2 >>BDC BT /F1 10 Tf 1 0 0 -1 10 100 Tm <00100003> Tj ET BT /F1 10 Tf 1 0 0 -1 10 112 Tm <0011> Tj ET EMC',
  '/P <</MCID 3 >>BDC\nBT /F1 10 Tf 1 0 0 -1 10 100 Tm <0010> Tj ET\nBT /F1 10 Tf 1 0 0 -1 10 112 Tm <0011> Tj ET\nEMC\nBI /W 1 /H 1 ID x EI',
  '% a comment\nBT /F3 10 Tf (plain) Tj ET',
];

describe('one reading of a content stream for both fixes', () => {
  it.each(STREAMS.map((s, i) => [i, s]))('stream %i: the same as spaceAtLineEnds, then wrapUntagged', (_i, src) => {
    const spaced = spaceAtLineEnds(src, space);
    const wrapped = wrapUntagged(spaced.out);
    expect(fixPageContent(src, space)).toEqual({ out: wrapped.out, added: spaced.added, wrapped: wrapped.wrapped });
  });

  it('still tells numbers from operators', () => {
    const ops = tokenize('5. .5 -.5 +3 1.2.3 - . true null 1e5 Tj')
      .filter((t) => t.operator)
      .map((t) => t.text);
    expect(ops).toEqual(['1.2.3', '-', '.', '1e5', 'Tj']);
  });
});

describe('the pages fixed in worker threads', () => {
  it('give the fixes of this thread, in page order', async () => {
    const jobs: PageContentJob[] = Array.from({ length: 12 }, (_x, page) => ({
      page,
      src: STREAMS[page % STREAMS.length]!.repeat(1 + (page % 3)),
      spaces: [
        ['F1', '0003'],
        ['F2', '01'],
      ],
    }));
    const here = jobs.map(fixPageJob);
    const there = await fixPageContents(jobs);
    expect(there.map((f) => f.page)).toEqual(jobs.map((j) => j.page));
    expect(there.map((f) => ({ ...f, stream: f.stream && Buffer.from(f.stream).toString('base64') }))).toEqual(
      here.map((f) => ({ ...f, stream: f.stream && Buffer.from(f.stream).toString('base64') })),
    );
  });

  it('make the same PDF as the fixes done in one thread', async () => {
    // Without pdf-lib's own dates (the time now), so the two documents do not differ when made in different seconds.
    const make = async () => {
      const doc = await PDFDocument.create({ updateMetadata: false });
      const font = await doc.embedFont(StandardFonts.Helvetica);
      for (let i = 0; i < 3; i++) doc.addPage().drawText(`Page ${i + 1}`, { x: 50, y: 700, font, size: 12 });
      return PDFDocument.load(await doc.save({ useObjectStreams: false }), { updateMetadata: false });
    };
    const options = { title: 'T', lang: 'en', date: '2026-11-23' };
    const a = await make();
    const countsA = makeAccessible(a, options);
    const b = await make();
    const countsB = await makeAccessibleWith(b, options, fixPageContents(pageContentJobs(b)));
    expect(countsB).toEqual(countsA);
    expect(countsA.artifacts).toBe(3);
    expect(
      Buffer.from(await b.save({ useObjectStreams: false })).equals(
        Buffer.from(await a.save({ useObjectStreams: false })),
      ),
    ).toBe(true);
  });
});

describe('finishPdf', () => {
  it('runs work given as prepare on the loaded document first, and gives the same bytes twice', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText('Hello', { x: 50, y: 700 });
    const bytes = await doc.save();
    const prepare = (d: PDFDocument) => {
      d.setSubject('Prepared');
      d.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
    };
    const one = await finishPdf(bytes, { date: '2026-11-23', title: 'T', prepare });
    const two = await finishPdf(bytes, { date: '2026-11-23', title: 'T', prepare });
    expect(Buffer.from(one.bytes).equals(Buffer.from(two.bytes))).toBe(true);
    const loaded = await PDFDocument.load(one.bytes);
    expect(loaded.getSubject()).toBe('Prepared');
    expect(loaded.getCreationDate()?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });
});
