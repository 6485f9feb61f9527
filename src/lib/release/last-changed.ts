/**
 * "Last changed in edition …" for each task, computed from the editions' manifests: the newest edition in which the
 * task's content differs from the edition before it (or in which it first appeared). A review that changed only the
 * review date does not count as a change, as in the release notes.
 */
import type { Manifest } from './manifest.ts';
import { diffItems } from './notes.ts';

const REVIEW_ONLY = new Set(['lastReviewed', 'lastVerified']);

/** Task slug → the id of the edition that last changed it. `manifests` in any order. */
export function tasksLastChanged(manifests: Manifest[]): Map<string, string> {
  const ordered = [...manifests].sort((a, b) => a.edition.localeCompare(b.edition));
  const out = new Map<string, string>();
  let before: Manifest['tasks'] = {};
  for (const m of ordered) {
    const d = diffItems(before, m.tasks);
    for (const slug of d.added) out.set(slug, m.edition);
    for (const c of d.changed) if (c.fields.some((f) => !REVIEW_ONLY.has(f))) out.set(c.key, m.edition);
    for (const slug of d.removed) out.delete(slug);
    before = m.tasks;
  }
  return out;
}

const cache = new Map<string, Map<string, string>>();
/** The same, for the editions in releases/ (and the one being released now); read once per build. */
export function publishedLastChanged(
  editions: { dir: string }[],
  read: (dir: string) => Manifest | undefined,
): Map<string, string> {
  const key = editions.map((e) => e.dir).join('\n');
  let found = cache.get(key);
  if (!found) cache.set(key, (found = tasksLastChanged(editions.flatMap((e) => read(e.dir) ?? []))));
  return found;
}
