import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { icsCalendar } from '../../src/lib/checklist/calendar.ts';
import {
  addDays,
  addMonths,
  buildTimeline,
  decodeRules,
  encodeRules,
  eventApplies,
  missingText,
  neededEvents,
  parseDate,
  readableDate,
  ruleDate,
  type TimelineTask,
} from '../../src/lib/checklist/timeline.ts';
import { dueRuleSchema } from '../../src/lib/schemas/task.ts';

describe('dates counted from an event', () => {
  it('adds and subtracts days across month, year and leap-day ends', () => {
    expect(addDays('2026-11-28', 5)).toBe('2026-12-03');
    expect(addDays('2026-12-30', 5)).toBe('2027-01-04');
    expect(addDays('2026-12-01', 180)).toBe('2027-05-30');
    expect(addDays('2028-02-27', 3)).toBe('2028-03-01');
    expect(addDays('2027-02-27', 3)).toBe('2027-03-02');
    expect(addDays('2027-01-10', -28)).toBe('2026-12-13');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
  it('adds and subtracts calendar months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-05-31', -3)).toBe('2027-02-28');
    expect(addMonths('2028-05-31', -3)).toBe('2028-02-29');
    expect(addMonths('2027-01-31', -2)).toBe('2026-11-30');
  });
  it('gives a fixed day of a later year', () => {
    expect(ruleDate('2026-12-31', { on: { month: 7, day: 1, yearsAfter: 1 } })).toBe('2027-07-01');
    expect(ruleDate('2027-01-01', { on: { month: 7, day: 1, yearsAfter: 1 } })).toBe('2028-07-01');
    expect(ruleDate('2026-03-01', {})).toBe('2026-03-01');
  });
  it('refuses what is not a real date', () => {
    expect(parseDate('2026-02-30')).toBeUndefined();
    expect(parseDate('2027-02-29')).toBeUndefined();
    expect(parseDate('2028-02-29')?.toISOString().slice(0, 10)).toBe('2028-02-29');
    expect(parseDate('30/11/2026')).toBeUndefined();
    expect(() => addDays('tomorrow', 1)).toThrow(/not a date/);
  });
  it('writes a date the same way on every machine', () => {
    expect(readableDate('2026-12-08')).toBe('Tuesday 8 December 2026');
    expect(readableDate('2028-02-29')).toBe('Tuesday 29 February 2028');
  });
});

