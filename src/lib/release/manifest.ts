/**
 * The release manifest: the edition, its date, the git commit, and for every task, term, journey step and tip a
 * (and self-service entry) content hash plus the data that release notes compare (so the next edition can say what changed).
 */
import { createHash } from 'node:crypto';
import type { Model } from '../model.ts';

export interface ManifestItem {
  hash: string;
  data: Record<string, unknown>;
}
export interface Manifest {
  edition: string;
  date: string;
  commit: string;
  tasks: Record<string, ManifestItem>;
  terms: Record<string, ManifestItem>;
  steps: Record<string, ManifestItem>;
  tips: Record<string, ManifestItem>;
  /**
   * The first edition's baseline: the content it was compared with (`--since`). Recorded so that re-running the
   * release with --force compares with the same content instead of losing the computed notes.
   */
  baseline?: { commit: string; date: string };
  /** The self-service map (absent in manifests made before it was recorded). */
  selfServices?: Record<string, ManifestItem>;
}

/** JSON with sorted keys, so equal data always gives equal text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function contentHash(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 16);
}

function item(data: Record<string, unknown>, body?: string): ManifestItem {
  const withBody = body === undefined ? data : { ...data, bodyHash: contentHash(body) };
  return { hash: contentHash(withBody), data: withBody };
}

function sortedRecord<T>(entries: [string, T][]): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));
}

export function buildManifest(
  model: Model,
  edition: { id: string; date: string },
  commit: string,
  baseline?: { commit: string; date: string },
): Manifest {
  return {
    edition: edition.id,
    date: edition.date,
    commit,
    ...(baseline ? { baseline: { commit: baseline.commit, date: baseline.date } } : {}),
    tasks: sortedRecord(
      model.tasks.map(({ slug, file: _f, body, bodyLine: _l, url: _u, ...data }) => [slug, item(data, body)]),
    ),
    terms: sortedRecord(model.terms.map(({ slug, file: _f, anchor: _a, ...data }) => [slug, item(data)])),
    steps: sortedRecord(
      model.journey.steps.map(({ id, taskTitle: _t, taskUrl: _u, deadline: _d, ...data }) => [id, item(data)]),
    ),
    tips: sortedRecord(model.tips.map(({ slug, file: _f, body, bodyLine: _l, ...data }) => [slug, item(data, body)])),
    selfServices: sortedRecord(model.selfServices.map(({ slug, file: _f, ...data }) => [slug, item(data)])),
  };
}
