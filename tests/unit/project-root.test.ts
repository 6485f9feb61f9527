/**
 * The commands work from any folder: they run in the project folder, and a relative path in an environment variable
 * still means a path from where the command was started.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixtureContent } from '../helpers/fixture-content.ts';

const project = resolve(import.meta.dirname, '../..');
const elsewhere = mkdtempSync(join(tmpdir(), 'mtd-elsewhere-'));
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));
const checkContent = (env: Record<string, string> = {}) => {
  const { CONTENT_ROOT: _ignored, ...inherited } = process.env;
  return spawnSync(process.execPath, [join(project, 'scripts/check-content.ts')], {
    cwd: elsewhere,
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
};

describe('a command started in another folder', () => {
  it("checks the project's content, not the folder it was started in", () => {
    const r = checkContent();
    expect(r.stdout + r.stderr).toContain('content is valid');
    expect(r.status).toBe(0);
  });
  it('reads a relative CONTENT_ROOT from the folder it was started in', () => {
    copyFixtureContent(join(elsewhere, 'copy'));
    unlinkSync(join(elsewhere, 'copy', 'guide/when-you-arrive/cpr-number.md'));
    const r = checkContent({ CONTENT_ROOT: 'copy' });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/cpr-number/);
  });
});
