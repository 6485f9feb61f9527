import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  committedFacts,
  keyedChanges,
  titlesAtStamp,
  titlesFingerprint,
} from '../../src/lib/translations/changed-items.ts';

describe('which task titles changed since the Danish was stamped', () => {
  it('lists added, removed and changed items with their texts', () => {
    expect(
      keyedChanges({ a: 'Get a CPR number', b: 'Old task' }, { a: 'Register your address', c: 'New task' }),
    ).toEqual([
      'changed: a: “Get a CPR number” → “Register your address”',
      'removed: b (was “Old task”)',
      'added: c: “New task”',
    ]);
  });

  const repo = mkdtempSync(join(tmpdir(), 'mtd-titles-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...a: string[]) => {
    const r = spawnSync('git', ['-C', repo, ...a], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  };
  const task = (slug: string, title: string) =>
    writeFileSync(join(repo, 'guide/arrive', `${slug}.md`), `---\ntitle: ${title}\n---\n\nBody.\n`);

  it('finds the English as it was at the stamp in git, and names what changed since', () => {
    mkdirSync(join(repo, 'guide/arrive'), { recursive: true });
    git('init', '-q');
    git('config', 'user.email', 'e@example.org');
    git('config', 'user.name', 'E');
    task('cpr-number', 'Get a CPR number');
    task('mitid', 'Get MitID');
    git('add', '-A');
    git('commit', '-qm', 'first');
    const stamp = titlesFingerprint({ 'cpr-number': 'Get a CPR number', mitid: 'Get MitID' });
    task('cpr-number', 'Register your address');
    git('add', '-A');
    git('commit', '-qm', 'a title changed');
    const before = titlesAtStamp(repo, stamp, ['arrive']);
    expect(before).toEqual({ 'cpr-number': 'Get a CPR number', mitid: 'Get MitID' });
    expect(keyedChanges(before!, { 'cpr-number': 'Register your address', mitid: 'Get MitID' })).toEqual([
      'changed: cpr-number: “Get a CPR number” → “Register your address”',
    ]);
    expect(titlesAtStamp(repo, 'ffffffffffff', ['arrive'])).toBeUndefined();
  });
  it('reads the deadlines as last committed, for the check of facts stated elsewhere', () => {
    writeFileSync(
      join(repo, 'guide/arrive/mitid.md'),
      '---\ntitle: Get MitID\ndeadline: within 14 days\n---\n\nBody.\n',
    );
    git('add', '-A');
    git('commit', '-qm', 'a deadline');
    writeFileSync(
      join(repo, 'guide/arrive/mitid.md'),
      '---\ntitle: Get MitID\ndeadline: within 30 days\n---\n\nBody.\n',
    );
    expect(committedFacts(repo, ['arrive'])?.mitid).toEqual({ deadline: 'within 14 days', fee: undefined });
    expect(committedFacts(join(repo, 'guide'), ['arrive'], () => undefined)).toBeUndefined();
  });
});
