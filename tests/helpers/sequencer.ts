/**
 * The order vitest starts the test files in: the slowest first, so that the two workers finish close together
 * (longest first is what keeps a few long files from running alone at the end). Vitest's own order puts files it has
 * timed before by their last duration, and files it has not (a fresh clone) by their size; a long file that is short
 * in lines (fixtures.test.ts, a11y.test.ts, the form editor's cms.test.ts) then starts last. This list, slowest first
 * in a quiet run of both tiers (docs/performance.md), goes first; the rest keep vitest's order. A file missing here
 * only starts later.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const SLOWEST_FIRST = [
  'tests/release.test.ts',
  'tests/browser/a11y.test.ts',
  'tests/browser/cms.test.ts',
  'tests/fixtures.test.ts',
  'tests/views-agree.test.ts',
  'tests/browser/dev-preview.test.ts',
  'tests/build/reproducible.test.ts',
  'tests/journey-change.test.ts',
  'tests/browser/journey-geometry.test.ts',
  'tests/browser/cms-new-task.test.ts',
  'tests/browser/search.test.ts',
  'tests/build/html-valid.test.ts',
  'tests/browser/layout-shift.test.ts',
  'tests/browser/cms-authorities-drift.test.ts',
  'tests/browser/household-checklist.test.ts',
];

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const i = SLOWEST_FIRST.findIndex((f) => spec.moduleId.endsWith(`/${f}`));
      return i < 0 ? SLOWEST_FIRST.length : i;
    };
    // Array.prototype.sort is stable: files of equal rank keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
