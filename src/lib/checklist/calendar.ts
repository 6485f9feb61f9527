/**
 * Deadlines in your calendar: a task whose deadline counts from the day you arrive (`dueAfterArrival` in its front
 * matter) becomes a dated all-day event in an iCalendar (.ics) file, for the arrival date the reader gives. Pure: the
 * checklist pages' small script (src/scripts/checklist.ts) and the tests use the same functions.
 */

/** How long after arrival a deadline falls: a number of days or of calendar months. */
export interface Due { days?: number; months?: number }

export interface CalendarItem { slug: string; title: string; deadline: string; url: string; due: Due }

/** "5d" or "3m", for a data attribute. */
export function encodeDue(due: Due): string {
  return due.months ? `${due.months}m` : `${due.days ?? 0}d`;
}
export function decodeDue(text: string | undefined): Due | undefined {
  const m = /^(\d{1,4})([dm])$/.exec(text ?? '');
  if (!m) return undefined;
  return m[2] === 'm' ? { months: Number(m[1]) } : { days: Number(m[1]) };
}

/** A valid calendar date as YYYY-MM-DD, or undefined. */
export function parseDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 ? d : undefined;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The date `due` after `arrival` (YYYY-MM-DD). Months are calendar months; when the month is shorter, the last day of
 * that month (30 November + 3 months = 28 February).
 */
export function dueDate(arrival: string, due: Due): string {
  const a = parseDate(arrival);
  if (!a) throw new Error(`"${arrival}" is not a date (YYYY-MM-DD)`);
  if (due.months) {
    const target = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + due.months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(a.getUTCDate(), lastDay));
    return iso(target);
  }
  return iso(new Date(a.getTime() + (due.days ?? 0) * 86_400_000));
}

/** Text in an iCalendar property value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets (RFC 5545, 3.1), never inside a character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = new TextEncoder().encode(ch).length;
    if (octets + size > (out.length ? 74 : 75)) { out.push(current); current = ''; octets = 0; }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const compact = (date: string) => date.replace(/-/g, '');

/** The .ics file: one all-day event per item, on its deadline counted from `arrival`. */
export function icsCalendar(items: CalendarItem[], arrival: string, opts: { host: string; now: Date }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//${opts.host}//Moving to Denmark checklist//EN`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const item of items) {
    const day = dueDate(arrival, item.due);
    const next = dueDate(day, { days: 1 });
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.slug}-${compact(arrival)}@${opts.host}`,
      `DTSTAMP:${stamp(opts.now)}`,
      `DTSTART;VALUE=DATE:${compact(day)}`,
      `DTEND;VALUE=DATE:${compact(next)}`,
      `SUMMARY:${escapeText(`Deadline: ${item.title}`)}`,
      `DESCRIPTION:${escapeText(`The rule: ${item.deadline}. This date counts from ${arrival}, the day you said you arrive; check the rule for your own situation.\n${item.url}`)}`,
      `URL:${item.url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
