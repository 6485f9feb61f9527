/**
 * What the last source check (`npm run check:sources`, reports/sources.json) found, as a section of the release notes'
 * working-group part and of the review report: the official pages that changed, moved, went or lost a quote, grouped
 * by the authority that owns each page, with the items resting on them. The check needs internet, which CI lacks, so
 * a release does not refuse without it: the section says the sources were never checked, or not since the last edition.
 */
import type { ChangedSource } from '../sources/monitor/report.ts';

export interface SourceCheck {
  checkedAt: string;
  changed: ChangedSource[];
  only?: string;
}

export interface SourceSectionOptions {
  /** The previous edition's date: a check older than it is reported as out of date. */
  since?: string;
  /** Only the pages this authority owns, or on which its items rest. */
  authority?: string;
  /** The heading level of the section (2 in the release notes, 3 inside an authority's part of the review report). */
  level?: number;
}

const where = (c: { file: string; line?: number }) => `${c.file}${c.line ? `:${c.line}` : ''}`;

/** The section in Markdown; never empty, so a reader always learns whether the sources were checked. */
export function sourceSection(check: SourceCheck | undefined, o: SourceSectionOptions = {}): string {
  const h = '#'.repeat(o.level ?? 2);
  const lines = [`${h} Official sources`, ''];
  if (!check) {
    lines.push(
      'The cited official pages have never been checked with `npm run check:sources` (it needs internet). Run it before the release, so the working group sees which pages changed and which claims may now be wrong.',
      '',
    );
    return `${lines.join('\n')}\n`;
  }
  const stale = o.since !== undefined && check.checkedAt < o.since;
  lines.push(
    `Last checked on ${check.checkedAt}${check.only ? ` (only the pages of ${check.only})` : ''}${stale ? `, before the previous edition (${o.since}): run \`npm run check:sources\` again before this release` : ''}.`,
    '',
  );
  const mine =
    o.authority === undefined
      ? check.changed
      : check.changed.filter((c) => c.owner === o.authority || c.claims.some((k) => k.authority === o.authority));
  if (!mine.length) {
    lines.push(
      o.authority === undefined
        ? 'No cited page had changed, moved or lost a quote.'
        : 'None of the pages that concern this authority had changed, moved or lost a quote.',
      '',
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(`${mine.length} page(s) changed, moved, went or lost a quote (details in reports/sources.md):`, '');
  const owners = [...new Set(mine.map((c) => c.ownerName))];
  for (const owner of owners) {
    lines.push(`${h}# ${owner}`, '');
    for (const c of mine.filter((x) => x.ownerName === owner)) {
      const lost = c.claims.filter((k) => k.quoteVerdict === 'quote gone' || k.quoteVerdict === 'reworded');
      lines.push(
        `- ${c.url}: ${c.verdict}${lost.length ? `, ${lost.length} quote(s) no longer word for word` : ''}. Rests on it: ${c.claims.map((k) => `${k.title} (${where(k)})`).join('; ')}.`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
