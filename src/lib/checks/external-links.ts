/**
 * Checks external links (run by the working group before a release; CI has no internet): bounded concurrency,
 * time-outs, retries with back-off that respect Retry-After on 429, redirects reported as warnings.
 */
import { groupSorted } from '../text.ts';
export interface LinkSource {
  where: string;
  authority: string;
}
export interface ExternalLink {
  url: string;
  sources: LinkSource[];
}

export type LinkVerdict = 'ok' | 'redirect' | 'broken';
export interface LinkResult {
  url: string;
  verdict: LinkVerdict;
  status?: number;
  location?: string;
  error?: string;
  attempts: number;
}

export interface CheckOptions {
  timeoutMs: number;
  retries: number;
  /** First back-off delay; doubles each retry. */
  backoffMs: number;
  /** Longest Retry-After we are willing to wait for. */
  maxRetryAfterMs: number;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_OPTIONS: CheckOptions = {
  timeoutMs: 15_000,
  retries: 2,
  backoffMs: 1_000,
  maxRetryAfterMs: 60_000,
};

/** Retry-After as milliseconds: either seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export async function checkUrl(url: string, options: Partial<CheckOptions> = {}): Promise<LinkResult> {
  const o = { ...DEFAULT_OPTIONS, ...options };
  const doFetch = o.fetchImpl ?? fetch;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let attempts = 0;
  let last: LinkResult = { url, verdict: 'broken', attempts: 0 };
  for (let attempt = 0; attempt <= o.retries; attempt++) {
    attempts++;
    let wait = o.backoffMs * 2 ** attempt;
    try {
      let res = await doFetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(o.timeoutMs) });
      if (res.status === 405 || res.status === 501)
        res = await doFetch(url, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(o.timeoutMs) });
      await res.body?.cancel();
      if (res.status >= 200 && res.status < 300) return { url, verdict: 'ok', status: res.status, attempts };
      if (res.status >= 300 && res.status < 400) {
        const location = res.headers.get('location') ?? undefined;
        return {
          url,
          verdict: 'redirect',
          status: res.status,
          location: location ? new URL(location, url).href : undefined,
          attempts,
        };
      }
      last = { url, verdict: 'broken', status: res.status, attempts };
      if (res.status === 429) {
        const after = retryAfterMs(res.headers.get('retry-after'));
        if (after !== undefined) {
          if (after > o.maxRetryAfterMs)
            return { ...last, error: `asked to wait ${Math.round(after / 1000)} s (Retry-After)` };
          wait = after;
        }
      } else if (res.status < 500) {
        return last; // 4xx other than 429: retrying will not help
      }
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } };
      const detail = err.cause?.code ? `${err.message} (${err.cause.code})` : err.message;
      last = {
        url,
        verdict: 'broken',
        error: err.name === 'TimeoutError' ? `no answer within ${o.timeoutMs / 1000} s` : detail,
        attempts,
      };
    }
    if (attempt < o.retries) await sleep(wait);
  }
  return { ...last, attempts };
}

/** Checks many links, at most `concurrency` at a time. Results come back in the order of `urls`. */
export async function checkAll(
  urls: string[],
  concurrency: number,
  options: Partial<CheckOptions> = {},
  onResult?: (r: LinkResult, done: number) => void,
): Promise<LinkResult[]> {
  const results = new Array<LinkResult>(urls.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      results[i] = await checkUrl(urls[i]!, options);
      onResult?.(results[i], ++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, urls.length)) }, worker));
  return results;
}

/** Merges found links by URL, keeping every place each one was found. */
export function mergeLinks(found: { url: string; source: LinkSource }[]): ExternalLink[] {
  const map = new Map<string, LinkSource[]>();
  for (const f of found) {
    const list = map.get(f.url) ?? [];
    if (!list.some((s) => s.where === f.source.where)) list.push(f.source);
    map.set(f.url, list);
  }
  return [...map].map(([url, sources]) => ({ url, sources })).sort((a, b) => a.url.localeCompare(b.url));
}

/** The report, grouped by responsible authority and then by page, so each authority can fix its own links. */
export function externalReportMarkdown(
  links: ExternalLink[],
  results: LinkResult[],
  date: string,
  authorityName: (id: string) => string,
): string {
  const byUrl = new Map(results.map((r) => [r.url, r]));
  const count = (v: LinkVerdict) => results.filter((r) => r.verdict === v).length;
  const lines = [
    `# External links, ${date}`,
    '',
    `${results.length} links checked: ${count('ok')} ok, ${count('redirect')} redirected (warning), ${count('broken')} broken.`,
    '',
  ];
  const problems = links.filter((l) => byUrl.get(l.url)?.verdict !== 'ok');
  const found = problems.flatMap((link) => link.sources.map((s) => ({ authority: s.authority, where: s.where, link })));
  for (const [authority, items] of groupSorted(found, (i) => i.authority)) {
    lines.push(`## ${authorityName(authority)}`, '');
    for (const { where, link } of items.sort((a, b) => a.where.localeCompare(b.where))) {
      const r = byUrl.get(link.url)!;
      const what =
        r.verdict === 'redirect'
          ? `redirects (${r.status}) to ${r.location ?? '?'}`
          : r.status
            ? `HTTP ${r.status}`
            : (r.error ?? 'failed');
      lines.push(`- ${where}: ${link.url} — ${what}`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
