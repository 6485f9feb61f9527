import { describe, expect, it } from 'vitest';
import { tasksLastChanged } from '../../src/lib/release/last-changed.ts';
import type { Manifest, ManifestItem } from '../../src/lib/release/manifest.ts';
import { contentHash } from '../../src/lib/release/manifest.ts';

const item = (data: Record<string, unknown>): ManifestItem => ({ hash: contentHash(data), data });
const edition = (id: string, tasks: Record<string, Record<string, unknown>>): Manifest => ({
  edition: id,
  date: '2026-01-01',
  commit: 'x',
  terms: {},
  steps: {},
  tips: {},
  tasks: Object.fromEntries(Object.entries(tasks).map(([k, v]) => [k, item(v)])),
});

describe('"Last changed in edition" from the manifests', () => {
  it("is the edition that last changed a task's content, not one that only reviewed it", () => {
    const changed = tasksLastChanged([
      edition('2026-Q4', {
        cpr: { deadline: '5 days', lastReviewed: '2026-11-01' },
        tax: { title: 'Tax card', lastReviewed: '2026-11-20' },
        bank: { title: 'Bank' },
      }),
      edition('2026-Q3', {
        cpr: { deadline: '5 days', lastReviewed: '2026-08-01' },
        tax: { title: 'Tax', lastReviewed: '2026-08-01' },
        old: { title: 'Old' },
      }),
    ]);
    expect(Object.fromEntries(changed)).toEqual({ cpr: '2026-Q3', tax: '2026-Q4', bank: '2026-Q4' });
  });
  it('says nothing without editions', () => {
    expect(tasksLastChanged([]).size).toBe(0);
  });
});
