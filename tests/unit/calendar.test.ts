import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { decodeDue, dueDate, encodeDue, icsCalendar, parseDate, type CalendarItem } from '../../src/lib/checklist/calendar.ts';

describe('deadlines counted from arrival', () => {
  it('adds days across month and year ends', () => {
    expect(dueDate('2026-11-28', { days: 5 })).toBe('2026-12-03');
    expect(dueDate('2026-12-30', { days: 5 })).toBe('2027-01-04');
    expect(dueDate('2026-12-01', { days: 180 })).toBe('2027-05-30');
  });
  it('adds calendar months, ending on the last day of a shorter month', () => {
    expect(dueDate('2026-11-15', { months: 3 })).toBe('2027-02-15');
    expect(dueDate('2026-11-30', { months: 3 })).toBe('2027-02-28');
    expect(dueDate('2027-11-30', { months: 3 })).toBe('2028-02-29');
  });
  it('refuses what is not a real date', () => {
    expect(parseDate('2026-02-30')).toBeUndefined();
    expect(parseDate('30/11/2026')).toBeUndefined();
    expect(() => dueDate('tomorrow', { days: 1 })).toThrow(/not a date/);
  });
  it('encodes the rule for a data attribute and back', () => {
    expect(decodeDue(encodeDue({ days: 5 }))).toEqual({ days: 5 });
    expect(decodeDue(encodeDue({ months: 3 }))).toEqual({ months: 3 });
    expect(decodeDue('5 days')).toBeUndefined();
  });
});

describe('the calendar file', () => {
  const items: CalendarItem[] = [
    { slug: 'cpr-number', title: 'Register your address, and get a CPR number', deadline: 'within 5 days of moving in; see the rules', url: 'https://guide.example.dk/tasks/cpr-number/', due: { days: 5 } },
    { slug: 'eu-registration', title: 'Apply for an EU residence document (ø, æ, å: letters that take two bytes in UTF-8, so folding must not split them)', deadline: 'before you have stayed 3 months', url: 'https://guide.example.dk/tasks/eu/', due: { months: 3 } },
  ];
  const ics = icsCalendar(items, '2026-11-30', { host: 'guide.example.dk', now: new Date('2026-11-23T10:00:00Z') });

  it('is valid iCalendar (parsed by ical.js) with one dated all-day event per deadline', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    expect(events[0]!.summary).toBe('Deadline: Register your address, and get a CPR number');
    expect(events[0]!.startDate.toString()).toBe('2026-12-05');
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.endDate.toString()).toBe('2026-12-06');
    expect(events[0]!.description).toContain('within 5 days of moving in; see the rules');
    expect(events[0]!.description).toContain('counts from 2026-11-30');
    expect(events[1]!.summary).toBe(`Deadline: ${items[1]!.title}`);
    expect(events[1]!.startDate.toString()).toBe('2027-02-28');
    expect(events[0]!.uid).not.toBe(events[1]!.uid);
  });

  it('uses CRLF line ends and lines of at most 75 octets', () => {
    const lines = ics.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });
});
