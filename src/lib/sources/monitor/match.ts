/**
 * Does a page still say what we quoted? The quote is found when its normalised words are a substring of the page's
 * normalised text; otherwise the closest passage of the same number of words is found (a sliding window ranked by
 * token Dice, the best few then scored by a character Levenshtein ratio), and its score says "reworded" or "gone".
 */
import { cleanText, normalise } from './normalise.ts';

export type QuoteVerdict = 'quote found' | 'reworded' | 'quote gone' | 'no quote recorded' | 'not checked';

export interface QuoteMatch {
  verdict: QuoteVerdict;
  /** 1 when found; else the similarity (0–1) of the closest passage. */
  score?: number;
  /** The closest passage on the page now (clean text, as the page writes it), when the quote was not found as it is. */
  passage?: string;
}

/** At or above this similarity the quote counts as reworded; below, as gone. */
export const REWORDED_THRESHOLD = 0.8;
/** How many of the best windows by word overlap are compared character by character. */
const CANDIDATES = 5;

interface Word {
  token: string;
  start: number;
  end: number;
}

/** The words of a clean text (letters and digits), lower case, with where each stands in the text. */
export function words(clean: string): Word[] {
  const out: Word[] = [];
  for (const m of clean.matchAll(/[\p{L}\p{N}]+/gu))
    out.push({ token: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Levenshtein distance with two rows (quotes are at most 600 characters, so this stays small). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
      );
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** 1 − distance / longer length: 1 for equal texts, 0 for nothing in common. */
export function levenshteinRatio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/**
 * The verdict for one quote against a page, prepared once from its paragraphs (clean text, see extract.ts) with
 * {@link pageForMatching}, since several quotes often rest on one page.
 */
export function matchQuote(quote: string | undefined, page: PageForMatching): QuoteMatch {
  if (!quote?.trim()) return { verdict: 'no quote recorded' };
  const q = normalise(quote);
  if (page.normalised.includes(q)) return { verdict: 'quote found', score: 1 };
  const qWords = words(cleanText(quote));
  const pWords = page.words;
  if (!qWords.length || !pWords.length) return { verdict: 'quote gone', score: 0 };
  const n = Math.min(qWords.length, pWords.length);
  const want = new Map<string, number>();
  for (const w of qWords) want.set(w.token, (want.get(w.token) ?? 0) + 1);
  // Sliding window of n words: the overlap (bag of words) is updated as the window moves, so this is linear in the page.
  const have = new Map<string, number>();
  let overlap = 0;
  const add = (t: string) => {
    const h = have.get(t) ?? 0;
    if (h < (want.get(t) ?? 0)) overlap++;
    have.set(t, h + 1);
  };
  const remove = (t: string) => {
    const h = have.get(t)! - 1;
    have.set(t, h);
    if (h < (want.get(t) ?? 0)) overlap--;
  };
  const best: { start: number; overlap: number }[] = [];
  const consider = (start: number) => {
    if (best.length === CANDIDATES && overlap <= best[best.length - 1]!.overlap) return;
    best.push({ start, overlap });
    best.sort((x, y) => y.overlap - x.overlap || x.start - y.start);
    if (best.length > CANDIDATES) best.pop();
  };
  for (let i = 0; i < n; i++) add(pWords[i]!.token);
  consider(0);
  for (let start = 1; start + n <= pWords.length; start++) {
    remove(pWords[start - 1]!.token);
    add(pWords[start + n - 1]!.token);
    consider(start);
  }
  const qText = qWords.map((w) => w.token).join(' ');
  const ratioOf = (from: number, to: number) =>
    levenshteinRatio(
      qText,
      pWords
        .slice(from, to)
        .map((w) => w.token)
        .join(' '),
    );
  let bestFrom = 0;
  let bestTo = 0;
  let bestRatio = -1;
  for (const c of best) {
    const ratio = ratioOf(c.start, c.start + n);
    if (ratio > bestRatio) {
      bestRatio = ratio;
      bestFrom = c.start;
      bestTo = c.start + n;
    }
  }
  // The window has the quote's number of words; a reworded passage may have a word more or less. Move either edge by
  // one word while that brings it closer to the quote.
  for (let steps = 0; steps < 20; steps++) {
    const moves = [
      [bestFrom - 1, bestTo],
      [bestFrom + 1, bestTo],
      [bestFrom, bestTo - 1],
      [bestFrom, bestTo + 1],
    ].filter(([f, t]) => f! >= 0 && t! <= pWords.length && t! - f! >= 1);
    let improved = false;
    for (const [f, t] of moves) {
      const ratio = ratioOf(f!, t!);
      if (ratio > bestRatio) {
        bestRatio = ratio;
        bestFrom = f!;
        bestTo = t!;
        improved = true;
      }
    }
    if (!improved) break;
  }
  const score = Math.round(bestRatio * 1000) / 1000;
  const passage = page.clean.slice(pWords[bestFrom]!.start, pWords[bestTo - 1]!.end).replace(/\s+/g, ' ');
  const top: QuoteMatch = { verdict: score >= REWORDED_THRESHOLD ? 'reworded' : 'quote gone', score, passage };
  return top;
}

/** A page prepared once for matching many quotes. */
export interface PageForMatching {
  clean: string;
  normalised: string;
  words: Word[];
}

export function pageForMatching(paragraphs: readonly string[]): PageForMatching {
  const clean = paragraphs.join('\n');
  return { clean, normalised: normalise(paragraphs.join(' ')), words: words(clean) };
}
