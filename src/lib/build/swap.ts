/**
 * Publishes a finished build atomically: the old output stays untouched until the new one is complete. Only a
 * folder that a build made is ever replaced, the output may never be (or contain) the project or its content,
 * a symlinked output keeps its link (its target is swapped), and folders left by an interrupted build are removed.
 */
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { escapeRegExp } from '../text.ts';
import { CONTENT_FOLDERS, PROJECT_FOLDERS } from '../content/layout.ts';

/** The file every build writes into its output, so a later build knows the folder is its own. */
export const BUILD_MARKER = '.built-by-moving-to-denmark';

/** `a` is `b` or a folder that contains `b`. */
function containsOrIs(a: string, b: string): boolean {
  const rel = relative(a, b);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Why a folder must not be used as the output (it would delete the project or the content), or undefined. */
export function unsafeOutDir(out: string, protect: { project: string; content: string }): string | undefined {
  const target = resolve(out);
  const real = existsSync(target) ? realpathSync(target) : target;
  const guarded = [
    [protect.project, 'the project folder'],
    [join(protect.project, '.git'), 'the git repository'],
    [protect.content, 'the content folder'],
    ...[...CONTENT_FOLDERS, ...PROJECT_FOLDERS].map((d) => [join(protect.content, d), `the ${d}/ folder`] as const),
  ] as const;
  for (const [path, what] of guarded) {
    if (containsOrIs(target, path) || containsOrIs(real, path))
      return `OUT_DIR=${out} is or contains ${what}; the build replaces the output folder, so it would be deleted`;
    if (what !== 'the project folder' && what !== 'the content folder' && containsOrIs(path, target))
      return `OUT_DIR=${out} is inside ${what}`;
  }
  if (existsSync(target) && lstatSync(target).isDirectory() && !lstatSync(target).isSymbolicLink()) {
    const entries = readdirSync(target);
    // A build writes the marker; an output from before the marker existed is recognised by its home page.
    const looksBuilt = entries.includes(BUILD_MARKER) || entries.includes('index.html');
    if (entries.length && !looksBuilt)
      return `OUT_DIR=${out} is a folder the build did not make (no ${BUILD_MARKER} in it); choose an empty or new folder`;
  } else if (existsSync(target) && !lstatSync(target).isDirectory()) {
    return `OUT_DIR=${out} is a file, not a folder`;
  }
  return undefined;
}

/** The real folder to replace: the output itself, or the target of a symlinked output. */
export function publishTarget(target: string): string {
  return existsSync(target) && lstatSync(target).isSymbolicLink() ? realpathSync(target) : target;
}

/** Removes staging and old-output folders that a killed build left beside the output. */
export function removeLeftovers(target: string): string[] {
  const real = publishTarget(target);
  const dir = dirname(real);
  if (!existsSync(dir)) return [];
  const base = escapeRegExp(basename(real));
  const leftover = new RegExp(`^(?:\\.${base}-staging-(\\d+)-.+|${base}\\.old-(\\d+))$`);
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const m = leftover.exec(name);
    const pid = Number(m?.[1] ?? m?.[2]);
    if (!m || pid === process.pid || isAlive(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A fresh temporary folder beside the output (or its symlink target), on the same file system so the rename is atomic. */
export function stagingDirFor(target: string): string {
  const real = publishTarget(target);
  const staging = mkdtempSync(join(dirname(real), `.${basename(real)}-staging-${process.pid}-`));
  writeFileSync(
    join(staging, BUILD_MARKER),
    'This folder was written by the Moving to Denmark build; the next build replaces it.\n',
  );
  return staging;
}

/** What the swap did beyond publishing: the previous output it could not remove, and why. */
export interface SwapResult {
  leftOver?: { path: string; reason: string };
}

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Replaces the output with `staging`. A symlinked output keeps its link: the folder it points to is replaced. If the
 * new output cannot be moved into place, the previous one is put back and the error says so; if the previous output
 * cannot be removed afterwards, the new one is published and the result says where the old one was left.
 */
export function swapInto(
  staging: string,
  target: string,
  remove: (path: string) => void = (p) => rmSync(p, { recursive: true, force: true }),
): SwapResult {
  const real = publishTarget(target);
  const old = `${real}.old-${process.pid}`;
  const hadOutput = existsSync(real);
  if (hadOutput) renameSync(real, old);
  try {
    renameSync(staging, real);
  } catch (e) {
    if (hadOutput) renameSync(old, real);
    throw new Error(`could not move the new output into ${real} (${reasonOf(e)}); the previous output was put back`);
  }
  if (!hadOutput) return {};
  try {
    remove(old);
    return {};
  } catch (e) {
    return { leftOver: { path: old, reason: reasonOf(e) } };
  }
}
