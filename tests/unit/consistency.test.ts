import { describe, expect, it } from 'vitest';
import { checkSelfRelated, checkStepPhases } from '../../src/lib/checks/consistency.ts';

describe('consistency between files', () => {
  const phases = new Map([
    ['cpr-number', 'when-you-arrive'],
    ['biometrics', 'before-moving'],
  ]);
  const lineOf = (f: (string | number)[]) => 10 + Number(f[1]);
  it('refuses a journey step in another phase than its task, naming the step and the fix', () => {
    const issues = checkStepPhases(
      [
        { id: 'cpr', phase: 'when-you-arrive', task: 'cpr-number' },
        { id: 'bio', phase: 'when-you-arrive', task: 'biometrics' },
      ],
      (s) => phases.get(s),
      'journey/steps.yaml',
      lineOf,
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'journey/steps.yaml',
        line: 11,
        field: ['steps', 1, 'phase'],
        severity: 'error',
      }),
    ]);
    expect(issues[0]!.message).toBe(
      'step "bio" is in phase "when-you-arrive", but its task "biometrics" is in "before-moving"',
    );
    expect(issues[0]!.hint).toContain('phase: before-moving');
  });
  it('leaves steps of unknown tasks to the reference check', () => {
    expect(checkStepPhases([{ id: 'x', phase: 'p', task: 'nope' }], (s) => phases.get(s), 'j', lineOf)).toEqual([]);
  });
  it('refuses a glossary term related to itself', () => {
    const issues = checkSelfRelated({
      file: 'glossary/mitid.yaml',
      slug: 'mitid',
      related: ['digital-post', 'mitid'],
      lineOf: () => 7,
    });
    expect(issues).toEqual([
      expect.objectContaining({ file: 'glossary/mitid.yaml', line: 7, field: ['related', 1], severity: 'error' }),
    ]);
  });
});
