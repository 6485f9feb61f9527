import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLOWEST_FIRST } from '../helpers/sequencer.ts';

describe('the order the test files start in', () => {
  it('names only test files that exist (a renamed file would quietly lose its place)', () => {
    const root = resolve(import.meta.dirname, '../..');
    expect(SLOWEST_FIRST.filter((f) => !existsSync(resolve(root, f)))).toEqual([]);
    expect(new Set(SLOWEST_FIRST).size).toBe(SLOWEST_FIRST.length);
  });
});
