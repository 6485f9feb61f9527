/**
 * Household checklists: every combination of answers to the four questions (citizenship, reason, partner, children's
 * ages), and for each the tasks that apply, who each is for and why, in an order that keeps the journey's dependencies.
 * Pure: the model passes in the tasks and their dependencies; problems come back as content issues.
 */
import type { ContentIssue, FieldPath, MissingRef } from '../content/errors.ts';
import type { ChecklistRule, HouseholdChecklistsFile, Person } from '../schemas/checklist.ts';

export const CHECKLISTS_FILE = 'journey/household-checklists.yaml';
export const WITH_PARTNER = 'with-partner';
export const WITHOUT_PARTNER = 'without-partner';
export const NO_CHILDREN = 'no-children';

/** One household: the answers to the four questions. `ages` keeps the order of the file. */
export interface Household {
  citizenship: string;
  reason: string;
  partner: boolean;
  ages: string[];
}

/** What a checklist needs to know about a task. */
export interface ChecklistTaskInfo {
  slug: string;
  phase: string;
}

export interface ChecklistItem<T extends ChecklistTaskInfo> {
  task: T;
  /** The people it is for, in the order you, partner, children. */
  who: Person[];
  /** The children's age groups it is for (ids), when it is for the children. */
  ages: string[];
  /** Why it is in the list: one sentence per rule that applies. */
  why: string[];
  /** The phase it is listed under: its own (a rule's `after` names a task of the same phase). */
  phase: string;
  /** The task a rule puts it right after, if any (the first applying rule with `after`). */
  after?: string;
}

export interface Checklist<T extends ChecklistTaskInfo> {
  household: Household;
  path: string;
  items: ChecklistItem<T>[];
}

/** All non-empty subsets of the age groups, in file order: [a], [b], [a, b], … (by size, then position). */
export function ageCombinations(ages: string[]): string[][] {
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << ages.length; mask++) out.push(ages.filter((_, i) => mask & (1 << i)));
  return out.sort(
    (a, b) =>
      a.length - b.length ||
      ages.indexOf(a[0]!) - ages.indexOf(b[0]!) ||
      ages.indexOf(a.at(-1)!) - ages.indexOf(b.at(-1)!),
  );
}

export function childrenSegment(ages: string[]): string {
  return ages.length ? `children-${ages.join('-and-')}` : NO_CHILDREN;
}

/** The address of a household's checklist below /checklist/, for example "other/work/with-partner/children-0-5". */
export function householdPath(h: Household): string {
  return [h.citizenship, h.reason, h.partner ? WITH_PARTNER : WITHOUT_PARTNER, childrenSegment(h.ages)].join('/');
}

export function checklistUrl(h: Household): string {
  return `/checklist/${householdPath(h)}/`;
}

/** Every household the questions can describe. */
export function households(file: HouseholdChecklistsFile): Household[] {
  const q = file.questions;
  const ageSets = [[], ...ageCombinations(q.children.ages.map((a) => a.id))];
  const out: Household[] = [];
  for (const c of q.citizenship.answers)
    for (const r of q.reason.answers)
      for (const partner of [false, true])
        for (const ages of ageSets) {
          out.push({ citizenship: c.id, reason: r.id, partner, ages });
        }
  return out;
}

/** Whether a rule applies to a household: every question it names must have one of its answers (for children: any age). */
export function ruleApplies(rule: ChecklistRule, h: Household): boolean {
  const w = rule.when;
  if (w.citizenship && !w.citizenship.includes(h.citizenship)) return false;
  if (w.reason && !w.reason.includes(h.reason)) return false;
  if (w.children && !h.ages.some((a) => w.children!.includes(a))) return false;
  return peopleFor(rule, h).length > 0;
}

/** The people of a rule that the household has. */
function peopleFor(rule: ChecklistRule, h: Household): Person[] {
  return rule.who.filter(
    (p) => p === 'you' || (p === 'partner' && h.partner) || (p === 'children' && h.ages.length > 0),
  );
}

const PERSON_ORDER: Person[] = ['you', 'partner', 'children'];

/**
 * The checklist of one household: the tasks with a rule that applies, in the tasks' order (journey order), except that
 * a rule's `after` moves the task right after that task (of the same phase).
 */
export function checklistFor<T extends ChecklistTaskInfo>(
  h: Household,
  file: HouseholdChecklistsFile,
  tasks: T[],
): Checklist<T> {
  const items: ChecklistItem<T>[] = [];
  for (const task of tasks) {
    const rules = (file.tasks[task.slug] ?? []).filter((r) => ruleApplies(r, h));
    if (!rules.length) continue;
    const who = new Set(rules.flatMap((r) => peopleFor(r, h)));
    const ages = new Set<string>();
    for (const r of rules)
      if (r.who.includes('children'))
        for (const a of h.ages) if (!r.when.children || r.when.children.includes(a)) ages.add(a);
    const after = rules.find((r) => r.after)?.after;
    items.push({
      task,
      who: PERSON_ORDER.filter((p) => who.has(p)),
      ages: h.ages.filter((a) => ages.has(a)),
      why: [...new Set(rules.map((r) => r.why))],
      phase: task.phase,
      after,
    });
  }
  for (const {
    task: { slug },
    after,
  } of items.filter((i) => i.after)) {
    const from = items.findIndex((i) => i.task.slug === slug);
    const [item] = items.splice(from, 1);
    const target = items.findIndex((i) => i.task.slug === after);
    if (target < 0) {
      items.splice(from, 0, item!);
      continue;
    }
    // After the target and after anything already moved behind it.
    let at = target + 1;
    while (at < items.length && items[at]!.after === after) at++;
    items.splice(at, 0, item!);
  }
  return { household: h, path: householdPath(h), items };
}

