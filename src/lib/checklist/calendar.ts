/**
 * The personal timeline as a calendar file (.ics, RFC 5545): one all-day event per dated entry of
 * src/lib/checklist/timeline.ts, saying the rule in words and the date it counts from. Pure: the checklist pages' script
 * (src/scripts/checklist.ts) and the tests use it.
 */
import { ADDRESS_NOT_SET } from '../address-wording.ts';
import { addDays, KIND_LABEL, LIFE_EVENTS, type DatedEntry } from './timeline.ts';

/** Said in an event instead of the task's address while the guide's public address is not set. */
/** An event links to its task only with a whole https address (not a path on a site whose address is not set). */
const absolute = (url: string) => /^https:\/\//.test(url);

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
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const compact = (date: string) => date.replace(/-/g, '');

/** The .ics file: one all-day event per dated entry, in the timeline's order. */
export function icsCalendar(entries: DatedEntry[], opts: { host: string; now: Date }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${opts.host}//Moving to Denmark checklist//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const e of entries) {
    const counts = `This date counts from ${LIFE_EVENTS[e.countsFrom].phrase} (${e.eventDate}), as you gave it; check the rule for your own situation.`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.slug}-${e.kind}-${compact(e.date)}@${opts.host}`,
      `DTSTAMP:${stamp(opts.now)}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(`${KIND_LABEL[e.kind]}: ${e.title}`)}`,
      `DESCRIPTION:${escapeText(`${e.deadline ? `The rule: ${e.deadline}. ` : ''}${counts}\n${absolute(e.url) ? e.url : ADDRESS_NOT_SET}`)}`,
      ...(absolute(e.url) ? [`URL:${e.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
