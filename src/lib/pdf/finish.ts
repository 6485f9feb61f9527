/**
 * The last step for every PDF the build writes: dates fixed to the edition date (reproducible output), language,
 * producer, optional title and keywords, and Chromium's run-dependent structure ids renumbered.
 */
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { normalizeStructureIds } from './normalize.ts';

export async function finishPdf(bytes: Uint8Array, options: { date: string; title?: string; keywords?: string }): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(bytes);
  const date = new Date(`${options.date}T00:00:00Z`);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setProducer('Moving to Denmark guide builder (Paged.js, Chromium)');
  doc.setCreator('Moving to Denmark guide builder');
  if (options.title) doc.setTitle(options.title);
  // pagedjs-cli splits the keywords on commas and pdf-lib joins them with spaces; keep the commas.
  if (options.keywords) doc.setKeywords([options.keywords]);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('en'));
  normalizeStructureIds(doc);
  return { bytes: await doc.save({ useObjectStreams: false }), pages: doc.getPageCount() };
}
