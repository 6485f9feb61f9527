/**
 * Publishing the built site to a web root, and undoing it, atomically. The web root holds one folder per published
 * version (`versions/<label>/`) and a symbolic link `current` that the web server serves (deploy/nginx/ points at
 * it). Publishing copies dist/ into a new version folder, then swaps the link in one rename; undo points the link
 * back at the version before. A visitor never sees a half-copied site.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';

export const CURRENT = 'current';
export const VERSIONS = 'versions';
const HISTORY = 'history.txt';

export class PublishError extends Error {}

/** The version folders, oldest first, as recorded in history.txt (one label per publish). */
export function history(webRoot: string): string[] {
  const file = join(webRoot, HISTORY);
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

/** The label the `current` link points at, or undefined before the first publish. */
export function currentVersion(webRoot: string): string | undefined {
  const link = join(webRoot, CURRENT);
  return existsSync(link) ? basename(readlinkSync(link)) : undefined;
}

/** Points `current` at a version folder with one atomic rename of a fresh link. */
function switchTo(webRoot: string, label: string): void {
  const tmp = join(webRoot, `.${CURRENT}-${process.pid}`);
  rmSync(tmp, { force: true });
  symlinkSync(join(VERSIONS, label), tmp);
  renameSync(tmp, join(webRoot, CURRENT));
}

/** Copies a built site into a new version and makes it current. Returns the label. */
export function publish(dist: string, webRoot: string, label: string, keep = 5): string {
  if (!existsSync(join(dist, 'index.html')))
    throw new PublishError(`${dist} has no index.html: build the site first (npm run build).`);
  if (!/^[\w.-]+$/.test(label)) throw new PublishError(`"${label}" cannot be a folder name`);
  const versions = join(webRoot, VERSIONS);
  mkdirSync(versions, { recursive: true });
  let final = label;
  for (let n = 2; existsSync(join(versions, final)); n++) final = `${label}-${n}`;
  const staging = join(versions, `.incoming-${final}`);
  rmSync(staging, { recursive: true, force: true });
  cpSync(dist, staging, { recursive: true });
  renameSync(staging, join(versions, final));
  switchTo(webRoot, final);
  // Keep the newest few versions for undo (never the current one); the history lists the kept ones, oldest first.
  const past = [...history(webRoot), final];
  const kept = past.slice(-keep);
  for (const old of past) if (!kept.includes(old)) rmSync(join(versions, old), { recursive: true, force: true });
  writeFileSync(join(webRoot, HISTORY), `${kept.join('\n')}\n`);
  return final;
}

/**
 * The first publish to a web root cannot be undone (there is no earlier version to go back to), so it must be
 * confirmed by naming it with --label. Returns why not, or undefined when the publish may go ahead.
 */
export function firstPublishProblem(webRoot: string, label: string | undefined): string | undefined {
  if (currentVersion(webRoot) !== undefined || label !== undefined) return undefined;
  return `Nothing is published in ${webRoot} yet. The first publish cannot be undone (there is no earlier version to go back to), so confirm it by naming it: npm run publish -- --to ${webRoot} --label <name>, for example --label 2026-Q4.`;
}

/** Makes the version before the current one current again. Returns its label. */
export function undo(webRoot: string): string {
  const past = history(webRoot).filter((l) => existsSync(join(webRoot, VERSIONS, l)));
  const now = currentVersion(webRoot);
  const i = now ? past.lastIndexOf(now) : -1;
  if (i <= 0) throw new PublishError(`There is no earlier version to go back to in ${webRoot} (${past.length} kept).`);
  const previous = past[i - 1]!;
  switchTo(webRoot, previous);
  return previous;
}

/** The versions still kept, for the command's output. */
export function keptVersions(webRoot: string): string[] {
  const dir = join(webRoot, VERSIONS);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((d) => !d.startsWith('.'))
        .sort()
    : [];
}
