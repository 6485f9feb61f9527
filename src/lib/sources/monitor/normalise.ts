/**
 * Text normalisation for comparing what a page says with what we quoted: the same words should compare equal however
 * the page typesets them (soft hyphens, zero-width characters, curly quotes, dashes, non-breaking spaces, case).
 */
import { createHash } from 'node:crypto';

/** Characters a reader cannot see, which pages put inside words (soft hyphen, zero-width space/joiners, word joiner, BOM). */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4\u0060]/gu;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/gu;
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/gu;

/** Readable clean text: NFKC, invisible characters removed, curly quotes and dashes made plain, whitespace collapsed. Case is kept. */
export function cleanText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The form used for every comparison: clean text in lower case. */
export function normalise(text: string): string {
  return cleanText(text).toLowerCase();
}

/** A short, stable hash of a normalised paragraph (12 hex digits of SHA-256): enough to tell paragraphs of one page apart. */
export function paragraphHash(paragraph: string): string {
  return createHash('sha256').update(normalise(paragraph)).digest('hex').slice(0, 12);
}

/** The fingerprint of a page's main text: SHA-256 of its normalised paragraphs, one a line. */
export function fingerprint(paragraphs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const p of paragraphs) hash.update(normalise(p)).update('\n');
  return hash.digest('hex');
}
