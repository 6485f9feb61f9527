/**
 * Consistency between files that the schemas cannot see: a journey step sits in the phase of its task (one phase per
 * task everywhere: the task page, the journey, the checklists and the PDF), and a glossary term is not related to itself.
 */
import type { ContentIssue, FieldPath } from '../content/errors.ts';

export function checkStepPhases(
  steps: { id: string; phase: string; task: string }[],
  taskPhase: (slug: string) => string | undefined,
  file: string,
  lineOf: (f: FieldPath) => number | undefined,
): ContentIssue[] {
  return steps.flatMap((s, i) => {
    const phase = taskPhase(s.task);
    if (!phase || phase === s.phase) return [];
    return [
      {
        file,
        field: ['steps', i, 'phase'],
        line: lineOf(['steps', i, 'phase']),
        severity: 'error' as const,
        message: `step "${s.id}" is in phase "${s.phase}", but its task "${s.task}" is in "${phase}"`,
        hint: `a task has one phase everywhere: write phase: ${phase} (or move the task's file to guide/${s.phase}/)`,
      },
    ];
  });
}

export function checkSelfRelated(term: {
  file: string;
  slug: string;
  related: string[];
  lineOf(f: FieldPath): number | undefined;
}): ContentIssue[] {
  return term.related.flatMap((r, i) =>
    r === term.slug
      ? [
          {
            file: term.file,
            field: ['related', i],
            line: term.lineOf(['related', i]),
            severity: 'error' as const,
            message: `the term lists itself ("${r}") as a related term`,
            hint: 'remove it, or name another term',
          },
        ]
      : [],
  );
}
