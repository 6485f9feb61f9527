/**
 * What the last run saw. `source-state.json` (committed, at the repository root) keeps per page a fingerprint of its
 * normalised main text, short hashes of its paragraphs, the date it was checked, where it ended up and its verdict:
 * no copy of any page. The paragraphs' text is kept only in an uncommitted cache (.cache/sources/), so that the next
 * run on the same machine can show changed paragraphs as old → new.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const STATE_FILE = 'source-state.json';
export const CACHE_DIR = '.cache/sources';

export type PageVerdict = 'unchanged' | 'changed' | 'new' | 'moved' | 'gone' | 'not html' | 'too large' | 'error';

export interface PageState {
  /** SHA-256 of the normalised main text, as last read. */
  fingerprint: string;
  /** Short hashes of the normalised paragraphs, in page order, as last read. */
  paragraphs: string[];
  /** The date of the last check (YYYY-MM-DD). */
  checked: string;
  /** The address the page was read from (after redirects). */
  finalUrl: string;
  status: PageVerdict;
}

export interface SourceState {
  version: 1;
  pages: Record<string, PageState>;
}

export function emptyState(): SourceState {
  return { version: 1, pages: {} };
}

/** Reads source-state.json from `root`; an absent or unreadable file is an empty state (every page is then new). */
export function readState(root: string): SourceState {
  const file = join(root, STATE_FILE);
  if (!existsSync(file)) return emptyState();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<SourceState>;
    return data && typeof data.pages === 'object' && data.pages ? { version: 1, pages: data.pages } : emptyState();
  } catch {
    return emptyState();
  }
}

/** The state as committed: pages sorted by address, one stable JSON text, so a diff shows only what changed. */
export function stateText(state: SourceState): string {
  const pages = Object.fromEntries(
    Object.keys(state.pages)
      .sort()
      .map((url) => {
        const p = state.pages[url]!;
        return [
          url,
          {
            fingerprint: p.fingerprint,
            paragraphs: p.paragraphs,
            checked: p.checked,
            finalUrl: p.finalUrl,
            status: p.status,
          },
        ];
      }),
  );
  return `${JSON.stringify({ version: 1, pages }, null, 2)}\n`;
}

function writeAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

export function writeState(root: string, state: SourceState): void {
  writeAtomic(join(root, STATE_FILE), stateText(state));
}

/** The last seen paragraphs of each page, on this machine only (never committed). */
export interface ParagraphCache {
  get(url: string): string[] | undefined;
  set(url: string, paragraphs: string[]): void;
}

/** One small JSON file per page in `<root>/.cache/sources/`, named by a hash of the address. */
export function fileCache(root: string): ParagraphCache {
  const fileOf = (url: string) =>
    join(root, CACHE_DIR, `${createHash('sha256').update(url).digest('hex').slice(0, 24)}.json`);
  return {
    get(url) {
      try {
        const data = JSON.parse(readFileSync(fileOf(url), 'utf8')) as { url?: string; paragraphs?: unknown };
        return data.url === url && Array.isArray(data.paragraphs) ? data.paragraphs.map(String) : undefined;
      } catch {
        return undefined;
      }
    },
    set(url, paragraphs) {
      writeAtomic(fileOf(url), `${JSON.stringify({ url, paragraphs })}\n`);
    },
  };
}

/** A cache in memory (tests, or a run that should leave no files). */
export function memoryCache(): ParagraphCache {
  const map = new Map<string, string[]>();
  return {
    get: (url) => map.get(url),
    set: (url, p) => {
      map.set(url, p);
    },
  };
}

/** One changed stretch of a page: the paragraphs that were there (text when the cache had it) and those there now. */
export interface ParagraphChange {
  /** 1-based number of the first new paragraph of the stretch on the page now (or where the removed ones stood). */
  at: number;
  removed: { hash: string; text?: string }[];
  added: { hash: string; text: string }[];
}

/** Above this many paragraph pairs the alignment falls back to set difference (a huge page should not cost minutes). */
const MAX_ALIGNMENT = 4_000_000;

/**
 * The changed stretches between the paragraphs last seen (their hashes, and their text when cached) and the paragraphs
 * now: an alignment by longest common subsequence of hashes, so a changed paragraph shows as old → new in its place.
 */
export function paragraphChanges(
  oldHashes: readonly string[],
  oldTexts: readonly string[] | undefined,
  now: readonly { hash: string; text: string }[],
): ParagraphChange[] {
  const texts = oldTexts && oldTexts.length === oldHashes.length ? oldTexts : undefined;
  const n = oldHashes.length;
  const m = now.length;
  if (n * m > MAX_ALIGNMENT) {
    const before = new Set(oldHashes);
    const after = new Set(now.map((p) => p.hash));
    const removed = oldHashes.map((hash, i) => ({ hash, text: texts?.[i] })).filter((p) => !after.has(p.hash));
    const added = now.filter((p) => !before.has(p.hash));
    return removed.length || added.length ? [{ at: 1, removed, added }] : [];
  }
  // lcs[i][j]: the longest common subsequence of old[i..] and now[j..], in one flat array.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  const w = m + 1;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] =
        oldHashes[i] === now[j]!.hash
          ? lcs[(i + 1) * w + j + 1]! + 1
          : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const changes: ParagraphChange[] = [];
  let cur: ParagraphChange | undefined;
  const open = (j: number) => (cur ??= { at: j + 1, removed: [], added: [] });
  const close = () => {
    if (cur) changes.push(cur);
    cur = undefined;
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && oldHashes[i] === now[j]!.hash) {
      close();
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) {
      open(j).added.push(now[j]!);
      j++;
    } else {
      open(j).removed.push({ hash: oldHashes[i]!, text: texts?.[i] });
      i++;
    }
  }
  close();
  return changes;
}
