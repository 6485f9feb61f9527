/**
 * Is each Danish text in step with its English source? The English side of every translatable unit gets a fingerprint
 * (a hash of exactly the text a translator translates); a Danish file records the fingerprint it translates. A different
 * fingerprint means the English changed since: the Danish is out of date. Pure: check:content, the review report, the
 * release and `npm run translations` all use it.
 */
import { contentHash } from '../release/manifest.ts';

export type TranslationState = 'current' | 'stale' | 'unstamped' | 'missing';

export interface TranslationUnit {
  /** The Danish file, for example `da/tips/say-who-does-what.md`. */
  file: string;
  /** The English file it translates. */
  source: string;
  /** What readers call it, for reports and release notes. */
  title: string;
  /** The fingerprint of the English now. */
  english: string;
  /** The fingerprint the Danish says it translates, when it exists. */
  translates?: string;
  exists: boolean;
}

export interface TranslationStatus extends TranslationUnit {
  state: TranslationState;
}

/** The fingerprint of English text a translator works from (12 hex characters). */
export function fingerprintOf(value: unknown): string {
  return contentHash(value).slice(0, 12);
}

export function translationStatus(units: TranslationUnit[]): TranslationStatus[] {
  return units.map((u) => ({
    ...u,
    state: !u.exists
      ? 'missing'
      : u.translates === undefined
        ? 'unstamped'
        : u.translates === u.english
          ? 'current'
          : 'stale',
  }));
}

/** One sentence for an editor about a unit that is not current. */
export function describeState(s: TranslationStatus): string {
  switch (s.state) {
    case 'missing':
      return `is missing: there is no ${s.file} yet`;
    case 'unstamped':
      return `does not say which version of ${s.source} it translates`;
    case 'stale':
      return `is out of date: ${s.source} has changed since it was translated`;
    default:
      return 'is up to date';
  }
}

export const STAMP_HINT = (s: TranslationStatus) =>
  s.state === 'missing'
    ? `write ${s.file} (see docs/writing-content.md, "The Danish edition")`
    : `update the Danish to match ${s.source}, then run: npm run translations -- --stamp ${s.file}`;

/** The Danish texts that are not up to date, as a Markdown section for the review report and the release notes. */
export function translationSection(status: TranslationStatus[]): string {
  const open = status.filter((s) => s.state !== 'current');
  if (!status.length) return '';
  const lines = ['## Danish edition', ''];
  if (!open.length) lines.push(`All ${status.length} Danish texts translate the current English.`, '');
  else
    lines.push(
      `${open.length} of ${status.length} Danish texts are not up to date with the English:`,
      '',
      ...open.map((s) => `- ${s.title}: the Danish ${describeState(s)}`),
      '',
    );
  return `${lines.join('\n')}\n`;
}
