/** The household checklist engine, on a small frozen set of questions, rules and tasks (not the live content). */
import { describe, expect, it } from 'vitest';
import {
  ageCombinations,
  buildChecklists,
  checklistFor,
  householdPath,
  households,
  whoText,
  type Household,
} from '../../src/lib/checklist/household.ts';
import { givenAnswers, questionPages, checklistPage } from '../../src/lib/checklist/pages.ts';
import { householdChecklistsFileSchema, type HouseholdChecklistsFile } from '../../src/lib/schemas/checklist.ts';

const questions = {
  citizenship: {
    question: 'Citizenship?',
    answers: [
      { id: 'eu', label: 'EU' },
      { id: 'other', label: 'Other' },
    ],
  },
  reason: {
    question: 'Why?',
    answers: [
      { id: 'work', label: 'Work' },
      { id: 'study', label: 'Study' },
    ],
  },
  partner: { question: 'Partner?', yes: 'Yes', no: 'No' },
  children: {
    question: 'Children?',
    none: 'No children',
    ages: [
      { id: '0-5', label: 'Under 6' },
      { id: '6-16', label: '6 to 16' },
      { id: '17-plus', label: '17 or older' },
    ],
  },
};
const tasks = [
  { slug: 'work-permit', phase: 'before' },
  { slug: 'family-permit', phase: 'before' },
  { slug: 'home', phase: 'before' },
  { slug: 'cpr', phase: 'arrive' },
  { slug: 'bank', phase: 'arrive' },
  { slug: 'childcare', phase: 'arrive' },
  { slug: 'school', phase: 'living' },
];
const rules: HouseholdChecklistsFile['tasks'] = {
  'work-permit': [{ who: ['you'], when: { citizenship: ['other'], reason: ['work'] }, why: 'You need a permit.' }],
  'family-permit': [{ who: ['partner', 'children'], when: { citizenship: ['other'] }, why: 'Family needs permits.' }],
  home: [{ who: ['you'], when: {}, why: 'You need an address.' }],
  cpr: [{ who: ['you', 'partner', 'children'], when: {}, why: 'Everyone registers.' }],
  bank: [{ who: ['you', 'partner'], when: {}, why: 'Salary.' }],
  childcare: [{ who: ['children'], when: { children: ['0-5'] }, why: 'Waiting list.', after: 'cpr' }],
  school: [{ who: ['children'], when: { children: ['6-16'] }, why: 'School.' }],
};
const file = (t = rules): HouseholdChecklistsFile => householdChecklistsFileSchema.parse({ questions, tasks: t });
const deps = new Map([
  ['cpr', ['home']],
  ['childcare', ['cpr']],
  ['bank', ['cpr']],
]);
const h = (citizenship: string, reason: string, partner: boolean, ages: string[] = []): Household => ({
  citizenship,
  reason,
  partner,
  ages,
});
const slugs = (x: Household, f = file()) => checklistFor(x, f, tasks).items.map((i) => i.task.slug);
const build = (f: HouseholdChecklistsFile, t = tasks, d = deps) =>
  buildChecklists(f, t, d, (field) => field.length + 100);

describe('combinations of answers', () => {
  it('lists every non-empty set of age groups once, smallest first', () => {
    expect(ageCombinations(['a', 'b', 'c'])).toEqual([
      ['a'],
      ['b'],
      ['c'],
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
      ['a', 'b', 'c'],
    ]);
  });
  it('makes one household per combination, each with its own address', () => {
    const all = households(file());
    expect(all).toHaveLength(2 * 2 * 2 * 8);
    expect(new Set(all.map(householdPath)).size).toBe(all.length);
    expect(householdPath(h('other', 'work', true, ['0-5', '17-plus']))).toBe(
      'other/work/with-partner/children-0-5-and-17-plus',
    );
    expect(householdPath(h('eu', 'study', false))).toBe('eu/study/without-partner/no-children');
  });
});

describe("one household's checklist", () => {
  it('a non-EU worker with a partner and a 2-year-old: a permit each, childcare right after the CPR number', () => {
    const c = checklistFor(h('other', 'work', true, ['0-5']), file(), tasks);
    expect(c.items.map((i) => i.task.slug)).toEqual([
      'work-permit',
      'family-permit',
      'home',
      'cpr',
      'childcare',
      'bank',
    ]);
    const childcare = c.items.find((i) => i.task.slug === 'childcare')!;
    expect(childcare.phase).toBe('arrive');
    expect(childcare.who).toEqual(['children']);
    expect(c.items.find((i) => i.task.slug === 'family-permit')!.who).toEqual(['partner', 'children']);
  });
  it('an EU citizen alone gets no permit, childcare or school, and no partner or children named', () => {
    const c = checklistFor(h('eu', 'work', false), file(), tasks);
    expect(c.items.map((i) => i.task.slug)).toEqual(['home', 'cpr', 'bank']);
    expect(c.items.every((i) => i.who.length === 1 && i.who[0] === 'you')).toBe(true);
  });
  it("names each person a shared task is for once, with the children's age groups", () => {
    const c = checklistFor(h('other', 'study', true, ['0-5', '6-16']), file(), tasks);
    const cpr = c.items.find((i) => i.task.slug === 'cpr')!;
    expect(cpr.who).toEqual(['you', 'partner', 'children']);
    expect(cpr.ages).toEqual(['0-5', '6-16']);
    expect(whoText(cpr.who, ['Under 6', '6 to 16'])).toBe('You, your partner and your children (under 6, 6 to 16)');
    expect(whoText(['partner'], [])).toBe('Your partner');
    expect(c.items.find((i) => i.task.slug === 'school')!.ages).toEqual(['6-16']);
  });
  it('a rule for the children only applies when the household has children of those ages', () => {
    expect(slugs(h('eu', 'work', true, ['17-plus']))).not.toContain('childcare');
    expect(slugs(h('eu', 'work', true, ['17-plus']))).not.toContain('school');
  });
});

