/**
 * The baseline of a first edition (`npm run release -- --since <git ref or date>`): the content as it was in an
 * earlier commit, read from git into a temporary folder and turned into a manifest, so the first edition's notes
 * can list the quarter's changes instead of only "This is the first edition".
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../content/load.ts';
import { buildModel } from '../model.ts';
import { buildManifest, type Manifest } from './manifest.ts';

export type Git = (...args: string[]) => { status: number | null; stdout: string };

/** The commit `since` names: a git ref (a tag, a branch, a commit) or a date (YYYY-MM-DD: the last commit before that day). */
export function resolveSince(since: string, git: Git): { commit: string; date: string } | { error: string } {
  const byDate = /^\d{4}-\d{2}-\d{2}$/.test(since);
  const r = byDate
    ? git('rev-list', '-1', `--before=${since}T00:00:00`, 'HEAD')
    : git('rev-parse', '--verify', '--quiet', `${since}^{commit}`);
  const commit = r.status === 0 ? r.stdout.trim() : '';
  if (!commit) {
    return {
      error: byDate
        ? `--since ${since}: there is no commit before that day. Give a later date, or a git tag or commit. Nothing was released.`
        : `--since ${since} is neither a date (YYYY-MM-DD) nor a git tag, branch or commit of this repository. Nothing was released.`,
    };
  }
  const date = git('show', '-s', '--format=%cs', commit).stdout.trim();
  return { commit, date };
}

/**
 * The manifest of the content at `commit`. Files that today's rules cannot read (the schemas may have changed since)
 * are left out, so what they hold shows as added; `unreadable` counts them so the release can say so.
 */
export function baselineManifest(
  root: string,
  commit: string,
  date: string,
  folders: readonly string[],
  git: Git,
): { manifest: Manifest; unreadable: number } {
  const present = git('ls-tree', '--name-only', commit, '--', ...folders)
    .stdout.split('\n')
    .filter(Boolean);
  const dir = mkdtempSync(join(tmpdir(), 'mtd-baseline-'));
  try {
    const archive = spawnSync('git', ['-C', root, 'archive', '--format=tar', commit, '--', ...present], {
      maxBuffer: 512 * 1024 * 1024,
    });
    if (archive.status !== 0) throw new Error(`git archive ${commit} failed: ${archive.stderr.toString()}`);
    const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`could not unpack the content of ${commit}: ${untar.stderr.toString()}`);
    const raw = loadContent(dir);
    const unreadable = new Set(raw.issues.filter((i) => i.severity === 'error').map((i) => i.file)).size;
    const { model } = buildModel(raw);
    return { manifest: buildManifest(model, { id: `the content of ${date}`, date }, commit), unreadable };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
