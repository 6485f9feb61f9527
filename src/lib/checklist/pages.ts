/**
 * What the /checklist/ pages show: one page per question (plain links to the next question, no JavaScript), and one
 * checklist page per household with its answers, the tasks grouped by phase, and a numbered step for each task.
 */
import type { HouseholdChecklistsFile, Person } from '../schemas/checklist.ts';
import {
  ageCombinations,
  checklistUrl,
  childrenSegment,
  NO_CHILDREN,
  WITH_PARTNER,
  WITHOUT_PARTNER,
  whoText,
  type Checklist,
  type ChecklistTaskInfo,
} from './household.ts';

type Questions = HouseholdChecklistsFile['questions'];
export const QUESTION_COUNT = 4;

export interface Option {
  href: string;
  label: string;
  hint?: string;
}
export interface GivenAnswer {
  question: string;
  answer: string;
  change: string;
}
export interface QuestionPage {
  /** Address parts after /checklist/ (empty for the first question). */
  params: string[];
  number: number;
  question: string;
  hint?: string;
  options: Option[];
  answers: GivenAnswer[];
}

const base = (parts: string[]) => `/checklist/${parts.map((p) => `${p}/`).join('')}`;

/** The age groups' labels for a children's address part, for example "Under 6 and 6 to 16". */
export function agesLabel(q: Questions, ages: string[]): string {
  const labels = ages.map((id) => q.children.ages.find((a) => a.id === id)!.label);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : (labels[0] ?? q.children.none);
}

/** The answers behind an address, with a link to change each one. Unknown parts give undefined. */
export function givenAnswers(q: Questions, parts: string[]): GivenAnswer[] | undefined {
  const out: GivenAnswer[] = [];
  const [c, r, p, k] = parts;
  if (c !== undefined) {
    const a = q.citizenship.answers.find((x) => x.id === c);
    if (!a) return undefined;
    out.push({ question: 'Citizenship', answer: a.label, change: base([]) });
  }
  if (r !== undefined) {
    const a = q.reason.answers.find((x) => x.id === r);
    if (!a) return undefined;
    out.push({ question: 'Reason', answer: a.label, change: base([c!]) });
  }
  if (p !== undefined) {
    if (p !== WITH_PARTNER && p !== WITHOUT_PARTNER) return undefined;
    out.push({
      question: 'Partner',
      answer: p === WITH_PARTNER ? q.partner.yes : q.partner.no,
      change: base([c!, r!]),
    });
  }
  if (k !== undefined) {
    const ages = k === NO_CHILDREN ? [] : k.replace(/^children-/, '').split('-and-');
    out.push({ question: 'Children', answer: agesLabel(q, ages), change: base([c!, r!, p!]) });
  }
  return out;
}

/** The four kinds of question page, for every path that leads to them. */
export function questionPages(q: Questions): QuestionPage[] {
  const pages: QuestionPage[] = [];
  const page = (params: string[], question: string, hint: string | undefined, options: Option[]) =>
    pages.push({ params, number: params.length + 1, question, hint, options, answers: givenAnswers(q, params)! });
  page(
    [],
    q.citizenship.question,
    q.citizenship.hint,
    q.citizenship.answers.map((a) => ({ href: base([a.id]), label: a.label, hint: a.hint })),
  );
  for (const c of q.citizenship.answers) {
    page(
      [c.id],
      q.reason.question,
      q.reason.hint,
      q.reason.answers.map((a) => ({ href: base([c.id, a.id]), label: a.label, hint: a.hint })),
    );
    for (const r of q.reason.answers) {
      const partner = [
        [WITH_PARTNER, q.partner.yes],
        [WITHOUT_PARTNER, q.partner.no],
      ] as const;
      page(
        [c.id, r.id],
        q.partner.question,
        q.partner.hint,
        partner.map(([id, label]) => ({ href: base([c.id, r.id, id]), label })),
      );
      for (const [p] of partner) {
        const ageSets = [[], ...ageCombinations(q.children.ages.map((a) => a.id))];
        page(
          [c.id, r.id, p],
          q.children.question,
          q.children.hint,
          ageSets.map((ages) => ({ href: base([c.id, r.id, p, childrenSegment(ages)]), label: agesLabel(q, ages) })),
        );
      }
    }
  }
  return pages;
}

export interface ChecklistStep<T> {
  number: number;
  /** The anchor of its step view on the checklist page. */
  id: string;
  task: T;
  who: string;
  /** Who in the household it is for, and the children's age groups (for the document pack). */
  people: Person[];
  ageLabels: string[];
  why: string[];
  phase: string;
}

export interface ChecklistPage<T> {
  url: string;
  /** The household's citizenship answer (it decides which dates the personal timeline asks for). */
  citizenship: string;
  answers: GivenAnswer[];
  steps: ChecklistStep<T>[];
  /** The steps grouped by phase, in phase order. */
  phases: { id: string; steps: ChecklistStep<T>[] }[];
}

export const stepAnchor = (n: number) => `step-${n}`;

export function checklistPage<T extends ChecklistTaskInfo>(
  q: Questions,
  c: Checklist<T>,
  phaseOrder: string[],
): ChecklistPage<T> {
  const steps = c.items.map((item, i) => ({
    number: i + 1,
    id: stepAnchor(i + 1),
    task: item.task,
    who: whoText(
      item.who,
      item.ages.map((a) => q.children.ages.find((x) => x.id === a)!.label),
    ),
    people: item.who,
    ageLabels: item.ages.map((a) => q.children.ages.find((x) => x.id === a)!.label),
    why: item.why,
    phase: item.phase,
  }));
  const phases = phaseOrder
    .map((id) => ({ id, steps: steps.filter((s) => s.phase === id) }))
    .filter((p) => p.steps.length);
  return {
    url: checklistUrl(c.household),
    citizenship: c.household.citizenship,
    answers: givenAnswers(q, c.path.split('/'))!,
    steps,
    phases,
  };
}
