/** Turns the journey into Mermaid flowchart text: one subgraph per phase, arrows from dependencies, click links to tasks. */
import type { Phase } from '../schemas/vocabulary.ts';
import type { Journey } from './model.ts';

/** Mermaid node ids must be plain words. */
export function nodeId(stepId: string): string { return `s_${stepId.replace(/-/g, '_')}`; }

/**
 * Text inside a quoted Mermaid label or tooltip: one line (a newline would start a new statement), no double quote
 * (it would end the string), and Mermaid's entity codes for "%%" and markup brackets.
 */
export function label(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/"/g, "'")
    .replace(/%%/g, '#37;#37;')
    .replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'))
    .trim();
}

/** Text for an accTitle or accDescr line: one line, so it cannot start another Mermaid statement. */
export function oneLine(s: string): string {
  return s.replace(/[\s\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

export interface MermaidOptions {
  /** Prefix for links, e.g. '' on the site or 'https://…' for the downloadable graphic. */
  linkBase?: string;
  title?: string;
}

export function journeyToMermaid(journey: Journey, phases: Phase[], options: MermaidOptions = {}): string {
  const { linkBase = '', title = journey.title } = options;
  const lines = ['flowchart LR', `  accTitle: ${oneLine(title)}`, `  accDescr: ${oneLine(journey.description)}`];
  phases.forEach((phase, i) => {
    const steps = journey.steps.filter((s) => s.phase === phase.id);
    if (!steps.length) return;
    lines.push(`  subgraph p_${phase.id.replace(/-/g, '_')}["${i + 1}. ${label(phase.name)}"]`);
    lines.push('    direction TB');
    for (const s of steps) lines.push(`    ${nodeId(s.id)}["${label(s.label)}${s.optional ? ' (optional)' : ''}"]`);
    lines.push('  end');
  });
  for (const s of journey.steps) {
    for (const d of s.dependsOn) {
      if (typeof d === 'string') lines.push(`  ${nodeId(d)} --> ${nodeId(s.id)}`);
      else for (const alt of d.anyOf) lines.push(`  ${nodeId(alt)} -. or .-> ${nodeId(s.id)}`);
    }
  }
  for (const s of journey.steps) lines.push(`  click ${nodeId(s.id)} href "${linkBase}${s.taskUrl}" "${label(s.taskTitle)}"`);
  const key = journey.steps.filter((s) => s.key).map((s) => nodeId(s.id));
  const optional = journey.steps.filter((s) => s.optional).map((s) => nodeId(s.id));
  lines.push('  classDef key fill:#002e5c,stroke:#002e5c,color:#ffffff,stroke-width:2px');
  lines.push('  classDef optional stroke-dasharray:4 3');
  if (key.length) lines.push(`  class ${key.join(',')} key`);
  if (optional.length) lines.push(`  class ${optional.join(',')} optional`);
  return `${lines.join('\n')}\n`;
}
