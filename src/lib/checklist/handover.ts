/**
 * The caseworker's handover with the reader's own dates: the dates the reader gave in the checklist's "Show my dates"
 * form travel to the handover in the address's fragment (`#arrival=2026-03-02&first-work=2026-03-16`), which the
 * browser never sends to a server; the handover's script turns them into each task's dates. Pure: the checklist
 * script writes the fragment, the handover script reads it, and the tests use the same functions.
 */
import {
  buildTimeline,
  KIND_LABEL,
  LIFE_EVENT_IDS,
  LIFE_EVENTS,
  parseDate,
  readableDate,
  type DueKind,
  type LifeEvent,
  type TimelineTask,
} from './timeline.ts';

export type GivenDates = Partial<Record<LifeEvent, string>>;

/** The dates as an address fragment, without the "#" (empty when no date is given), in the form's order. */
export function datesToFragment(given: GivenDates): string {
  return LIFE_EVENT_IDS.filter((e) => given[e] && parseDate(given[e]))
    .map((e) => `${e}=${given[e]}`)
    .join('&');
}

/** The dates in an address fragment ("#arrival=2026-03-02&..."); anything that is not a known event with a valid date is ignored. */
export function datesFromFragment(fragment: string): GivenDates {
  const out: GivenDates = {};
  for (const [key, value] of new URLSearchParams(fragment.replace(/^#/, ''))) {
    if ((LIFE_EVENT_IDS as string[]).includes(key) && parseDate(value)) out[key as LifeEvent] = value;
  }
  return out;
}

export interface TaskDate {
  kind: DueKind;
  date: string;
}

/**
 * Each task's dates for the dates given, by task slug, in date order: a task with an opening day and a deadline has
 * both. Tasks that cannot be dated (no rule, or a date they need is not given) are not in the map: the handover keeps
 * their rule in words.
 */
export function datesByTask(
  tasks: TimelineTask[],
  given: GivenDates,
  applies: (e: LifeEvent) => boolean = () => true,
): Map<string, TaskDate[]> {
  const out = new Map<string, TaskDate[]>();
  for (const e of buildTimeline(tasks, given, applies).dated)
    out.set(e.slug, [...(out.get(e.slug) ?? []), { kind: e.kind, date: e.date }]);
  return out;
}

/** A task's date as the handover's "Deadline" column says it: "Deadline: Tuesday 8 December 2026". */
export function taskDateText(d: TaskDate): string {
  return `${KIND_LABEL[d.kind]}: ${readableDate(d.date)}`;
}

/** The line over the table that says which dates the handover counts from: "Dates counted from: the day you arrive, Monday 2 March 2026; ...". */
export function givenDatesText(given: GivenDates): string {
  const parts = LIFE_EVENT_IDS.filter((e) => given[e]).map(
    (e) => `${LIFE_EVENTS[e].phrase}, ${readableDate(given[e]!)}`,
  );
  return parts.length ? `Dates counted from ${parts.join('; ')}.` : '';
}
