/**
 * Which task titles (or journey step labels) changed since the Danish was stamped, for `npm run translations`. The
 * stamp is only a fingerprint; the texts it stands for are found in git: the newest commit whose English texts have
 * that fingerprint. Without git, or without such a commit, the caller says only that something changed.
 */
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { fingerprintOf } from './status.ts';

export type Keyed = Record<string, string>;

/** One line per change: added, removed, or changed with the old and the new text. */
export function keyedChanges(before: Keyed, after: Keyed): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((k) => {
    if (!(k in before)) return [`added: ${k}: “${after[k]}”`];
    if (!(k in after)) return [`removed: ${k} (was “${before[k]}”)`];
    return before[k] !== after[k] ? [`changed: ${k}: “${before[k]}” → “${after[k]}”`] : [];
  });
}

/** The task titles by slug, sorted, as units.ts fingerprints them. */
export const titlesFingerprint = (titles: Keyed) => fingerprintOf(Object.fromEntries(Object.entries(titles).sort(([a], [b]) => a.localeCompare(b))));

type Git = (...args: string[]) => string | undefined;
const gitIn = (root: string): Git => (...args) => {
  const r = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : undefined;
};

/** The task titles at a commit: the `title` of each Markdown file in a phase folder of guide/. */
export function titlesAt(git: Git, commit: string, phases: string[]): Keyed | undefined {
  const files = git('ls-tree', '-r', '--name-only', commit, '--', 'guide/')?.split('\n')
    .filter((f) => new RegExp(`^guide/(${phases.join('|')})/[^/]+\\.mdx?$`).test(f));
  if (!files) return undefined;
  const out: Keyed = {};
  for (const f of files) {
    const text = git('show', `${commit}:${f}`);
    const front = text && /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    try {
      const title = front ? (parse(front) as { title?: unknown })?.title : undefined;
      if (typeof title === 'string') out[f.split('/').pop()!.replace(/\.mdx?$/, '')] = title;
    } catch { /* a file that did not parse then: skip it */ }
  }
  return out;
}

/**
 * The task titles as they were when `stamp` was written: the newest of the last `depth` commits that touched guide/
 * whose titles have that fingerprint (the working tree's own titles are not a candidate: they are what changed).
 */
export function titlesAtStamp(root: string, stamp: string, phases: string[], depth = 40, git: Git = gitIn(root)): Keyed | undefined {
  const commits = git('log', `-n${depth}`, '--format=%H', '--', 'guide/')?.split('\n').filter(Boolean) ?? [];
  for (const c of commits) {
    const titles = titlesAt(git, c, phases);
    if (titles && titlesFingerprint(titles) === stamp) return titles;
  }
  return undefined;
}
