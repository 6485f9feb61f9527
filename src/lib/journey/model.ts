/**
 * The journey model: steps resolved against the guide tasks, checked for missing tasks, missing steps and cycles,
 * filtered by situation, and grouped into a numbered step-by-step list.
 */
import type { ContentIssue, FieldPath, MissingRef } from '../content/errors.ts';
import type { JourneyFile, JourneyStepData } from '../schemas/journey.ts';
import type { Prerequisite } from '../schemas/task.ts';
import type { Phase } from '../schemas/vocabulary.ts';

export interface JourneyTaskInfo {
  slug: string;
  title: string;
  url: string;
  deadline?: string;
  situations: string[];
  phase: string;
  optional?: boolean;
  inJourney?: boolean;
}

export interface JourneyStep extends Omit<JourneyStepData, 'situations'> {
  situations: string[];
  taskTitle: string;
  taskUrl: string;
  deadline?: string;
}
export interface Journey {
  title: string;
  description: string;
  steps: JourneyStep[];
}

export const JOURNEY_FILE = 'journey/steps.yaml';

export function dependencyIds(deps: Prerequisite[]): string[] {
  return deps.flatMap((d) => (typeof d === 'string' ? [d] : d.anyOf));
}

/** The first dependency cycle found, as a list of step ids that starts and ends with the same id. */
export function findCycle(steps: Pick<JourneyStepData, 'id' | 'dependsOn'>[]): string[] | undefined {
  const deps = new Map(steps.map((s) => [s.id, dependencyIds(s.dependsOn)]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'visiting') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'visiting');
    stack.push(id);
    for (const d of deps.get(id) ?? []) {
      const cycle = deps.has(d) ? visit(d) : undefined;
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const s of steps) {
    const cycle = visit(s.id);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Resolves the journey file against the tasks. Problems become issues naming steps.yaml and the line. */
export function buildJourney(
  file: JourneyFile,
  tasks: JourneyTaskInfo[],
  phases: Phase[],
  situations: string[],
  lineOf: (field: FieldPath) => number | undefined,
): { journey: Journey; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const at = (
    field: FieldPath,
    message: string,
    hint?: string,
    severity: ContentIssue['severity'] = 'error',
    missing?: MissingRef,
  ) =>
    issues.push({
      file: JOURNEY_FILE,
      field,
      line: lineOf(field),
      message,
      hint,
      severity,
      ...(missing ? { missing } : {}),
    });
  const bySlug = new Map(tasks.map((t) => [t.slug, t]));
  const ids = new Set<string>();
  const phaseIds = new Set(phases.map((p) => p.id));

  file.steps.forEach((s, i) => {
    if (ids.has(s.id)) at(['steps', i, 'id'], `duplicate step id "${s.id}"`);
    ids.add(s.id);
    if (!bySlug.has(s.task))
      at(
        ['steps', i, 'task'],
        `step "${s.id}" points to task "${s.task}", which does not exist`,
        'use the file name (without .md) of a task in guide/',
        'error',
        { kind: 'task', slug: s.task },
      );
    // The journey and the task page must not disagree on whether a step is optional.
    const task = bySlug.get(s.task);
    if (task?.optional !== undefined && task.optional !== s.optional) {
      at(
        ['steps', i, 'optional'],
        `step "${s.id}" is ${s.optional ? 'optional' : 'not optional'} here, but its task says optional: ${task.optional}`,
        `make them agree: set optional: ${task.optional} on the step, or change the task`,
      );
    }
    if (!phaseIds.has(s.phase))
      at(['steps', i, 'phase'], `unknown phase "${s.phase}"`, `use one of: ${[...phaseIds].join(', ')}`);
    (s.situations ?? []).forEach((sit, j) => {
      if (!situations.includes(sit)) at(['steps', i, 'situations', j], `unknown situation "${sit}"`);
    });
  });
  file.steps.forEach((s, i) => {
    s.dependsOn.forEach((d, j) => {
      for (const id of dependencyIds([d])) {
        if (!ids.has(id))
          at(
            ['steps', i, 'dependsOn', j],
            `step "${s.id}" depends on "${id}", which is not a step`,
            'use the id of another step in this file',
          );
      }
    });
  });
  const cycle = findCycle(file.steps);
  if (cycle) {
    const i = file.steps.findIndex((s) => s.id === cycle[0]);
    at(
      ['steps', i, 'dependsOn'],
      `the steps depend on each other in a circle: ${cycle.join(' → ')}`,
      'remove one of these dependencies',
    );
  }
  const inJourney = new Set(file.steps.map((s) => s.task));
  const missing = tasks.filter((t) => !inJourney.has(t.slug) && t.inJourney !== false);
  if (missing.length) {
    issues.push({
      file: JOURNEY_FILE,
      severity: 'warning',
      message: `${missing.length} guide task(s) are not in the journey: ${missing
        .slice(0, 10)
        .map((t) => t.slug)
        .join(', ')}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}`,
      hint: 'add a step for each to journey/steps.yaml, or write inJourney: false in the task if it deliberately has no step',
    });
  }

  const steps: JourneyStep[] = file.steps.map((s) => {
    const t = bySlug.get(s.task);
    return {
      ...s,
      situations: s.situations ?? t?.situations ?? [],
      taskTitle: t?.title ?? s.task,
      taskUrl: t?.url ?? '/',
      deadline: t?.deadline,
    };
  });
  return { journey: { title: file.title, description: file.description, steps }, issues };
}

/** The journey for one situation: other steps are removed, and so are dependencies on them. */
export function journeyForSituation(journey: Journey, situation: string): Journey {
  const steps = journey.steps.filter((s) => s.situations.includes(situation));
  const kept = new Set(steps.map((s) => s.id));
  return {
    ...journey,
    steps: steps.map((s) => ({
      ...s,
      dependsOn: s.dependsOn.flatMap((d): Prerequisite[] => {
        if (typeof d === 'string') return kept.has(d) ? [d] : [];
        const left = d.anyOf.filter((id) => kept.has(id));
        return left.length === 0 ? [] : left.length === 1 ? [left[0]!] : [{ anyOf: left }];
      }),
    })),
  };
}

/** One numbered item of the step-by-step list: a single step, or alternatives joined by "or". */
export interface StepListItem {
  number: number;
  steps: JourneyStep[];
  joiner: 'or' | undefined;
}

/** Groups the steps of each phase into numbered items. Steps that are alternatives in an `anyOf` share a number. */
export function stepList(journey: Journey, phases: Phase[]): { phase: Phase; items: StepListItem[] }[] {
  const groupOf = new Map<string, number>();
  let g = 0;
  for (const s of journey.steps) {
    for (const d of s.dependsOn) {
      if (typeof d === 'string') continue;
      const existing = d.anyOf.map((id) => groupOf.get(id)).find((x) => x !== undefined);
      const group = existing ?? ++g;
      for (const id of d.anyOf) groupOf.set(id, group);
    }
  }
  let number = 0;
  return phases
    .map((phase) => {
      const items: StepListItem[] = [];
      const placed = new Set<string>();
      for (const s of journey.steps.filter((x) => x.phase === phase.id)) {
        if (placed.has(s.id)) continue;
        const group = groupOf.get(s.id);
        const members =
          group === undefined ? [s] : journey.steps.filter((x) => x.phase === phase.id && groupOf.get(x.id) === group);
        members.forEach((m) => placed.add(m.id));
        items.push({ number: ++number, steps: members, joiner: members.length > 1 ? 'or' : undefined });
      }
      return { phase, items };
    })
    .filter((p) => p.items.length > 0);
}

/** The tasks that come right after a task in the journey: the steps that depend on its step. */
export function nextTaskSlugs(journey: Journey, taskSlug: string): string[] {
  const ids = new Set(journey.steps.filter((s) => s.task === taskSlug).map((s) => s.id));
  return journey.steps.filter((s) => dependencyIds(s.dependsOn).some((d) => ids.has(d))).map((s) => s.task);
}
