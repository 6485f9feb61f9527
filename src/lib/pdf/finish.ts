/**
 * The last step for every PDF the build writes: dates fixed to the edition date (reproducible output), language,
 * producer, optional title and keywords, Chromium's run-dependent structure ids renumbered, and the PDF/UA fixes
 * (src/lib/pdf/ua/fix.ts). The PDF is loaded and saved once: work that must come first (pagedjs-cli's outline and
 * metadata, src/lib/pdf/paged.ts) is passed as `prepare` instead of loading and saving the PDF a second time.
 */
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { normalizeStructureIds } from './normalize.ts';
import { makeAccessibleWith, pageContentJobs, type AccessibleOptions } from './ua/fix.ts';
import { fixPageContents } from './page-content.ts';

export interface FinishOptions {
  date: string;
  title?: string;
  keywords?: string;
  /** The document's language (BCP 47), default English. */
  lang?: string;
  linkName?: AccessibleOptions['linkName'];
  /** Runs on the loaded document before everything else. */
  prepare?: (doc: PDFDocument) => void | Promise<void>;
}

export async function finishPdf(
  bytes: Uint8Array,
  options: FinishOptions,
): Promise<{ bytes: Uint8Array; pages: number; accessibility: Record<string, number> }> {
  // pdf-lib pauses for a timer tick every 100 objects it reads and every 50 it writes (to keep a page responsive):
  // thousands of pauses of a millisecond or more for a tagged PDF. Without them the bytes are the same.
  const doc = await PDFDocument.load(bytes, { parseSpeed: ParseSpeeds.Fastest });
  // The pages' content is fixed in worker threads meanwhile (the rest below does not touch it).
  const pageContent = fixPageContents(pageContentJobs(doc));
  pageContent.catch(() => undefined); // (awaited below; a failure is thrown there)
  await options.prepare?.(doc);
  const date = new Date(`${options.date}T00:00:00Z`);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setProducer('Moving to Denmark guide builder (Paged.js, Chromium)');
  doc.setCreator('Moving to Denmark guide builder');
  if (options.title) doc.setTitle(options.title, { showInWindowTitleBar: true });
  // pagedjs-cli splits the keywords on commas and pdf-lib joins them with spaces; keep the commas.
  if (options.keywords) doc.setKeywords([options.keywords]);
  normalizeStructureIds(doc);
  const accessibility = await makeAccessibleWith(
    doc,
    {
      title: doc.getTitle() ?? options.title ?? '',
      lang: options.lang ?? 'en',
      date: options.date,
      linkName: options.linkName,
    },
    pageContent,
  );
  return {
    bytes: await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }),
    pages: doc.getPageCount(),
    accessibility,
  };
}
