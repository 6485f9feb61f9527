import { configDefaults, defineConfig } from 'vitest/config';
import SlowestFirst from './tests/helpers/sequencer.ts';

/** The tests that only call modules or read the built files: they share a worker's loaded modules (no isolation). */
const IN_PROCESS = ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'];

export default defineConfig({
  test: {
    // Ceilings against a hang, never a measure of speed: on a 2-core machine with a second build running beside the
    // suite, a test that builds the site takes two to three times as long as on a quiet one.
    testTimeout: 300_000,
    hookTimeout: 480_000,
    pool: 'forks',
    maxWorkers: 2,
    sequence: { sequencer: SlowestFirst },
    projects: [
      // Each file in a fresh process: these start servers, browsers and builds, and set the environment for them.
      {
        extends: true,
        test: {
          name: 'processes',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...IN_PROCESS],
        },
      },
      // About 100 small files: loading the modules once per worker instead of once per file halves their time
      // (tests/unit: 44 s -> 22 s alone). A file that changes process.env or a module's state puts it back afterwards.
      { extends: true, test: { name: 'in-process', include: IN_PROCESS, isolate: false } },
    ],
  },
});
