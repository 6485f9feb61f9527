import { defineConfig } from 'vitest/config';
import SlowestFirst from './tests/helpers/sequencer.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Ceilings against a hang, never a measure of speed: on a 2-core machine with a second build running beside the
    // suite, a test that builds the site takes two to three times as long as on a quiet one.
    testTimeout: 300_000,
    hookTimeout: 480_000,
    pool: 'forks',
    maxWorkers: 2,
    sequence: { sequencer: SlowestFirst },
  },
});
