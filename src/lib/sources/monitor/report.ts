/**
 * The source check's report, grouped by the authority that owns each page: which pages changed, moved, went or could
 * not be read, and which quotes are lost or reworded, with the claims and items that rest on each and what to do.
 * reports/sources.json is the data; reports/sources.md the same for people. {@link readSourceReport} reads it back for
 * the release notes and the review report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { needsAttention, type PageResult } from './check.ts';
import type { QuoteVerdict } from './match.ts';
import type { PageVerdict, ParagraphChange } from './state.ts';

export const REPORT_MD = 'reports/sources.md';
export const REPORT_JSON = 'reports/sources.json';

export const PAGE_VERDICTS: PageVerdict[] = [
  'unchanged',
  'changed',
  'new',
  'moved',
  'gone',
  'not html',
  'too large',
  'error',
];
export const QUOTE_VERDICTS: QuoteVerdict[] = [
  'quote found',
  'reworded',
  'quote gone',
  'no quote recorded',
  'not checked',
];

/** One claim that rests on a page needing attention. */
export interface ChangedClaim {
  supports: string;
  title: string;
  file: string;
  line?: number;
  kind: string;
  /** The authority responsible for the item. */
  authority: string;
  task?: string;
  tasks: string[];
  quote?: string;
  quoteVerdict: QuoteVerdict;
  score?: number;
  /** The closest passage on the page now, when the quote is not there word for word. */
  passage?: string;
}

/** One page that needs someone to look at it. */
export interface ChangedSource {
  url: string;
  finalUrl: string;
  /** The authority that owns the page (journey/official-domains.yaml), and its name. */
  owner: string;
  ownerName: string;
  verdict: PageVerdict;
  status?: number;
  error?: string;
  changes: ParagraphChange[];
  claims: ChangedClaim[];
  /** What to do, in one or two sentences. */
  todo: string;
}

export interface SourceReport {
  checkedAt: string;
  /** Set when the run was limited to one authority's pages (--only). */
  only?: string;
  summary: {
    pages: number;
    sources: number;
    pageVerdicts: Record<PageVerdict, number>;
    quoteVerdicts: Record<QuoteVerdict, number>;
    needAttention: number;
  };
  changed: ChangedSource[];
  /** Every page checked, briefly. */
  pages: { url: string; finalUrl: string; owner: string; verdict: PageVerdict; error?: string; sources: number }[];
}

