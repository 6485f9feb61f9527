/** Pages and terms whose last-reviewed date is too old (EU Single Digital Gateway: information must be kept up to date). */
import type { ContentIssue } from '../content/errors.ts';
import { groupSorted } from '../text.ts';

export interface Reviewable {
  file: string;
  /** The date last reviewed (or, for a self-service entry, last verified). */
  lastReviewed: string;
  authority: string;
  line?: number;
  /** The field that holds the date: `lastReviewed` (default) or `lastVerified`. */
  field?: string;
  /** What a reader calls it, and where it is published, for the report to the authority. */
  title?: string;
  url?: string;
}

/** The date `months` before `date` (YYYY-MM-DD), clamped to the end of a shorter month. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Reviews are spread over the months of the cycle, so no quarter brings the whole guide at once: each item has a
 * month slot (a stable hash of its file and title, from 0 to months - 1), and falls due at the end of the first month
 * after its last review that is in its slot. That is never more than `months` months after the review; an item
 * reviewed in its own slot month comes round a full cycle later, so once every item has been reviewed in its month,
 * each month of the cycle brings about the same number.
 */
export function reviewSlot(key: string, months: number): number {
  let hash = 0x811c9dc5; // FNV-1a, 32 bits: stable across runs and machines
  for (const ch of key) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // MurmurHash3's finaliser mixes the high bits into the low ones, which the remainder below reads.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return (hash >>> 0) % Math.max(1, months);
}

/** The key an item's slot is computed from: its file and title (not its line, which moves when the file is edited). */
export const slotKey = (i: Pick<Reviewable, 'file' | 'title'>) => `${i.file}|${i.title ?? ''}`;

/** The last day of the month in which an item reviewed on `lastReviewed` falls due, for slot `slot` of a `months` cycle. */
export function dueDate(lastReviewed: string, months: number, slot: number): string {
  const [y, m] = lastReviewed.split('-').map(Number) as [number, number];
  const period = Math.max(1, months);
  let month = y * 12 + (m - 1) + 1;
  while (month % period !== slot % period) month++;
  return new Date(Date.UTC(Math.floor(month / 12), (month % 12) + 1, 0)).toISOString().slice(0, 10);
}

/** When an item falls due. */
export function itemDue(i: Pick<Reviewable, 'file' | 'title' | 'lastReviewed'>, months: number): string {
  return dueDate(i.lastReviewed, months, reviewSlot(slotKey(i), months));
}

export function overdue(items: Reviewable[], today: string, months: number): Reviewable[] {
  return items.filter((i) => itemDue(i, months) < today);
}

export function reviewWarnings(items: Reviewable[], today: string, months = 6): ContentIssue[] {
  return overdue(items, today, months).map((i) => ({
    file: i.file,
    line: i.line,
    field: [i.field ?? 'lastReviewed'],
    severity: 'warning',
    message: `was last ${i.field === 'lastVerified' ? 'verified' : 'reviewed'} on ${i.lastReviewed}; its review was due by ${itemDue(i, months)}`,
    hint: `ask ${i.authority} to check the page and update ${i.field ?? 'lastReviewed'}`,
  }));
}

/** A review or verification date after today is a typo (for example 2062 for 2026): it would hide the page from review. */
export function futureDateErrors(items: Reviewable[], today: string): ContentIssue[] {
  return items
    .filter((i) => i.lastReviewed > today)
    .map((i) => ({
      file: i.file,
      line: i.line,
      field: [i.field ?? 'lastReviewed'],
      severity: 'error',
      message: `${i.lastReviewed} is in the future (today is ${today})`,
      hint: 'write the date on which the page was actually checked',
    }));
}

/** A Markdown report of overdue items, grouped by responsible authority. */
export function reviewReport(
  items: Reviewable[],
  today: string,
  months: number,
  authorityName: (id: string) => string,
): string {
  const late = overdue(items, today, months);
  const lines = [
    `# Review report, ${today}`,
    '',
    `Pages, terms and entries whose review is due (each every ${months} months, spread over the months): ${late.length}.`,
    '',
  ];
  for (const [authority, list] of groupSorted(late, (i) => i.authority)) {
    lines.push(
      `## ${authorityName(authority)}`,
      '',
      ...list
        .sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed))
        .map(
          (i) =>
            `- ${i.title ? `${i.title}${i.url ? ` (${i.url})` : ''}` : `\`${i.file}\``}: last ${i.field === 'lastVerified' ? 'verified' : 'reviewed'} ${i.lastReviewed}, due by ${itemDue(i, months)}${i.title ? ` (file \`${i.file}\`)` : ''}`,
        ),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
