/** Pages and terms whose last-reviewed date is too old (EU Single Digital Gateway: information must be kept up to date). */
import type { ContentIssue } from '../content/errors.ts';
import { groupSorted } from '../text.ts';

export interface Reviewable { file: string; lastReviewed: string; authority: string; line?: number }

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
    file: i.file, line: i.line, field: ['lastReviewed'], severity: 'warning',
    message: `was last reviewed on ${i.lastReviewed}, more than ${months} months ago`,
    hint: `ask ${i.authority} to check the page and update lastReviewed`,
  }));
}

/** A Markdown report of overdue items, grouped by responsible authority. */
export function reviewReport(items: Reviewable[], today: string, months: number, authorityName: (id: string) => string): string {
  const late = overdue(items, today, months);
  const lines = [`# Review report, ${today}`, '', `Pages and terms last reviewed more than ${months} months ago: ${late.length}.`, ''];
  for (const [authority, list] of groupSorted(late, (i) => i.authority)) {
    lines.push(`## ${authorityName(authority)}`, '', ...list.sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed)).map((i) => `- \`${i.file}\`: last reviewed ${i.lastReviewed}`), '');
  }
  return `${lines.join('\n')}\n`;
}
