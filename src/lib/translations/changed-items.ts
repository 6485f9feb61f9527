/**
 * The tasks as git has them: which task titles changed since the Danish was stamped (`npm run translations`; the stamp
 * is only a fingerprint, so the titles it stands for are found in the newest commit whose titles have it), and the
 * deadlines and fees as last committed (`check:content` warns where a changed one is still stated elsewhere). Without
 * git, or without such a commit, the callers say less.
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
export const titlesFingerprint = (titles: Keyed) =>
  fingerprintOf(Object.fromEntries(Object.entries(titles).sort(([a], [b]) => a.localeCompare(b))));

type Git = (...args: string[]) => string | undefined;
const gitIn =
  (root: string): Git =>
  (...args) => {
    const r = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return r.status === 0 ? r.stdout : undefined;
  };

/** Each task's front matter at a commit (title, deadline, fee): the Markdown files in the phase folders of guide/. */
export function tasksAt(
  git: Git,
  commit: string,
  phases: string[],
): Record<string, { title?: string; deadline?: string; fee?: string }> | undefined {
  const files = git('ls-tree', '-r', '--name-only', commit, '--', 'guide/')
    ?.split('\n')
    .filter((f) => new RegExp(`^guide/(${phases.join('|')})/[^/]+\\.mdx?$`).test(f));
  if (!files) return undefined;
  const out: Record<string, { title?: string; deadline?: string; fee?: string }> = {};
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  for (const f of files) {
    const source = git('show', `${commit}:${f}`);
    const front = source && /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
    try {
      const data = (front ? parse(front) : undefined) as Record<string, unknown> | undefined;
      if (data)
        out[
          f
            .split('/')
            .pop()!
            .replace(/\.mdx?$/, '')
        ] = { title: text(data.title), deadline: text(data.deadline), fee: text(data.fee) };
    } catch {
      /* a file that did not parse then: skip it */
    }
  }
  return out;
}

/** The task titles at a commit. */
export function titlesAt(git: Git, commit: string, phases: string[]): Keyed | undefined {
  const tasks = tasksAt(git, commit, phases);
  return tasks && Object.fromEntries(Object.entries(tasks).flatMap(([slug, t]) => (t.title ? [[slug, t.title]] : [])));
}

/** Each task's deadline and fee as last committed (HEAD), for the check of facts said elsewhere; undefined outside git. */
export function committedFacts(
  root: string,
  phases: string[],
  git: Git = gitIn(root),
): Record<string, { deadline?: string; fee?: string }> | undefined {
  if (git('rev-parse', '--verify', '-q', 'HEAD') === undefined) return undefined;
  const tasks = tasksAt(git, 'HEAD', phases);
  return (
    tasks && Object.fromEntries(Object.entries(tasks).map(([slug, t]) => [slug, { deadline: t.deadline, fee: t.fee }]))
  );
}

/**
 * The task titles as they were when `stamp` was written: the newest of the last `depth` commits that touched guide/
 * whose titles have that fingerprint (the working tree's own titles are not a candidate: they are what changed).
 */
export function titlesAtStamp(
  root: string,
  stamp: string,
  phases: string[],
  depth = 40,
  git: Git = gitIn(root),
): Keyed | undefined {
  const commits = git('log', `-n${depth}`, '--format=%H', '--', 'guide/')?.split('\n').filter(Boolean) ?? [];
  for (const c of commits) {
    const titles = titlesAt(git, c, phases);
    if (titles && titlesFingerprint(titles) === stamp) return titles;
  }
  return undefined;
}
