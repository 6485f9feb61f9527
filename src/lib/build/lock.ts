/**
 * A lock between builds that share one folder. Astro writes its prerender chunks to `<cwd>/.astro/.prerender/`
 * when the output folder is outside the project, so two such builds at once (the tests run several) would
 * overwrite each other's chunks. A build holds this lock while Astro runs. A lock whose owner died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function ownerAlive(dir: string): boolean {
  try {
    const pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Takes the lock folder `dir`, waiting up to `timeoutMs` for its holder; returns the function that gives it back. For
 * a holder that is not one synchronous call (the live preview's test holds it while its dev server runs: Astro's dev
 * server reads the same .astro/ folder that such builds rewrite).
 */
export function acquireLock(dir: string, timeoutMs = 600_000): () => void {
  const start = Date.now();
  for (;;) {
    try {
      mkdirSync(dir, { recursive: false });
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // The owner may not have written its pid yet: only a lock older than a moment with a dead owner is stale.
      if (!ownerAlive(dir) && Date.now() - start > 500) rmSync(dir, { recursive: true, force: true });
      else if (Date.now() - start > timeoutMs)
        throw new Error(`Another build has held ${dir} for ${timeoutMs / 1000} s`);
      else sleep(200);
    }
  }
}

/** Runs `fn` while holding the lock folder `dir`; waits up to `timeoutMs` for another build to finish. */
export function withLock<T>(dir: string, fn: () => T, timeoutMs = 600_000): T {
  const release = acquireLock(dir, timeoutMs);
  try {
    return fn();
  } finally {
    release();
  }
}
