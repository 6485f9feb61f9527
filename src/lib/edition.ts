import { environment, type Env } from './context.ts';

/** The edition (for example "2026-Q4") and its date, stamped on the site footer, the PDF and the downloads. */
export interface Edition {
  id: string;
  date: string;
  label: string;
}

/** The quarter a date falls in, as "YYYY-Qn". */
export function editionForDate(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

export function formatLongDate(iso: string, lang: 'en' | 'da' = 'en'): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * The edition from EDITION / EDITION_DATE, else from SOURCE_DATE_EPOCH, else from today.
 * Fixing SOURCE_DATE_EPOCH makes every output reproducible.
 */
export function currentEdition(env: Env = environment(), now: Date = new Date()): Edition {
  const epoch = env.SOURCE_DATE_EPOCH ? new Date(Number(env.SOURCE_DATE_EPOCH) * 1000) : now;
  const date = env.EDITION_DATE ?? epoch.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`EDITION_DATE must be YYYY-MM-DD, got "${date}"`);
  const id = env.EDITION ?? editionForDate(new Date(`${date}T00:00:00Z`));
  if (!/^\d{4}-Q[1-4]$/.test(id)) throw new Error(`The edition must look like 2026-Q4, got "${id}"`);
  return { id, date, label: `Edition ${id} · ${formatLongDate(date)}` };
}

/** The file name of an edition's copy of the best-practice guide (in dist/ and in releases/<edition>/). */
/** The edition-named copy of the best-practice guide; the Danish edition ends in `-da`. */
export function editionPdfName(editionId: string, lang: 'en' | 'da' = 'en'): string {
  return `moving-to-denmark-best-practice-guide-${editionId}${lang === 'da' ? '-da' : ''}.pdf`;
}
