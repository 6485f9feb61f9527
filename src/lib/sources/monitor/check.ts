/**
 * The source check itself: fetch each cited page once, extract its main text, compare it with what the last run saw
 * (source-state.json) and look for each quote on it. Pure apart from the injected fetch, sleep and cache: the command
 * (scripts/check-sources.ts) reads and writes the files.
 */
import { fetchEach, hostOf, withoutFragment, type FetchOptions, type FetchVerdict } from './fetch.ts';
import { decodeHtml, extractParagraphs } from './extract.ts';
import { fingerprint, paragraphHash } from './normalise.ts';
import { matchQuote, pageForMatching, type QuoteMatch } from './match.ts';
import {
  paragraphChanges,
  type PageState,
  type PageVerdict,
  type ParagraphCache,
  type ParagraphChange,
  type SourceState,
} from './state.ts';
import type { CitedSource } from './cited.ts';

export interface SourceResult extends CitedSource {
  match: QuoteMatch;
}

export interface PageResult {
  /** The address as cited (without #fragment). */
  url: string;
  finalUrl: string;
  /** The authority that owns the page's domain. */
  owner: string;
  verdict: PageVerdict;
  fetch: FetchVerdict;
  status?: number;
  error?: string;
  redirects: { from: string; to: string; status: number }[];
  /** What changed since the last run (changed or moved pages that were read before). */
  changes: ParagraphChange[];
  /** The date the page was last checked before this run. */
  previouslyChecked?: string;
  /** Every source citing the page, with its quote's verdict. */
  sources: SourceResult[];
}

export interface CheckSourcesOptions {
  state: SourceState;
  cache: ParagraphCache;
  /** The date of this run (YYYY-MM-DD), recorded in the state. */
  today: string;
  fetch?: Partial<FetchOptions>;
  /** Forget pages no longer cited (a full run); a run limited with --only keeps them. */
  prune?: boolean;
  onPage?: (page: PageResult, done: number, total: number) => void;
}

/** Whether a page needs someone to look at it: it changed, moved, went or could not be read, or a quote is lost or reworded. */
export function needsAttention(page: PageResult): boolean {
  return (
    !['unchanged', 'new'].includes(page.verdict) ||
    page.sources.some((s) => s.match.verdict === 'reworded' || s.match.verdict === 'quote gone')
  );
}

/** Checks every cited page; returns each page's result (in order of first citation) and the new state. */
export async function checkSources(
  sources: readonly CitedSource[],
  options: CheckSourcesOptions,
): Promise<{ pages: PageResult[]; state: SourceState }> {
  const byUrl = new Map<string, CitedSource[]>();
  for (const s of sources) {
    const key = withoutFragment(s.url);
    byUrl.set(key, [...(byUrl.get(key) ?? []), s]);
  }
  const urls = [...byUrl.keys()];
  const pages: Record<string, PageState> = options.prune ? {} : { ...options.state.pages };
  let done = 0;
  const results = await fetchEach(urls, options.fetch ?? {}, (fetched) => {
    const cited = byUrl.get(fetched.url)!;
    const previous = options.state.pages[fetched.url];
    const base = {
      url: fetched.url,
      finalUrl: fetched.finalUrl,
      owner: cited[0]!.owner,
      fetch: fetched.verdict,
      status: fetched.status,
      error: fetched.error,
      redirects: fetched.redirects,
      previouslyChecked: previous?.checked,
    };
    let result: PageResult;
    try {
      if (fetched.verdict !== 'ok' || !fetched.body) {
        result = {
          ...base,
          verdict: fetched.verdict === 'ok' ? 'error' : fetched.verdict,
          changes: [],
          sources: cited.map((s) => ({ ...s, match: { verdict: s.quote ? 'not checked' : 'no quote recorded' } })),
        };
        pages[fetched.url] = {
          fingerprint: previous?.fingerprint ?? '',
          paragraphs: previous?.paragraphs ?? [],
          checked: options.today,
          finalUrl: fetched.finalUrl,
          status: result.verdict,
        };
      } else {
        const paragraphs = extractParagraphs(decodeHtml(fetched.body, fetched.contentType));
        const now = paragraphs.map((text) => ({ hash: paragraphHash(text), text }));
        const print = fingerprint(paragraphs);
        const known = previous?.fingerprint ? previous : undefined;
        const changed = known !== undefined && known.fingerprint !== print;
        const changes = changed ? paragraphChanges(known.paragraphs, options.cache.get(fetched.url), now) : [];
        const verdict: PageVerdict =
          fetched.finalUrl !== fetched.url ? 'moved' : !known ? 'new' : changed ? 'changed' : 'unchanged';
        const page = pageForMatching(paragraphs);
        result = { ...base, verdict, changes, sources: cited.map((s) => ({ ...s, match: matchQuote(s.quote, page) })) };
        pages[fetched.url] = {
          fingerprint: print,
          paragraphs: now.map((p) => p.hash),
          checked: options.today,
          finalUrl: fetched.finalUrl,
          status: verdict,
        };
        options.cache.set(fetched.url, paragraphs);
      }
    } catch (e) {
      result = {
        ...base,
        verdict: 'error',
        error: `could not read the page: ${(e as Error).message}`,
        changes: [],
        sources: cited.map((s) => ({ ...s, match: { verdict: s.quote ? 'not checked' : 'no quote recorded' } })),
      };
      pages[fetched.url] = {
        fingerprint: previous?.fingerprint ?? '',
        paragraphs: previous?.paragraphs ?? [],
        checked: options.today,
        finalUrl: fetched.finalUrl,
        status: 'error',
      };
    }
    options.onPage?.(result, ++done, urls.length);
    return result;
  });
  return { pages: results, state: { version: 1, pages } };
}

/** The host of a page, for progress lines ("skat.dk"). */
export function shortHost(url: string): string {
  return hostOf(url).replace(/^www\./, '');
}
