/**
 * "Step 12 of 31 in your checklist" on a task page opened from a household checklist, as GOV.UK's step-by-step
 * navigation does: the checklist page keeps its steps in the browser's sessionStorage (this tab only, gone when it
 * closes), and a task page that is one of them shows where it is, with the previous and next task and the way back.
 * Pure: the two small scripts and the tests use it.
 */

export const STEPS_KEY = 'checklist-steps';

export interface StoredStep {
  slug: string;
  title: string;
  url: string;
}
export interface StoredChecklist {
  url: string;
  steps: StoredStep[];
}

export interface StepBar {
  number: number;
  total: number;
  previous?: StoredStep;
  next?: StoredStep;
  /** The task's step view on the checklist page. */
  back: string;
}

/** A step as the checklist stored it: its link stays on this site (a path, never another origin or a script). */
const isStep = (s: unknown): s is StoredStep =>
  typeof s === 'object' &&
  s !== null &&
  ['slug', 'title', 'url'].every((k) => typeof (s as Record<string, unknown>)[k] === 'string') &&
  /^\/[^/\\]/.test((s as StoredStep).url);

/** What the checklist page stored, or undefined when it is missing or not of this shape. */
export function parseStoredChecklist(text: string | null | undefined): StoredChecklist | undefined {
  try {
    const value = JSON.parse(text ?? '') as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const { url, steps } = value as Record<string, unknown>;
    if (typeof url !== 'string' || !url.startsWith('/checklist/') || !Array.isArray(steps) || !steps.every(isStep))
      return undefined;
    return { url, steps };
  } catch {
    return undefined;
  }
}

/** Where the task `slug` is in the stored checklist, or undefined when it is not one of its steps. */
export function stepBar(stored: StoredChecklist | undefined, slug: string): StepBar | undefined {
  const i = stored?.steps.findIndex((s) => s.slug === slug) ?? -1;
  if (!stored || i < 0) return undefined;
  return {
    number: i + 1,
    total: stored.steps.length,
    previous: stored.steps[i - 1],
    next: stored.steps[i + 1],
    back: `${stored.url}#step-${i + 1}`,
  };
}
