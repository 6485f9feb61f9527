import { describe, expect, it } from 'vitest';
import { translationPriorities } from '../../src/lib/self-service/priorities.ts';

const tasks = [
  { slug: 'cpr', situations: ['eu', 'non-eu', 'student'] },
  { slug: 'tax', situations: ['eu', 'non-eu'] },
  { slug: 'childcare', situations: ['family'] },
];

describe('translationPriorities', () => {
  it('ranks solutions that are not fully in English by tasks plus situations that depend on them', () => {
    const ranked = translationPriorities(
      [
        { slug: 'a', nameEn: 'Childcare list', english: 'danish-only', tasks: ['childcare'] },
        { slug: 'b', nameEn: 'Move form', english: 'unknown', tasks: ['cpr', 'tax'] },
        { slug: 'c', nameEn: 'MitID app', english: 'full', tasks: ['cpr', 'tax', 'childcare'] },
        { slug: 'd', nameEn: 'E-tax', english: 'english-guidance-only', tasks: ['tax'] },
      ],
      tasks,
    );
    expect(ranked.map((p) => [p.rank, p.slug, p.taskCount, p.situationCount, p.score])).toEqual([
      [1, 'b', 2, 3, 5],
      [2, 'd', 1, 2, 3],
      [3, 'a', 1, 1, 2],
    ]);
  });

  it('breaks ties by the number of tasks, then by name, and ignores unknown tasks', () => {
    const ranked = translationPriorities(
      [
        { slug: 'z', nameEn: 'Zeta', english: 'unknown', tasks: ['tax'] },
        { slug: 'y', nameEn: 'Alpha', english: 'unknown', tasks: ['tax', 'gone'] },
      ],
      tasks,
    );
    expect(ranked.map((p) => p.slug)).toEqual(['y', 'z']);
    expect(ranked[0]!.taskCount).toBe(1);
  });
});
