/**
 * Fetches the cited pages: each distinct address once, with bounded concurrency overall and per host, a time-out per
 * request, retries with exponential back-off that honour Retry-After (capped), a size limit, and redirects followed
 * by hand (so a move is reported, and a loop detected). The fetch function and the sleep are injected, so tests need
 * neither the internet nor waiting.
 */
import { retryAfterMs } from '../../checks/external-links.ts';

export type FetchVerdict = 'ok' | 'gone' | 'not html' | 'too large' | 'error';

export interface FetchedPage {
  /** The address as cited (without #fragment). */
  url: string;
  verdict: FetchVerdict;
  /** The address the page was read from after redirects; differs from `url` when the page moved. */
  finalUrl: string;
  /** Each redirect followed: from, to, HTTP status. */
  redirects: { from: string; to: string; status: number }[];
  status?: number;
  contentType?: string;
  /** The body, for a page read in full ('ok'). */
  body?: Uint8Array;
  /** Why the page could not be read, in words. */
  error?: string;
  attempts: number;
}

export interface FetchOptions {
  /** Time-out for one request, body included. */
  timeoutMs: number;
  /** Retries after the first attempt (on time-outs, network errors, 429 and 5xx). */
  retries: number;
  /** First back-off; doubles each retry. */
  backoffMs: number;
  /** Longest Retry-After honoured; a longer one is waited for only this long. */
  maxRetryAfterMs: number;
  /** Largest body read; beyond it the page is "too large". */
  maxBytes: number;
  maxRedirects: number;
  concurrency: number;
  perHost: number;
  userAgent: string;
  fetchImpl: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  timeoutMs: 20_000,
  retries: 2,
  backoffMs: 1_000,
  maxRetryAfterMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  concurrency: 8,
  perHost: 2,
  userAgent:
    'moving-to-denmark-source-check/1 (the working group checks that cited official pages still say what the guide quotes)',
  fetchImpl: (...args) => fetch(...args),
  sleep: (ms) => new Promise<void>((r) => setTimeout(r, ms)),
  now: () => Date.now(),
};

/** The address without its #fragment: the part a server sees. */
export function withoutFragment(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

class TooLarge extends Error {}

/** Reads a body up to `max` bytes; throws TooLarge beyond it (and stops the download). */
async function readLimited(res: Response, max: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await res.body?.cancel().catch(() => {});
    throw new TooLarge();
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

type Hop =
  | { kind: 'redirect'; status: number; location?: string }
  | { kind: 'page'; status: number; contentType: string; body: Uint8Array }
  | { kind: 'fail'; verdict: FetchVerdict; status?: number; contentType?: string; error: string };

/** One request, with its retries: a redirect, a page, or the reason it failed. */
async function requestWithRetries(url: string, o: FetchOptions): Promise<{ hop: Hop; attempts: number }> {
  let last: Hop = { kind: 'fail', verdict: 'error', error: 'not tried' };
  let attempts = 0;
  for (let attempt = 0; attempt <= o.retries; attempt++) {
    attempts++;
    let wait = o.backoffMs * 2 ** attempt;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException('time-out', 'TimeoutError')), o.timeoutMs);
    try {
      const res = await o.fetchImpl(url, {
        method: 'GET',
        redirect: 'manual',
        signal: controller.signal,
        headers: { 'user-agent': o.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      });
      const contentType = res.headers.get('content-type') ?? '';
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel().catch(() => {});
        return {
          hop: { kind: 'redirect', status: res.status, location: res.headers.get('location') ?? undefined },
          attempts,
        };
      }
      if (res.status >= 200 && res.status < 300) {
        if (contentType && !HTML_TYPES.test(contentType.trim())) {
          await res.body?.cancel().catch(() => {});
          return {
            hop: {
              kind: 'fail',
              verdict: 'not html',
              status: res.status,
              contentType,
              error: `not an HTML page (${contentType.split(';')[0]})`,
            },
            attempts,
          };
        }
        return {
          hop: { kind: 'page', status: res.status, contentType, body: await readLimited(res, o.maxBytes) },
          attempts,
        };
      }
      await res.body?.cancel().catch(() => {});
      if (res.status === 404 || res.status === 410)
        return { hop: { kind: 'fail', verdict: 'gone', status: res.status, error: `HTTP ${res.status}` }, attempts };
      last = { kind: 'fail', verdict: 'error', status: res.status, error: `HTTP ${res.status}` };
      if (res.status === 429 || res.status === 503) {
        const after = retryAfterMs(res.headers.get('retry-after'), o.now());
        if (after !== undefined) wait = Math.min(after, o.maxRetryAfterMs);
      } else if (res.status < 500) {
        return { hop: last, attempts }; // another 4xx: asking again will not help
      }
    } catch (e) {
      if (e instanceof TooLarge)
        return {
          hop: { kind: 'fail', verdict: 'too large', error: `larger than ${Math.round(o.maxBytes / 1024 / 1024)} MB` },
          attempts,
        };
      const err = e as Error & { cause?: { code?: string } };
      const timedOut = controller.signal.aborted;
      last = {
        kind: 'fail',
        verdict: 'error',
        error: timedOut
          ? `no answer within ${o.timeoutMs / 1000} s`
          : err.cause?.code
            ? `${err.message} (${err.cause.code})`
            : err.message,
      };
    } finally {
      clearTimeout(timer);
    }
    if (attempt < o.retries) await o.sleep(wait);
  }
  return { hop: last, attempts };
}

