import { describe, expect, it } from 'vitest';
import { checkRuleChanges, ruleChangesDue } from '../../src/lib/checks/rule-changes.ts';

const source = 'https://www.nyidanmark.dk/en-GB/rule';
const task = (lastReviewed: string, from: string, sources = [{ url: source }]) => ({
  file: 'guide/before-moving/study.md',
  lastReviewed,
  sources,
  lineOf: (f: (string | number)[] | undefined) => (f?.[0] === 'ruleChanges' ? 12 : undefined),
  ruleChanges: [{ from, rule: 'Students in programmes that are not state-approved cannot work.', source }],
});

describe('rule changes', () => {
  it('warns when a rule came into force after the page was last reviewed', () => {
    const issues = checkRuleChanges(task('2025-03-01', '2025-05-02'), '2026-12-07');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', line: 12, file: 'guide/before-moving/study.md' });
    expect(issues[0]!.message).toContain('2025-05-02');
    expect(issues[0]!.message).toContain('2025-03-01');
  });
  it('is quiet when the page was reviewed after the rule came into force', () => {
    expect(checkRuleChanges(task('2026-12-01', '2025-05-02'), '2026-12-07')).toEqual([]);
  });
  it('is quiet for a rule that is announced but not yet in force', () => {
    expect(checkRuleChanges(task('2026-12-01', '2027-01-01'), '2026-12-07')).toEqual([]);
    expect(ruleChangesDue(task('2026-12-01', '2027-01-01'), '2027-01-01')).toHaveLength(1);
  });
  it('refuses a rule whose source is not among the task sources', () => {
    const issues = checkRuleChanges(task('2026-12-01', '2025-05-02', [{ url: 'https://skat.dk/other' }]), '2026-12-07');
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', field: ['ruleChanges', 0, 'source'] })]);
  });
});
