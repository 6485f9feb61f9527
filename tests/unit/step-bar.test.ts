import { describe, expect, it } from 'vitest';
import { parseStoredChecklist, stepBar } from '../../src/lib/checklist/step-bar.ts';

const stored = {
  url: '/checklist/eu/work/without-partner/no-children/',
  steps: ['a', 'b', 'c'].map((s) => ({ slug: s, title: `Task ${s}`, url: `/tasks/${s}/` })),
};

describe('the step bar on a task page opened from a checklist', () => {
  it('says where the task is, with the previous and next task and the way back to its step', () => {
    expect(stepBar(stored, 'b')).toEqual({
      number: 2,
      total: 3,
      previous: stored.steps[0],
      next: stored.steps[2],
      back: `${stored.url}#step-2`,
    });
    expect(stepBar(stored, 'a')?.previous).toBeUndefined();
    expect(stepBar(stored, 'c')?.next).toBeUndefined();
  });
  it('shows nothing for a task that is not on the checklist, or without a stored checklist', () => {
    expect(stepBar(stored, 'z')).toBeUndefined();
    expect(stepBar(undefined, 'a')).toBeUndefined();
  });
  it('reads back only what a checklist page stored', () => {
    expect(parseStoredChecklist(JSON.stringify(stored))).toEqual(stored);
    expect(parseStoredChecklist(null)).toBeUndefined();
    expect(parseStoredChecklist('{"url":"https://evil.example/","steps":[]}')).toBeUndefined();
    expect(parseStoredChecklist('{"url":"/checklist/x/","steps":[{"slug":1}]}')).toBeUndefined();
    expect(parseStoredChecklist('not json')).toBeUndefined();
    for (const url of ['javascript:alert(1)', '//evil.example/', 'https://evil.example/']) {
      expect(
        parseStoredChecklist(JSON.stringify({ ...stored, steps: [{ slug: 'a', title: 'A', url }] })),
        url,
      ).toBeUndefined();
    }
  });
});
