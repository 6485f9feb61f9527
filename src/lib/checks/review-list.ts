/**
 * The review list an authority acts on (`npm run report:review -- --authority siri --within 3`): for each authority,
 * what is due for review now and what falls due within the coming months (pages, glossary terms, self-service
 * entries), and the sources whose check date is as old, each with its title, public address and file. The options are
 * parsed strictly, like the release's: an unknown option or authority is refused with one sentence.
 */
import { strictArgs } from '../cli-args.ts';
import { editDistance, groupSorted } from '../text.ts';
import { itemDue, monthsBefore, type Reviewable } from './review.ts';

export const REVIEW_USAGE = `Usage: npm run report:review -- [--authority ID] [--within MONTHS] [--months MONTHS]

Writes review-report.md: per authority, what is due for review now and what falls due soon.

  --authority ID      only this authority (an id from journey/authorities.yaml, for example siri)
  --within MONTHS     also list what falls due within this many months (default 3)
  --months MONTHS     how old a review may be (default: reviewMonths in site.yaml)
  --help              show this text and do nothing else
`;

export interface ReviewArgs {
  help: boolean;
  authority?: string;
  within: number;
  months?: number;
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h', default: false },
  authority: { type: 'string' },
  within: { type: 'string' },
  months: { type: 'string' },
} as const;

function wholeMonths(name: string, value: string | undefined): number | { error: string } | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 60
    ? n
    : { error: `--${name} must be a whole number of months from 0 to 60, not "${value}".` };
}

/** Parses the arguments against the known authorities, or returns the one sentence that says what is wrong. */
export function parseReviewArgs(argv: string[], authorities: string[]): ReviewArgs | { error: string } {
  const parsed = strictArgs(argv, OPTIONS, {
    name: 'report:review',
    label: 'report:review',
    positional: (w) => `write --authority ${w}`,
  });
  if ('error' in parsed) return parsed;
  const v = parsed.values;
  if (v.authority !== undefined && !authorities.includes(v.authority)) {
    const guess = authorities.find((a) => editDistance(v.authority!, a) <= 2);
    return {
      error: `"${v.authority}" is not an authority in journey/authorities.yaml${guess ? `; did you mean ${guess}?` : ''} Known: ${authorities.join(', ')}.`,
    };
  }
  const within = wholeMonths('within', v.within);
  const months = wholeMonths('months', v.months);
  for (const x of [within, months]) if (typeof x === 'object') return x;
  return {
    help: v.help,
    authority: v.authority,
    within: (within as number | undefined) ?? 3,
    months: months as number | undefined,
  };
}

/** A source with the date it was checked, for the list of sources to check again. */
export interface CheckedSource {
  authority: string;
  url: string;
  checked: string;
  file: string;
  line?: number;
  title: string;
  quote?: string;
}

/** The date `months` after `date`. */
export function monthsAfter(date: string, months: number): string {
  return monthsBefore(date, -months);
}

export interface ReviewListOptions {
  today: string;
  months: number;
  within: number;
  authority?: string;
  authorityName(id: string): string;
}

/** The Markdown review list, per authority: due now, due within the coming months, and sources to check again. */
export function reviewList(items: Reviewable[], sources: CheckedSource[], o: ReviewListOptions): string {
  const horizon = monthsAfter(o.today, o.within);
  const itemDueBy = (i: Reviewable) => itemDue(i, o.months);
  const sourceDueBy = (s: CheckedSource) => itemDue({ file: s.file, title: s.url, lastReviewed: s.checked }, o.months);
  const mine = <T extends { authority: string }>(xs: T[]) =>
    o.authority ? xs.filter((x) => x.authority === o.authority) : xs;
  const soon = mine(items).filter((i) => itemDueBy(i) <= horizon);
  const oldSources = mine(sources).filter((s) => sourceDueBy(s) <= horizon);
  const lines = [
    `# Review list, ${o.today}${o.authority ? `: ${o.authorityName(o.authority)}` : ''}`,
    '',
    `Each page, term, self-service entry and source is reviewed every ${o.months} months, in its own month of the cycle, so the work is spread over the year. Listed: what is due now and what falls due by ${horizon} (within ${o.within} months).`,
    '',
  ];
  const line = (
    title: string,
    url: string | undefined,
    file: string,
    line: number | undefined,
    what: string,
    date: string,
    due: string,
  ) =>
    `- ${title}${url ? ` (${url})` : ''}: ${what} ${date}, due by ${due}${due < o.today ? ' (overdue)' : ''}; file \`${file}${line ? `:${line}` : ''}\``;
  const authorities = new Set([...soon.map((i) => i.authority), ...oldSources.map((s) => s.authority)]);
  if (!authorities.size) lines.push(`Nothing is due by ${horizon}.`, '');
  for (const [authority] of groupSorted(
    [...authorities].map((a) => ({ a })),
    (x) => x.a,
  )) {
    const list = soon
      .filter((i) => i.authority === authority)
      .sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed) || a.file.localeCompare(b.file));
    const srcs = oldSources
      .filter((s) => s.authority === authority)
      .sort((a, b) => a.checked.localeCompare(b.checked) || a.file.localeCompare(b.file));
    lines.push(`## ${o.authorityName(authority)}`, '');
    if (list.length) {
      lines.push(
        `Pages, terms and self-service entries (${list.length}):`,
        '',
        ...list.map((i) =>
          line(
            i.title ?? i.file,
            i.url,
            i.file,
            i.line,
            i.field === 'lastVerified' ? 'last verified' : 'last reviewed',
            i.lastReviewed,
            itemDueBy(i),
          ),
        ),
        '',
      );
    }
    if (srcs.length) {
      lines.push(
        `Sources to check again (${srcs.length}):`,
        '',
        ...srcs.map((s) =>
          line(`${s.title}: ${s.url}`, undefined, s.file, s.line, 'checked', s.checked, sourceDueBy(s)),
        ),
        '',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
