/**
 * A household's personal timeline: the reader gives the dates they know (arrival, the day their permit or EU residence
 * document was granted, the first working day, the permit's expiry, the planned departure), and every task whose rule
 * counts from one of those events (`due` in its front matter) gets a date. A rule may count from the latest of several
 * events (the CPR registration counts from arrival or, when later, from the day the residence document is granted);
 * when a date it needs is not given, the task is left out with the reason. Pure: the checklist script, the calendar file
 * and the tests use the same functions.
 */

/** The events a reader can give a date for, in the order the form asks for them. */
export const LIFE_EVENTS = {
  arrival: {
    label: 'The day you arrive and move into your home in Denmark',
    phrase: 'the day you arrive',
  },
  'residence-granted': {
    label: 'The day your residence permit or EU residence document is granted',
    phrase: 'the day your residence permit or EU residence document is granted',
  },
  'first-work': {
    label: 'Your first working day in Denmark',
    phrase: 'your first working day',
  },
  'permit-expiry': {
    label: 'The day your residence permit expires',
    phrase: 'the day your residence permit expires',
  },
  departure: {
    label: 'The day you plan to leave Denmark',
    phrase: 'the day you leave Denmark',
  },
} as const satisfies Record<string, { label: string; phrase: string }>;

export type LifeEvent = keyof typeof LIFE_EVENTS;
export const LIFE_EVENT_IDS = Object.keys(LIFE_EVENTS) as [LifeEvent, ...LifeEvent[]];

/** Nordic citizens need neither a residence permit nor an EU residence document: that event does not apply to them. */
export function eventApplies(event: LifeEvent, citizenship: string): boolean {
  return !(event === 'residence-granted' && citizenship === 'nordic');
}

/**
 * What a date means: the last day to act (`deadline`), the first day you may act (`opens`), or a day to remember the
 * task when the rule has no fixed day (`reminder`, for example "before your first salary").
 */
export type DueKind = 'deadline' | 'opens' | 'reminder';

/** One dated rule of a task. Offsets may be negative ("3 months before the permit expires"). */
export interface DueRule {
  /** Counts from the latest of these events. */
  from: LifeEvent[];
  days?: number;
  months?: number;
  /** A fixed day of a later year instead of an offset: 1 July of the year after the event. */
  on?: { month: number; day: number; yearsAfter: number };
  kind: DueKind;
}

/** A valid calendar date as YYYY-MM-DD, or undefined. */
export function parseDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCFullYear() === Number(m[1]) ? d : undefined;
}

export const iso = (d: Date) => d.toISOString().slice(0, 10);

function mustParse(date: string): Date {
  const d = parseDate(date);
  if (!d) throw new Error(`"${date}" is not a date (YYYY-MM-DD)`);
  return d;
}

/** The date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return iso(new Date(mustParse(date).getTime() + days * 86_400_000));
}

/**
 * The date `months` calendar months after `date` (negative: before). When the target month is shorter, the last day of
 * that month (30 November + 3 months = 28 February; 31 May − 3 months = 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const a = mustParse(date);
  const target = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(a.getUTCDate(), lastDay));
  return iso(target);
}

/** The date a rule gives, counted from `start` (YYYY-MM-DD). */
export function ruleDate(start: string, rule: Pick<DueRule, 'days' | 'months' | 'on'>): string {
  if (rule.on) {
    const year = mustParse(start).getUTCFullYear() + rule.on.yearsAfter;
    const mm = String(rule.on.month).padStart(2, '0');
    const dd = String(rule.on.day).padStart(2, '0');
    return iso(mustParse(`${year}-${mm}-${dd}`));
  }
  const afterMonths = rule.months ? addMonths(start, rule.months) : start;
  return rule.days ? addDays(afterMonths, rule.days) : afterMonths;
}

/** A task with its dated rules, as the checklist page hands it to the timeline. */
export interface TimelineTask {
  slug: string;
  title: string;
  deadline?: string;
  url: string;
  due: DueRule[];
}

