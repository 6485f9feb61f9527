import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { pdfLinks, siteTarget } from '../../src/lib/checks/pdf-links.ts';

describe('PDF link annotations', () => {
  it('reads external URIs and internal jumps, with their page', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const page = doc.addPage();
    const uri = doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [0, 0, 10, 10],
      A: { S: 'URI', URI: PDFString.of('https://guide.example/tasks/x/#a') },
    });
    const jump = doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [0, 0, 10, 10],
      Dest: [page.ref, PDFName.of('XYZ'), 0, 0, 0],
    });
    page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(uri), doc.context.register(jump)]));
    const loaded = await PDFDocument.load(await doc.save());
    expect(pdfLinks(loaded)).toEqual([
      { page: 2, uri: 'https://guide.example/tasks/x/#a', internal: false },
      { page: 2, internal: true },
    ]);
  });

  it('maps links into the site to a built file and fragment, and ignores other sites', () => {
    expect(siteTarget('https://guide.example/tasks/x/#step-1', 'https://guide.example')).toEqual({
      file: 'tasks/x/index.html',
      fragment: 'step-1',
    });
    expect(siteTarget('https://guide.example/best-practice-guide.pdf', 'https://guide.example')).toEqual({
      file: 'best-practice-guide.pdf',
      fragment: undefined,
    });
    expect(siteTarget('https://skat.dk/', 'https://guide.example')).toBeUndefined();
  });
});
