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

export function overdue(items: Reviewable[], today: string, months: number): Reviewable[] {
  const limit = monthsBefore(today, months);
  return items.filter((i) => i.lastReviewed < limit);
}

export function reviewWarnings(items: Reviewable[], today: string, months = 6): ContentIssue[] {
  return overdue(items, today, months).map((i) => ({
    file: i.file, line: i.line, field: [i.field ?? 'lastReviewed'], severity: 'warning',
    message: `was last ${i.field === 'lastVerified' ? 'verified' : 'reviewed'} on ${i.lastReviewed}, more than ${months} months ago`,
    hint: `ask ${i.authority} to check the page and update ${i.field ?? 'lastReviewed'}`,
  }));
}

/** A review or verification date after today is a typo (for example 2062 for 2026): it would hide the page from review. */
export function futureDateErrors(items: Reviewable[], today: string): ContentIssue[] {
  return items.filter((i) => i.lastReviewed > today).map((i) => ({
    file: i.file, line: i.line, field: [i.field ?? 'lastReviewed'], severity: 'error',
    message: `${i.lastReviewed} is in the future (today is ${today})`,
    hint: 'write the date on which the page was actually checked',
  }));
}

/** A Markdown report of overdue items, grouped by responsible authority. */
export function reviewReport(items: Reviewable[], today: string, months: number, authorityName: (id: string) => string): string {
  const late = overdue(items, today, months);
  const lines = [`# Review report, ${today}`, '', `Pages and terms last reviewed more than ${months} months ago: ${late.length}.`, ''];
  for (const [authority, list] of groupSorted(late, (i) => i.authority)) {
    lines.push(`## ${authorityName(authority)}`, '', ...list.sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed)).map((i) =>
      `- ${i.title ? `${i.title}${i.url ? ` (${i.url})` : ''}` : `\`${i.file}\``}: last ${i.field === 'lastVerified' ? 'verified' : 'reviewed'} ${i.lastReviewed}${i.title ? ` (file \`${i.file}\`)` : ''}`), '');
  }
  return `${lines.join('\n')}\n`;
}