describe('checks on the rules', () => {
  it('accepts the frozen rules and builds every household', () => {
    const r = build(file());
    expect(r.issues).toEqual([]);
    expect(r.checklists).toHaveLength(64);
  });
  it('refuses a task without rules, naming the task', () => {
    const { school: _, ...rest } = rules;
    expect(build(file(rest)).issues.map((i) => i.message)).toEqual([
      'the task "school" has no rule, so it is in no household\'s checklist',
    ]);
  });
  it('refuses an answer that is not an answer, with the file and line', () => {
    const r = build(file({ ...rules, school: [{ who: ['children'], when: { children: ['teen'] }, why: 'x' }] }));
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      file: 'journey/household-checklists.yaml',
      message: '"teen" is not an answer to the children question',
      line: 106,
    });
  });
  it('refuses an unknown citizenship in a rule', () => {
    const r = build(file({ ...rules, bank: [{ who: ['you'], when: { citizenship: ['nowhere'] }, why: 'x' }] }));
    expect(r.issues.map((i) => i.message)).toEqual(['"nowhere" is not an answer to the citizenship question']);
  });
  it('refuses a rule whose "after" breaks a dependency, naming the household', () => {
    const r = build(
      file({ ...rules, cpr: [{ who: ['you', 'partner', 'children'], when: {}, why: 'x', after: 'bank' }] }),
    );
    expect(r.issues.map((i) => i.message)).toContain(
      'in the checklist for eu/work/without-partner/no-children, "bank" comes before "cpr", which it depends on',
    );
  });
  it('refuses an "after" task that is missing from the household\'s checklist', () => {
    const r = build(
      file({
        ...rules,
        bank: [{ who: ['you'], when: { citizenship: ['other'] }, why: 'x' }],
        childcare: [{ who: ['children'], when: { children: ['0-5'] }, why: 'x', after: 'bank' }],
      }),
    );
    expect(r.issues.map((i) => i.message)).toContain(
      'in the checklist for eu/work/without-partner/children-0-5, "childcare" should come after "bank", which is not in that checklist',
    );
  });
  it('refuses an "after" that would list a task under another phase than its page', () => {
    const r = build(
      file({ ...rules, childcare: [{ who: ['children'], when: { children: ['0-5'] }, why: 'x', after: 'home' }] }),
    );
    const issue = r.issues.find((i) => i.message.includes('"after: home"'))!;
    expect(issue.message).toBe(
      '"after: home" would list "childcare" (phase arrive) under the phase before, so the checklist and the task\'s page would disagree',
    );
    expect(issue.field).toEqual(['tasks', 'childcare', 0, 'after']);
    expect(issue.hint).toContain('guide/before/');
  });
  it('refuses an empty checklist', () => {
    const only = { 'work-permit': rules['work-permit']! };
    const r = build(file(only), [tasks[0]!], new Map());
    expect(
      r.issues.some((i) => /the checklist for eu\/work\/without-partner\/no-children is empty/.test(i.message)),
    ).toBe(true);
  });
});

describe('the question and checklist pages', () => {
  it('asks four questions on 1 + 2 + 4 + 8 pages, each answer linking to the next page', () => {
    const pages = questionPages(questions);
    expect(pages.map((p) => p.number).sort()).toEqual([1, 2, 2, 3, 3, 3, 3, ...Array(8).fill(4)]);
    const last = pages.find((p) => p.params.join('/') === 'other/work/with-partner')!;
    expect(last.options.map((o) => o.href)).toContain('/checklist/other/work/with-partner/children-0-5-and-6-16/');
    expect(last.answers.map((a) => a.change)).toEqual(['/checklist/', '/checklist/other/', '/checklist/other/work/']);
  });
  it('refuses an address with an unknown answer', () => {
    expect(givenAnswers(questions, ['mars'])).toBeUndefined();
    expect(givenAnswers(questions, ['eu', 'work', 'maybe'])).toBeUndefined();
  });
  it('numbers the steps across phases, in checklist order', () => {
    const page = checklistPage(questions, checklistFor(h('other', 'work', true, ['0-5']), file(), tasks), [
      'before',
      'arrive',
      'living',
    ]);
    expect(page.steps.map((s) => `${s.number}:${s.task.slug}`)).toEqual([
      '1:work-permit',
      '2:family-permit',
      '3:home',
      '4:cpr',
      '5:childcare',
      '6:bank',
    ]);
    expect(page.phases.map((p) => [p.id, p.steps.length])).toEqual([
      ['before', 3],
      ['arrive', 3],
    ]);
    expect(page.answers.at(-1)).toMatchObject({ question: 'Children', answer: 'Under 6' });
  });
});