/** "You", "You and your partner", "You, your partner and your children (under 6)". */
export function whoText(who: Person[], ageLabels: string[]): string {
  const names = who.map((p, i) => {
    if (p === 'you') return 'you';
    const own = i === 0 ? 'Your' : 'your';
    if (p === 'partner') return `${own} partner`;
    return ageLabels.length ? `${own} children (${ageLabels.join(', ').toLowerCase()})` : `${own} children`;
  });
  const text = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Builds every household's checklist and checks the rules: each task has rules and applies to some household, each
 * rule names known answers and tasks, every checklist is non-empty, and no task comes before a task it depends on.
 */
export function buildChecklists<T extends ChecklistTaskInfo>(
  file: HouseholdChecklistsFile,
  tasks: T[],
  dependencies: Map<string, string[]>,
  lineOf: (field: FieldPath) => number | undefined,
): { checklists: Checklist<T>[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const at = (field: FieldPath, message: string, hint?: string, missing?: MissingRef) =>
    issues.push({
      file: CHECKLISTS_FILE,
      field,
      line: lineOf(field),
      message,
      hint,
      severity: 'error',
      ...(missing ? { missing } : {}),
    });
  const q = file.questions;
  const known = {
    citizenship: q.citizenship.answers.map((a) => a.id),
    reason: q.reason.answers.map((a) => a.id),
    children: q.children.ages.map((a) => a.id),
  };
  for (const [key, ids] of Object.entries(known)) {
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup)
      at(
        ['questions', key],
        `the answer id "${dup}" is used twice`,
        'each answer needs its own id: it becomes part of the page address',
      );
  }
  const slugs = new Set(tasks.map((t) => t.slug));
  const phaseOf = new Map(tasks.map((t) => [t.slug, t.phase]));
  let broken = issues.length > 0;
  for (const [slug, rules] of Object.entries(file.tasks)) {
    if (!slugs.has(slug)) {
      at(['tasks', slug], `"${slug}" is not a task`, 'use the file name (without .md) of a task in guide/', {
        kind: 'task',
        slug,
      });
      broken = true;
      continue;
    }
    rules.forEach((rule, i) => {
      for (const [question, answers] of Object.entries(rule.when) as [keyof typeof known, string[]][]) {
        answers.forEach((a, j) => {
          if (!known[question].includes(a)) {
            at(
              ['tasks', slug, i, 'when', question, j],
              `"${a}" is not an answer to the ${question} question`,
              `use one of: ${known[question].join(', ')}`,
            );
            broken = true;
          }
        });
      }
      if (rule.after && !slugs.has(rule.after)) {
        at(
          ['tasks', slug, i, 'after'],
          `"${rule.after}" is not a task`,
          'use the file name (without .md) of a task in guide/',
          { kind: 'task', slug: rule.after },
        );
        broken = true;
      } else if (rule.after && phaseOf.get(rule.after) !== phaseOf.get(slug)) {
        // One phase per task everywhere: the checklist may not list a task under another phase than its page says.
        at(
          ['tasks', slug, i, 'after'],
          `"after: ${rule.after}" would list "${slug}" (phase ${phaseOf.get(slug)}) under the phase ${phaseOf.get(rule.after)}, so the checklist and the task's page would disagree`,
          `name a task of the same phase, or move the task to that phase (its file to guide/${phaseOf.get(rule.after)}/ and its step's phase in journey/steps.yaml)`,
        );
        broken = true;
      }
    });
  }
  for (const t of tasks) {
    if (!file.tasks[t.slug])
      at(
        ['tasks'],
        `the task "${t.slug}" has no rule, so it is in no household's checklist`,
        `add "${t.slug}:" with who it is for and when`,
      );
  }
  if (broken) return { checklists: [], issues };

  const all = households(file);
  const checklists = all.map((h) => checklistFor(h, file, tasks));
  const used = new Set<string>();
  const reported = new Set<string>();
  for (const c of checklists) {
    if (c.items.length === 0) {
      at(['tasks'], `the checklist for ${c.path} is empty`, 'give that household at least one task');
      continue;
    }
    const position = new Map(c.items.map((item, i) => [item.task.slug, i]));
    c.items.forEach((item, i) => {
      used.add(item.task.slug);
      for (const dep of dependencies.get(item.task.slug) ?? []) {
        const j = position.get(dep);
        const key = `${item.task.slug}<${dep}`;
        if (j !== undefined && j > i && !reported.has(key)) {
          reported.add(key);
          at(
            ['tasks', item.task.slug],
            `in the checklist for ${c.path}, "${item.task.slug}" comes before "${dep}", which it depends on`,
            'change or remove the rule\'s "after", or the order of the tasks',
          );
        }
      }
    });
    // A rule's "after" must find its task in every checklist the rule puts its own task in.
    for (const item of c.items) {
      if (item.after && !position.has(item.after) && !reported.has(`after:${item.task.slug}`)) {
        reported.add(`after:${item.task.slug}`);
        at(
          ['tasks', item.task.slug],
          `in the checklist for ${c.path}, "${item.task.slug}" should come after "${item.after}", which is not in that checklist`,
          `limit the rule with "when", or give "${item.after}" a rule for the same households`,
        );
      }
    }
  }
  for (const t of tasks) {
    if (file.tasks[t.slug] && !used.has(t.slug))
      at(
        ['tasks', t.slug],
        `the task "${t.slug}" applies to no household`,
        'check its rules: "who" and "when" together must match at least one combination of answers',
      );
  }
  return { checklists, issues };
}