describe('the personal timeline', () => {
  const task = (slug: string, due: TimelineTask['due'], deadline = `the rule of ${slug}`): TimelineTask => ({
    slug,
    title: slug,
    deadline,
    url: `https://guide.example.dk/tasks/${slug}/`,
    due,
  });
  const tasks = [
    task('eu-residence', [{ from: ['arrival'], months: 3, kind: 'deadline' }]),
    task('cpr', [{ from: ['arrival', 'residence-granted'], days: 5, kind: 'deadline' }]),
    task('tax-card', [{ from: ['first-work'], kind: 'reminder' }]),
    task('departure', [
      { from: ['departure'], days: -28, kind: 'opens' },
      { from: ['departure'], days: -1, kind: 'deadline' },
    ]),
    task('tax-return', [{ from: ['arrival'], on: { month: 7, day: 1, yearsAfter: 1 }, kind: 'deadline' }]),
  ];

  it('counts the CPR deadline of an EU citizen from the residence document when it comes after arrival', () => {
    const t = buildTimeline(tasks, { arrival: '2026-11-30', 'residence-granted': '2026-12-21' });
    const cpr = t.dated.find((e) => e.slug === 'cpr')!;
    expect(cpr.date).toBe('2026-12-26');
    expect(cpr.countsFrom).toBe('residence-granted');
    // …and from arrival when the permit came first (a non-EU worker's permit is granted before moving).
    const early = buildTimeline(tasks, { arrival: '2026-11-30', 'residence-granted': '2026-10-01' }).dated.find(
      (e) => e.slug === 'cpr',
    )!;
    expect(early.date).toBe('2026-12-05');
    expect(early.countsFrom).toBe('arrival');
  });

  it('leaves a task out, naming the date it needs, when that date is not given', () => {
    const t = buildTimeline(tasks, { arrival: '2026-11-30' });
    expect(t.dated.map((e) => e.slug)).toEqual(['eu-residence', 'tax-return']);
    expect(t.leftOut.map((l) => [l.slug, l.missing])).toEqual([
      ['cpr', ['residence-granted']],
      ['tax-card', ['first-work']],
      ['departure', ['departure']],
    ]);
    expect(missingText(['residence-granted'])).toBe(
      'give the day your residence permit or EU residence document is granted',
    );
    expect(missingText(['arrival', 'departure'])).toBe('give the day you arrive and the day you leave Denmark');
  });

  it("drops an event that does not apply to the household: a Nordic citizen's CPR date counts from arrival", () => {
    const nordic = (e: Parameters<typeof eventApplies>[0]) => eventApplies(e, 'nordic');
    const t = buildTimeline(tasks, { arrival: '2026-11-30' }, nordic);
    expect(t.dated.find((e) => e.slug === 'cpr')?.date).toBe('2026-12-05');
    expect(neededEvents(tasks, nordic)).toEqual(['arrival', 'first-work', 'departure']);
    expect(neededEvents(tasks)).toEqual(['arrival', 'residence-granted', 'first-work', 'departure']);
  });

  it('lists every date in date order, the first day before the deadline on the same task', () => {
    const t = buildTimeline(tasks, {
      arrival: '2026-11-30',
      'residence-granted': '2026-12-21',
      'first-work': '2027-01-04',
      departure: '2027-06-30',
    });
    expect(t.leftOut).toEqual([]);
    expect(t.dated.map((e) => [e.date, e.slug, e.kind])).toEqual([
      ['2026-12-26', 'cpr', 'deadline'],
      ['2027-01-04', 'tax-card', 'reminder'],
      ['2027-02-28', 'eu-residence', 'deadline'],
      ['2027-06-02', 'departure', 'opens'],
      ['2027-06-29', 'departure', 'deadline'],
      ['2027-07-01', 'tax-return', 'deadline'],
    ]);
  });

  it('reads the rules back from a data attribute and ignores anything else', () => {
    expect(decodeRules(encodeRules(tasks[3]!.due))).toEqual(tasks[3]!.due);
    expect(decodeRules('not json')).toEqual([]);
    expect(decodeRules('[{"from":["birthday"],"kind":"deadline"}]')).toEqual([]);
  });

  it('takes one event or a list in the front matter, and refuses both a fixed day and an offset', () => {
    expect(dueRuleSchema.parse({ from: 'arrival', days: 5 })).toEqual({ from: ['arrival'], days: 5, kind: 'deadline' });
    expect(dueRuleSchema.safeParse({ from: 'birthday', days: 5 }).success).toBe(false);
    expect(dueRuleSchema.safeParse({ from: 'arrival', days: 5, on: { month: 7, day: 1, yearsAfter: 1 } }).success).toBe(
      false,
    );
  });
});

describe('the calendar file', () => {
  const timeline = buildTimeline(
    [
      {
        slug: 'cpr-number',
        title: 'Register your address, and get a CPR number',
        deadline: 'within 5 days of moving in; see the rules',
        url: 'https://guide.example.dk/tasks/cpr-number/',
        due: [{ from: ['arrival'], days: 5, kind: 'deadline' }],
      },
      {
        slug: 'eu-registration',
        title:
          'Apply for an EU residence document (ø, æ, å: letters that take two bytes in UTF-8, so folding must not split them)',
        deadline: 'before you have stayed 3 months',
        url: 'https://guide.example.dk/tasks/eu/',
        due: [{ from: ['arrival'], months: 3, kind: 'deadline' }],
      },
      {
        slug: 'report-departure',
        title: 'Report your departure',
        deadline: 'before you leave',
        url: 'https://guide.example.dk/tasks/report-departure/',
        due: [{ from: ['departure'], days: -28, kind: 'opens' }],
      },
    ],
    { arrival: '2026-11-30', departure: '2027-01-10' },
  );
  const ics = icsCalendar(timeline.dated, { host: 'guide.example.dk', now: new Date('2026-11-23T10:00:00Z') });

  it('is valid iCalendar (parsed by ical.js) with one dated all-day event per entry, in date order', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2026-12-05', 'Deadline: Register your address, and get a CPR number'],
      ['2026-12-13', 'From this day: Report your departure'],
      [
        '2027-02-28',
        'Deadline: Apply for an EU residence document (ø, æ, å: letters that take two bytes in UTF-8, so folding must not split them)',
      ],
    ]);
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.endDate.toString()).toBe('2026-12-06');
    expect(events[0]!.description).toContain('within 5 days of moving in; see the rules');
    expect(events[0]!.description).toContain('counts from the day you arrive (2026-11-30)');
    expect(events[1]!.description).toContain('counts from the day you leave Denmark (2027-01-10)');
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
  });

  it('uses CRLF line ends and lines of at most 75 octets', () => {
    const lines = ics.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });
});