/** What to do about a page, from its verdict and its quotes. */
export function whatToDo(page: PageResult): string {
  const lost = page.sources.filter((s) => s.match.verdict === 'quote gone').length;
  const reworded = page.sources.filter((s) => s.match.verdict === 'reworded').length;
  const quotes = [
    lost
      ? `${lost === 1 ? 'A quote is' : `${lost} quotes are`} no longer on the page: read it, then correct the claim or find where the authority now says it.`
      : '',
    reworded
      ? `${reworded === 1 ? 'A quote is' : `${reworded} quotes are`} no longer word for word: if the closest passage still supports the claim, copy it as the new \`quote\`; if not, correct the claim.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const after = 'Then set `checked` to today in the files named.';
  switch (page.verdict) {
    case 'moved':
      return `The page moved to ${page.finalUrl}. Check that it still supports the claims, and replace the address in the files named. ${quotes} ${after}`
        .replace(/\s+/g, ' ')
        .trim();
    case 'gone':
      return `The page is gone (HTTP ${page.status}). Find where the authority now says this and cite that page instead; until then the claims rest on nothing.`;
    case 'not html':
      return `The address now gives ${page.error?.replace(/^not an HTML page \((.*)\)$/, '$1') ?? 'something other than a web page'}. Open it and check by hand; cite the web page that says it, if there is one.`;
    case 'too large':
      return `The page is too large to check (${page.error}). Open it and check the claims by hand.`;
    case 'error':
      return `The page could not be read (${page.error}). Open it in a browser and check the claims by hand; if it fails there too, tell the authority.`;
    case 'changed':
      return `${quotes || (page.sources.some((s) => s.quote) ? 'The quotes are still there.' : 'No quote is recorded for it.')} Read the changed paragraphs and check that the claims still hold. ${after}`.trim();
    default:
      return `${quotes} ${after}`.trim();
  }
}

function count<K extends string>(keys: K[], values: K[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** The report's data from the pages checked. */
export function sourceReport(
  pages: readonly PageResult[],
  checkedAt: string,
  authorityName: (id: string) => string,
  only?: string,
): SourceReport {
  const sources = pages.flatMap((p) => p.sources);
  const changed = pages
    .filter(needsAttention)
    .map((p): ChangedSource => ({
      url: p.url,
      finalUrl: p.finalUrl,
      owner: p.owner,
      ownerName: authorityName(p.owner),
      verdict: p.verdict,
      status: p.status,
      error: p.error,
      changes: p.changes,
      claims: p.sources.map((s) => ({
        supports: s.supports,
        title: s.title,
        file: s.file,
        line: s.line,
        kind: s.kind,
        authority: s.authority,
        task: s.task,
        tasks: s.tasks,
        quote: s.quote,
        quoteVerdict: s.match.verdict,
        score: s.match.score,
        passage: s.match.passage,
      })),
      todo: whatToDo(p),
    }))
    .sort((a, b) => a.ownerName.localeCompare(b.ownerName) || a.url.localeCompare(b.url));
  return {
    checkedAt,
    ...(only ? { only } : {}),
    summary: {
      pages: pages.length,
      sources: sources.length,
      pageVerdicts: count(
        PAGE_VERDICTS,
        pages.map((p) => p.verdict),
      ),
      quoteVerdicts: count(
        QUOTE_VERDICTS,
        sources.map((s) => s.match.verdict),
      ),
      needAttention: changed.length,
    },
    changed,
    pages: pages.map((p) => ({
      url: p.url,
      finalUrl: p.finalUrl,
      owner: p.owner,
      verdict: p.verdict,
      ...(p.error ? { error: p.error } : {}),
      sources: p.sources.length,
    })),
  };
}

const MAX_TEXT = 500;
const MAX_STRETCHES = 15;
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);
const quoted = (text: string) => `“${clip(text).replace(/\s+/g, ' ')}”`;
const where = (c: { file: string; line?: number }) => `${c.file}${c.line ? `:${c.line}` : ''}`;
const listed = <K extends string>(counts: Record<K, number>) =>
  (Object.entries(counts) as [K, number][])
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ') || 'none';

function changeLines(changes: ParagraphChange[]): string[] {
  const lines: string[] = [];
  for (const c of changes.slice(0, MAX_STRETCHES)) {
    const oldTexts = c.removed.filter((r) => r.text !== undefined);
    if (c.removed.length && oldTexts.length === c.removed.length && c.added.length) {
      lines.push(
        `- Paragraph ${c.at}: ${c.removed.map((r) => quoted(r.text!)).join(' ')} → ${c.added.map((a) => quoted(a.text)).join(' ')}`,
      );
    } else if (c.added.length) {
      const gone = c.removed.length
        ? ` (replacing ${c.removed.length} paragraph${c.removed.length === 1 ? '' : 's'} no longer on the page${oldTexts.length ? `: ${oldTexts.map((r) => quoted(r.text!)).join(' ')}` : ''})`
        : '';
      lines.push(`- New at paragraph ${c.at}${gone}: ${c.added.map((a) => quoted(a.text)).join(' ')}`);
    } else {
      lines.push(
        `- Removed before paragraph ${c.at}: ${oldTexts.length ? oldTexts.map((r) => quoted(r.text!)).join(' ') : `${c.removed.length} paragraph${c.removed.length === 1 ? '' : 's'} (their text was not kept on this machine)`}`,
      );
    }
  }
  if (changes.length > MAX_STRETCHES) lines.push(`- … and ${changes.length - MAX_STRETCHES} more changed stretches.`);
  return lines;
}

/** "Page changed, 1 quote gone": the page's verdict and its quote problems, in a few words. */
export function headline(p: Pick<ChangedSource, 'verdict' | 'finalUrl' | 'claims'>): string {
  const page = p.verdict === 'moved' ? `Page moved to ${p.finalUrl}` : `Page ${p.verdict}`;
  const lost = p.claims.filter((c) => c.quoteVerdict === 'quote gone').length;
  const reworded = p.claims.filter((c) => c.quoteVerdict === 'reworded').length;
  return [
    page,
    lost ? `${lost} quote${lost === 1 ? '' : 's'} gone` : '',
    reworded ? `${reworded} quote${reworded === 1 ? '' : 's'} reworded` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** reports/sources.md: summary counts, then per owning authority each page that needs attention. */
export function sourceReportMarkdown(report: SourceReport): string {
  const s = report.summary;
  const lines = [
    `# Do the sources still say what we quote? Checked ${report.checkedAt}${report.only ? ` (only pages of ${report.only})` : ''}`,
    '',
    `${s.pages} pages cited by ${s.sources} sources. ${s.needAttention} page${s.needAttention === 1 ? ' needs' : 's need'} attention.`,
    '',
    `- Pages: ${listed(s.pageVerdicts)}.`,
    `- Quotes: ${listed(s.quoteVerdicts)}.`,
    '',
    'Each page below changed, moved, went or could not be read, or a quote on it is lost or reworded. Under each: what to do, what changed, and the claims that rest on the page (item, file:line, the quote and the closest passage now). "new" pages are read for the first time: nothing to compare with yet.',
    '',
  ];
  const owners = new Map<string, ChangedSource[]>();
  for (const c of report.changed) owners.set(c.ownerName, [...(owners.get(c.ownerName) ?? []), c]);
  for (const [name, pages] of owners) {
    lines.push(`## ${name}`, '');
    for (const p of pages) {
      lines.push(`### ${p.url}`, '', `**${headline(p)}.** ${p.todo}`, '');
      if (p.changes.length) lines.push('What changed since the last check:', '', ...changeLines(p.changes), '');
      lines.push('Resting on it:', '');
      for (const c of p.claims) {
        const score =
          c.score !== undefined && c.quoteVerdict !== 'quote found' ? ` (similarity ${c.score.toFixed(2)})` : '';
        const tasks = c.tasks.length && !(c.task && c.tasks.length === 1) ? `; tasks: ${c.tasks.join(', ')}` : '';
        lines.push(`- **${c.title}** (${where(c)}${tasks}): supports “${c.supports}”; ${c.quoteVerdict}${score}`);
        if (c.quote) lines.push(`  - Quote: ${quoted(c.quote)}`);
        if (c.passage && c.quoteVerdict !== 'quote found') lines.push(`  - Closest passage now: ${quoted(c.passage)}`);
      }
      lines.push('');
    }
  }
  if (!report.changed.length) lines.push('Nothing needs attention.', '');
  return `${lines.join('\n')}\n`;
}

/**
 * The last source check's findings, for the release notes and the review report: when it ran, and each page that
 * needs attention (changed, moved, gone, unreadable, or with a lost or reworded quote), with its owning authority,
 * what to do, and the claims and items (title, file:line, tasks) that rest on it. Reads `reports/sources.json` under
 * `root`, written by `npm run check:sources`; undefined when there is none (the check needs internet, so it may not
 * have run on this machine) or it cannot be read. `only` is set when that run covered one authority's pages only.
 */
export function readSourceReport(
  root: string,
): { checkedAt: string; changed: ChangedSource[]; only?: string } | undefined {
  const file = join(root, REPORT_JSON);
  if (!existsSync(file)) return undefined;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<SourceReport>;
    if (typeof data.checkedAt !== 'string' || !Array.isArray(data.changed)) return undefined;
    return {
      checkedAt: data.checkedAt,
      changed: data.changed,
      ...(typeof data.only === 'string' ? { only: data.only } : {}),
    };
  } catch {
    return undefined;
  }
}
