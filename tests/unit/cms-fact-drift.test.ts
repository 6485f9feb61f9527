/**
 * Issue #31: a deadline or fee changed in the form. The save goes through, and its answer names every place that still
 * states the old value (src/lib/checks/fact-drift.ts, against every task's deadline and fee as on disk before the save):
 * file:line, the sentence, and the fix. In the frozen content, the residence permit page says twice that you have
 * 14 days to have your biometrics recorded, which is the biometrics task's deadline.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditBackend, type DriftWarning } from '../../src/lib/cms/backend.ts';
import { copyFixtureContent } from '../helpers/fixture-content.ts';

const TASK = 'guide/before-moving/biometrics.md';
const OLD = 'within 14 days of applying online to SIRI';
const NEW = 'within 30 days of applying online to SIRI';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mtd-cms-drift-'));
  copyFixtureContent(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function formText(backend: EditBackend, path: string): Promise<string> {
  return ((await backend.handle({ action: 'getEntry', params: { path } })).json as { data: string }).data;
}
const persist = (backend: EditBackend, path: string, raw: string) =>
  backend.handle({ action: 'persistEntry', params: { entry: { path, raw }, assets: [] } });
/** The line of a file that holds a text. */
const lineOf = (rel: string, text: string) =>
  readFileSync(join(root, rel), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

describe('a changed deadline that other pages still state (issue #31)', () => {
  it('saves the task and warns of each place that says the old number, with file, line, sentence and fix', async () => {
    const backend = new EditBackend(root);
    const form = await formText(backend, TASK);
    expect(form).toContain(`deadline: ${OLD}\n`);
    const r = await persist(backend, TASK, form.replace(`deadline: ${OLD}`, `deadline: ${NEW}`));
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    // Saved: a warning never stops the save.
    expect(readFileSync(join(root, TASK), 'utf8')).toContain(`deadline: ${NEW}\n`);

    const warnings = (r.json as { warnings: DriftWarning[] }).warnings;
    const page = 'guide/before-moving/residence-permit.md';
    const step = 'If you applied online, you have 14 days to do this.';
    const body = 'If you apply online, you have 14 days to have them recorded, or your application can be rejected.';
    expect(warnings.map((w) => [w.file, w.line, w.sentence])).toEqual([
      [page, lineOf(page, step), step],
      [page, lineOf(page, body), body],
    ]);
    for (const w of warnings) {
      expect(w).toMatchObject({
        task: 'biometrics',
        field: 'deadline',
        before: OLD,
        after: NEW,
        fix: ':deadline[biometrics]',
      });
      expect(w.text).toMatch(new RegExp(`^${page}:${w.line}: warning: `));
      expect(w.text).toContain(':deadline[biometrics]');
    }
  });

  it('warns of a sentence added to a tip, in a copy of the content, and of the fee the same way', async () => {
    const tip = 'guide/tips/say-who-does-what.md';
    const sentence = 'Newcomers who apply online must have their biometrics recorded within 14 days.';
    appendFileSync(join(root, tip), `\n${sentence}\n`);
    const backend = new EditBackend(root);
    const form = await formText(backend, TASK);
    const r = await persist(backend, TASK, form.replace(`deadline: ${OLD}`, `deadline: ${NEW}`));
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    const warnings = (r.json as { warnings: DriftWarning[] }).warnings;
    expect(warnings).toContainEqual(
      expect.objectContaining({ file: tip, line: lineOf(tip, sentence), sentence, fix: ':deadline[biometrics]' }),
    );
    expect(warnings.filter((w) => w.file === tip)).toHaveLength(1);

    // A fee: the Danish lessons' deposit, said again on a tip.
    const lessons = 'guide/living-in-denmark/danish-lessons.md';
    const deposit = 'Danish lessons usually cost a deposit of DKK 2,000, which you get back.';
    appendFileSync(join(root, tip), `\n${deposit}\n`);
    const fee = await formText(backend, lessons);
    const changed = await persist(
      backend,
      lessons,
      fee.replace('refundable deposit of DKK 2,000', 'refundable deposit of DKK 2,500'),
    );
    expect(changed.status, JSON.stringify(changed.json)).toBe(200);
    expect((changed.json as { warnings: DriftWarning[] }).warnings).toContainEqual(
      expect.objectContaining({
        file: tip,
        line: lineOf(tip, deposit),
        sentence: deposit,
        task: 'danish-lessons',
        field: 'fee',
        fix: ':fee[danish-lessons]',
      }),
    );
  });

  it('warns of nothing when the deadline stays as it was', async () => {
    const backend = new EditBackend(root);
    const form = await formText(backend, TASK);
    // Saving without changing the deadline: no warning, nothing written.
    const same = await persist(backend, TASK, form);
    expect(same.json).toEqual({ message: 'nothing changed' });
    // Another change to the task (its summary) with the deadline unchanged: saved, no warning.
    const summary = await persist(backend, TASK, form.replace('recorded when you apply', 'taken when you apply'));
    expect(summary.status, JSON.stringify(summary.json)).toBe(200);
    expect(summary.json).toEqual({ message: 'entry persisted' });
  });

  it('does not warn when the save is refused: nothing is written, and the errors come first', async () => {
    const backend = new EditBackend(root);
    const form = await formText(backend, TASK);
    const before = readFileSync(join(root, TASK), 'utf8');
    const r = await persist(
      backend,
      TASK,
      form.replace(`deadline: ${OLD}`, `deadline: ${NEW}`).replace(/lastReviewed: .*/, 'lastReviewed: 2999-01-01'),
    );
    expect(r.status).toBe(422);
    expect(JSON.stringify(r.json)).not.toContain('warnings');
    expect(readFileSync(join(root, TASK), 'utf8')).toBe(before);
  });
});
