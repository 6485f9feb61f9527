/** Every environment variable a command reads is checked, with a message that names it. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentProblems } from '../../src/lib/context.ts';

describe('environment variables that cannot work', () => {
  it.each([
    [
      { SOURCE_DATE_EPOCH: 'yesterday' },
      'SOURCE_DATE_EPOCH is "yesterday": it must be a whole number of seconds since 1970',
    ],
    [{ EDITION_DATE: '2026-02-30' }, 'EDITION_DATE is "2026-02-30": it must be a real date written YYYY-MM-DD'],
    [{ EDITION: 'Q4' }, 'EDITION is "Q4": it must look like 2026-Q4'],
    [{ SITE_URL: 'guide.dk' }, 'SITE_URL is "guide.dk"'],
    [{ OUT_DIR: ' ' }, 'OUT_DIR is set but empty'],
  ])('%j is named with what it needs', (env, message) => {
    expect(environmentProblems(env).join('\n')).toContain(message);
  });
  it('accepts good values and unset ones', () => {
    expect(
      environmentProblems({
        SOURCE_DATE_EPOCH: '1764547200',
        EDITION_DATE: '2028-02-29',
        EDITION: '2027-Q1',
        SITE_URL: 'https://guide.example.dk',
      }),
    ).toEqual([]);
    expect(environmentProblems({})).toEqual([]);
  });
  it('stops any command before it does anything, naming the variable', () => {
    const project = resolve(import.meta.dirname, '../..');
    const r = spawnSync(process.execPath, [join(project, 'scripts/report-review.ts')], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: 'soon' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('SOURCE_DATE_EPOCH is "soon": it must be a whole number of seconds since 1970');
    expect(r.stderr).not.toMatch(/Invalid time value|\n\s+at /);
  });
});
