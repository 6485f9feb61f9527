/** Publishes a finished build atomically: the old output stays untouched until the new one is complete. */
import { existsSync, renameSync, rmSync, mkdtempSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/** A fresh temporary folder beside `target`, on the same file system so that the final rename is atomic. */
export function stagingDirFor(target: string): string {
  return mkdtempSync(join(dirname(target), `.${basename(target)}-staging-`));
}

/** Replaces `target` with `staging`. */
export function swapInto(staging: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  if (existsSync(old)) rmSync(old, { recursive: true, force: true });
}
