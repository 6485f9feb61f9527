import { describe, expect, it } from 'vitest';
import {
  datesByTask,
  datesFromFragment,
  datesToFragment,
  givenDatesText,
  taskDateText,
} from '../../src/lib/checklist/handover.ts';
import type { TimelineTask } from '../../src/lib/checklist/timeline.ts';

const tasks: TimelineTask[] = [
  {
    slug: 'cpr-number',
    title: 'CPR',
    url: '/tasks/cpr/',
    due: [{ from: ['arrival', 'residence-granted'], days: 5, kind: 'deadline' }],
  },
  {
    slug: 'report-departure',
    title: 'Leave',
    url: '/tasks/leave/',
    due: [
      { from: ['departure'], days: -28, kind: 'opens' },
      { from: ['departure'], days: -1, kind: 'deadline' },
    ],
  },
  { slug: 'tax-card', title: 'Tax card', url: '/tasks/tax/', due: [{ from: ['first-work'], kind: 'reminder' }] },
];

describe("the handover's dates", () => {
  it("travel in the address fragment and back, in the form's order, keeping only known events with valid dates", () => {
    const fragment = datesToFragment({ 'first-work': '2027-01-04', arrival: '2026-11-30' });
    expect(fragment).toBe('arrival=2026-11-30&first-work=2027-01-04');
    expect(datesFromFragment(`#${fragment}`)).toEqual({ arrival: '2026-11-30', 'first-work': '2027-01-04' });
    expect(datesFromFragment('#arrival=2026-02-30&evil=2026-01-01&departure=soon&permit-expiry=2028-05-31')).toEqual({
      'permit-expiry': '2028-05-31',
    });
    expect(datesFromFragment('')).toEqual({});
    expect(datesToFragment({})).toBe('');
  });

  it('give each task its dates, both when it has an opening day and a deadline, and none when a date it needs is missing', () => {
    const dates = datesByTask(tasks, {
      arrival: '2026-11-30',
      'residence-granted': '2026-12-21',
      departure: '2028-03-01',
    });
    expect(dates.get('cpr-number')).toEqual([{ kind: 'deadline', date: '2026-12-26' }]);
    expect(dates.get('report-departure')).toEqual([
      { kind: 'opens', date: '2028-02-02' },
      { kind: 'deadline', date: '2028-02-29' },
    ]);
    expect(dates.has('tax-card')).toBe(false);
    // A Nordic household is never asked for a permit: the CPR deadline counts from arrival alone.
    expect(datesByTask(tasks, { arrival: '2026-11-30' }, (e) => e !== 'residence-granted').get('cpr-number')).toEqual([
      { kind: 'deadline', date: '2026-12-05' },
    ]);
  });

  it('read as the checklist reads them', () => {
    expect(taskDateText({ kind: 'deadline', date: '2026-12-08' })).toBe('Deadline: Tuesday 8 December 2026');
    expect(taskDateText({ kind: 'opens', date: '2028-02-02' })).toBe('From this day: Wednesday 2 February 2028');
    expect(givenDatesText({ arrival: '2026-11-30', 'first-work': '2027-01-04' })).toBe(
      'Dates counted from the day you arrive, Monday 30 November 2026; your first working day, Monday 4 January 2027.',
    );
    expect(givenDatesText({})).toBe('');
  });
});