export interface DatedEntry {
  slug: string;
  title: string;
  url: string;
  /** The rule in words, as the task page says it. */
  deadline?: string;
  kind: DueKind;
  date: string;
  /** The event the date counts from (the latest of the rule's events), and its date. */
  countsFrom: LifeEvent;
  eventDate: string;
}

/** A task that has no date yet, once, with every date it needs. */
export interface LeftOut {
  slug: string;
  title: string;
  missing: LifeEvent[];
}

export interface Timeline {
  dated: DatedEntry[];
  leftOut: LeftOut[];
}

/**
 * The timeline for the dates the reader gave (`given`: event → YYYY-MM-DD; empty or absent = not given). Events that do
 * not apply to the household (`applies`) are dropped from a rule's events; a rule whose remaining events are not all
 * given is left out with the missing ones named. Dated entries come in date order (ties: deadlines before reminders,
 * then the checklist's order).
 */
export function buildTimeline(
  tasks: TimelineTask[],
  given: Partial<Record<LifeEvent, string>>,
  applies: (e: LifeEvent) => boolean = () => true,
): Timeline {
  const dated: (DatedEntry & { index: number })[] = [];
  const leftOut: LeftOut[] = [];
  const order: Record<DueKind, number> = { opens: 0, deadline: 1, reminder: 2 };
  tasks.forEach((task, index) => {
    for (const rule of task.due) {
      const events = rule.from.filter(applies);
      if (events.length === 0) continue;
      const missing = events.filter((e) => !given[e] || !parseDate(given[e]));
      if (missing.length) {
        // One line per task, naming every date it still needs.
        const known = leftOut.find((l) => l.slug === task.slug);
        if (known) known.missing = LIFE_EVENT_IDS.filter((e) => known.missing.includes(e) || missing.includes(e));
        else leftOut.push({ slug: task.slug, title: task.title, missing });
        continue;
      }
      const latest = events.reduce((a, b) => (given[b]! > given[a]! ? b : a));
      dated.push({
        slug: task.slug,
        title: task.title,
        url: task.url,
        deadline: task.deadline,
        kind: rule.kind,
        date: ruleDate(given[latest]!, rule),
        countsFrom: latest,
        eventDate: given[latest]!,
        index,
      });
    }
  });
  dated.sort((a, b) => a.date.localeCompare(b.date) || order[a.kind] - order[b.kind] || a.index - b.index);
  return { dated: dated.map(({ index: _index, ...e }) => e), leftOut };
}

/** The events a household's dated tasks need, in the form's order. */
export function neededEvents(
  tasks: Pick<TimelineTask, 'due'>[],
  applies: (e: LifeEvent) => boolean = () => true,
): LifeEvent[] {
  const used = new Set(tasks.flatMap((t) => t.due.flatMap((r) => r.from)).filter(applies));
  return LIFE_EVENT_IDS.filter((e) => used.has(e));
}

/** How an entry reads in the list and the calendar: "Deadline", "From this day", "Reminder". */
export const KIND_LABEL: Record<DueKind, string> = {
  deadline: 'Deadline',
  opens: 'From this day',
  reminder: 'Reminder',
};

/** Why an entry has no date, in words: "give the day you leave Denmark". */
export function missingText(missing: LifeEvent[]): string {
  const phrases = missing.map((e) => LIFE_EVENTS[e].phrase);
  return `give ${phrases.length > 1 ? `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}` : phrases[0]}`;
}

/** The rules for a data attribute and back (JSON; anything else gives none). */
export function encodeRules(rules: DueRule[]): string {
  return JSON.stringify(rules);
}
export function decodeRules(text: string | undefined): DueRule[] {
  try {
    const value: unknown = JSON.parse(text ?? '[]');
    if (!Array.isArray(value)) return [];
    return value.filter(
      (r): r is DueRule =>
        typeof r === 'object' &&
        r !== null &&
        Array.isArray((r as DueRule).from) &&
        (r as DueRule).from.every((e) => e in LIFE_EVENTS) &&
        ['deadline', 'opens', 'reminder'].includes((r as DueRule).kind),
    );
  } catch {
    return [];
  }
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Tuesday 8 December 2026" for 2026-12-08 (the same on every machine, whatever its locale). */
export function readableDate(date: string): string {
  const d = mustParse(date);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