/** Fetches one page, following up to `maxRedirects` redirects by hand and detecting loops. */
export async function fetchPage(url: string, options: Partial<FetchOptions> = {}): Promise<FetchedPage> {
  const o = { ...DEFAULT_FETCH_OPTIONS, ...options };
  const start = withoutFragment(url);
  const redirects: FetchedPage['redirects'] = [];
  const seen = new Set([start]);
  let current = start;
  let attempts = 0;
  for (;;) {
    const { hop, attempts: n } = await requestWithRetries(current, o);
    attempts += n;
    const base = { url: start, finalUrl: current, redirects, attempts };
    if (hop.kind === 'page')
      return { ...base, verdict: 'ok', status: hop.status, contentType: hop.contentType, body: hop.body };
    if (hop.kind === 'fail')
      return { ...base, verdict: hop.verdict, status: hop.status, contentType: hop.contentType, error: hop.error };
    if (!hop.location)
      return { ...base, verdict: 'error', status: hop.status, error: `HTTP ${hop.status} without a Location` };
    let next: string;
    try {
      next = withoutFragment(new URL(hop.location, current).href);
    } catch {
      return {
        ...base,
        verdict: 'error',
        status: hop.status,
        error: `redirects to an invalid address "${hop.location}"`,
      };
    }
    redirects.push({ from: current, to: next, status: hop.status });
    if (seen.has(next))
      return {
        ...base,
        finalUrl: next,
        verdict: 'error',
        status: hop.status,
        error: `redirect loop (${redirects
          .map((r) => r.from)
          .concat(next)
          .join(' → ')})`,
      };
    if (redirects.length > o.maxRedirects)
      return {
        ...base,
        finalUrl: next,
        verdict: 'error',
        status: hop.status,
        error: `more than ${o.maxRedirects} redirects`,
      };
    seen.add(next);
    current = next;
  }
}

/**
 * Runs `work` on every item, at most `concurrency` at a time and at most `perHost` at a time for one key (host).
 * Items of a busy host wait while others go ahead; results come back in the order of `items`.
 */
export async function pool<T, R>(
  items: readonly T[],
  limits: { concurrency: number; perHost: number },
  key: (item: T) => string,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const waiting = items.map((_, i) => i);
  const active = new Map<string, number>();
  let running = 0;
  return new Promise<R[]>((resolve, reject) => {
    const launch = () => {
      if (!waiting.length && !running) {
        resolve(results);
        return;
      }
      for (let w = 0; w < waiting.length && running < Math.max(1, limits.concurrency);) {
        const i = waiting[w]!;
        const k = key(items[i]!);
        if ((active.get(k) ?? 0) >= Math.max(1, limits.perHost)) {
          w++;
          continue;
        }
        waiting.splice(w, 1);
        running++;
        active.set(k, (active.get(k) ?? 0) + 1);
        work(items[i]!).then((r) => {
          results[i] = r;
          running--;
          active.set(k, active.get(k)! - 1);
          launch();
        }, reject);
      }
    };
    launch();
  });
}

/**
 * Fetches every distinct address once (fragments ignored), within the limits, and hands each page to `handle` as soon
 * as it arrives, so only the pages being read are in memory. Results come back in the order of the distinct addresses.
 */
export async function fetchEach<R>(
  urls: readonly string[],
  options: Partial<FetchOptions>,
  handle: (page: FetchedPage) => Promise<R> | R,
): Promise<R[]> {
  const o = { ...DEFAULT_FETCH_OPTIONS, ...options };
  const distinct = [...new Set(urls.map(withoutFragment))];
  return pool(distinct, o, hostOf, async (url) => handle(await fetchPage(url, o)));
}
