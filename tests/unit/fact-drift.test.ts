import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factChanges, quantities, staleMentions } from '../../src/lib/checks/fact-drift.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { copyFixtureContent } from '../helpers/fixture-content.ts';

describe('periods and amounts in a text', () => {
  it('reads English and Danish periods and amounts alike', () => {
    expect(quantities('within 14 days of applying; 3 months; 5 working days')).toEqual([
      '14 day',
      '3 month',
      '5 working day',
    ]);
    expect(quantities('inden for 14 dage, 1 år og 2 uger')).toEqual(['14 day', '1 year', '2 week']);
    expect(quantities('a fee of DKK 2.250, or 2,250 kr.')).toEqual(['DKK 2250', 'DKK 2250']);
  });
});

describe('a fact that changed, still stated elsewhere', () => {
  const changes = factChanges(
    { biometrics: { deadline: 'within 14 days of applying online' }, other: { deadline: 'within 5 days' } },
    [
      { slug: 'biometrics', title: 'Biometrics', deadline: 'within 30 days of applying online' },
      { slug: 'other', title: 'Other', deadline: 'within 5 days' },
    ],
  );
  it('knows which fields changed', () => {
    expect(changes).toEqual([
      {
        slug: 'biometrics',
        title: 'Biometrics',
        field: 'deadline',
        before: 'within 14 days of applying online',
        after: 'within 30 days of applying online',
      },
    ]);
  });
  it('finds the old value where the paragraph names the task, and nowhere else', () => {
    const issues = staleMentions(changes, [
      {
        file: 'a.md',
        field: ['youDo', 0],
        line: 12,
        text: 'Have your biometrics recorded. If you applied online, you have 14 days to do this.',
      },
      { file: 'b.md', field: ['body'], line: 40, text: 'Processing takes 14 days.' },
      { file: 'c.md', field: ['body'], line: 50, text: 'Have your biometrics recorded :deadline[biometrics].' },
      {
        file: 'd.md',
        field: ['body'],
        line: 60,
        text: 'See [the biometrics page](/tasks/biometrics/): within 14 dage.',
      },
    ]);
    expect(issues.map((i) => [i.file, i.line, i.severity])).toEqual([
      ['a.md', 12, 'warning'],
      ['d.md', 60, 'warning'],
    ]);
    expect(issues[0]!.message).toContain(
      '"If you applied online, you have 14 days to do this." still says "14 day", the old deadline of "Biometrics" (biometrics)',
    );
    expect(issues[0]!.hint).toContain(':deadline[biometrics]');
  });
});

describe('check:content against the last edition', () => {
  it('finds every other place that still states a deadline an editor changed', () => {
    const root = mkdtempSync(join(tmpdir(), 'mtd-drift-'));
    try {
      copyFixtureContent(root);
      const before = validateContent(root).model;
      const baseline = Object.fromEntries(before.tasks.map((t) => [t.slug, { deadline: t.deadline, fee: t.fee }]));
      // The editor changes the biometrics deadline in its one field (14 → 30 days), and nothing else.
      const file = join(root, 'guide/before-moving/biometrics.md');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          'deadline: within 14 days of applying online to SIRI',
          'deadline: within 30 days of applying online to SIRI',
        ),
      );
      const unchanged = validateContent(root, {
        baselines: [Object.fromEntries(Object.keys(baseline).map((k) => [k, {}]))],
      }).warnings;
      expect(unchanged.filter((w) => w.message.includes('the old deadline'))).toEqual([]);
      const warnings = validateContent(root, { baselines: [baseline] }).warnings.filter((w) =>
        w.message.includes('the old deadline of'),
      );
      const places = warnings.map((w) => `${w.file}:${w.line}`);
      // The residence permit page's own words, where it names the biometrics.
      expect(places).toContain('guide/before-moving/residence-permit.md:13');
      for (const w of warnings)
        expect(readFileSync(join(root, w.file), 'utf8').split('\n')[w.line! - 1]).toMatch(/14 (days|dage)/);
      // The biometrics page itself says :deadline, so it is not among them.
      expect(places.some((p) => p.startsWith('guide/before-moving/biometrics.md'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
