/**
 * The last step for every PDF the build writes: dates fixed to the edition date (reproducible output), language,
 * producer, optional title and keywords, Chromium's run-dependent structure ids renumbered, and the PDF/UA fixes
 * (src/lib/pdf/ua/fix.ts).
 */
import { PDFDocument } from 'pdf-lib';
import { normalizeStructureIds } from './normalize.ts';
import { makeAccessible, type AccessibleOptions } from './ua/fix.ts';

export interface FinishOptions {
  date: string;
  title?: string;
  keywords?: string;
  /** The document's language (BCP 47), default English. */
  lang?: string;
  linkName?: AccessibleOptions['linkName'];
}

export async function finishPdf(
  bytes: Uint8Array,
  options: FinishOptions,
): Promise<{ bytes: Uint8Array; pages: number; accessibility: Record<string, number> }> {
  const doc = await PDFDocument.load(bytes);
  const date = new Date(`${options.date}T00:00:00Z`);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setProducer('Moving to Denmark guide builder (Paged.js, Chromium)');
  doc.setCreator('Moving to Denmark guide builder');
  if (options.title) doc.setTitle(options.title, { showInWindowTitleBar: true });
  // pagedjs-cli splits the keywords on commas and pdf-lib joins them with spaces; keep the commas.
  if (options.keywords) doc.setKeywords([options.keywords]);
  normalizeStructureIds(doc);
  const accessibility = makeAccessible(doc, {
    title: doc.getTitle() ?? options.title ?? '',
    lang: options.lang ?? 'en',
    date: options.date,
    linkName: options.linkName,
  });
  return { bytes: await doc.save({ useObjectStreams: false }), pages: doc.getPageCount(), accessibility };
}
