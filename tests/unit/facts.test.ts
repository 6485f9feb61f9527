import { describe, expect, it } from 'vitest';
import { expandFacts, findFactUses, restatedDeadlines } from '../../src/lib/facts.ts';
import { plainText } from '../../src/lib/markdown/plain-text.ts';

const tasks = new Map([
  ['report-departure', { deadline: 'between 4 weeks before and 5 days after you leave' }],
  ['cpr-number', { deadline: 'within 5 days of meeting the conditions', fee: 'free' }],
  ['school', {}],
]);

describe('fact directives', () => {
  it('expands :deadline from the own task and :deadline[slug] from another, keeping the rest of the text exactly', () => {
    const ctx = { own: tasks.get('cpr-number'), tasks };
    expect(expandFacts('Register *now*: :deadline. It costs :fee.', ctx)).toBe(
      'Register *now*: within 5 days of meeting the conditions. It costs free.',
    );
    expect(expandFacts('Report it :deadline[report-departure].', { tasks })).toBe(
      'Report it between 4 weeks before and 5 days after you leave.',
    );
  });

  it('leaves text without directives alone, including times and URLs', () => {
    const ctx = { tasks };
    for (const s of ['Open 10:30 to 14:00', 'See https://skat.dk/x', 'Note: bring your passport', 'Note:bring']) {
      expect(expandFacts(s, ctx)).toBe(s);
      expect(findFactUses(s, ctx)).toEqual([]);
    }
  });

  it('explains a directive that cannot be resolved', () => {
    const problems = (s: string, own?: Record<string, string>) => findFactUses(s, { own, tasks }).map((u) => u.problem);
    expect(problems(':deadline[no-such-task]')).toEqual(['":deadline[no-such-task]" names a task that does not exist']);
    expect(problems(':deadline[school]')).toEqual(['task "school" has no deadline field']);
    expect(problems('Pay :fee', {})).toEqual(['this task has no fee field, so ":fee" has nothing to show']);
    expect(problems(':deadline')).toEqual(['":deadline" needs a task, for example :deadline[report-departure]']);
    expect(problems('Write :colour here')[0]).toMatch(/":colour" is not a known fact/);
  });
});

describe('restated deadlines', () => {
  const field = 'within 5 days of moving';
  it('finds prose that states a different deadline than the field', () => {
    expect(restatedDeadlines('You must report your move within 14 days.', field)).toEqual([
      'You must report your move within 14 days.',
    ]);
    expect(restatedDeadlines('Register no later than 3 months after arrival.', field)).toHaveLength(1);
  });
  it('accepts prose that agrees with the field, or that states no deadline', () => {
    expect(restatedDeadlines('Report your move within 5 days.', field)).toEqual([]);
    expect(restatedDeadlines('The card arrives in about 2 weeks.', field)).toEqual([]);
    expect(restatedDeadlines('Report within 14 days.', undefined)).toEqual([]);
  });
  it('reads the Markdown body as text, without code or directives', () => {
    const text = plainText('# Title\n\nReport it :deadline.\n\n```\nwithin 99 days\n```\n\n- Go **within 7 days**.');
    expect(text).toContain('Go within 7 days.');
    expect(text).not.toContain('99 days');
    expect(restatedDeadlines(text, field)).toEqual(['Go within 7 days.']);
  });
});
