/**
 * Turns the journey into Mermaid flowchart text: one subgraph per phase, arrows from dependencies, one "or" junction
 * per set of alternatives, click links to tasks. Laid out with ELK (bundled in Mermaid), which keeps the phases in
 * their order; the layout options travel in the file's front matter, so the downloadable source draws the same picture.
 */
import type { Phase } from '../schemas/vocabulary.ts';
import { dependencyIds, type Journey, type JourneyStep } from './model.ts';

/** Mermaid node ids must be plain words. */
export function nodeId(stepId: string): string {
  return `s_${stepId.replace(/-/g, '_')}`;
}
/** The subgraph id of a phase. Mermaid names the cluster's SVG group after it, so tests and styles can find a phase. */
export function phaseGroupId(phaseId: string): string {
  return `p_${phaseId.replace(/-/g, '_')}`;
}
/** The node that stands for a phase's title in the layouts that draw titles as boxes: its subgraph's id + `_title`. */
export function titleNodeId(phaseId: string): string {
  return `${phaseGroupId(phaseId)}_title`;
}

/**
 * Text inside a quoted Mermaid label: one line (a newline would start a new statement), no double quote
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

/**
 * The three drawings of the same journey.
 * - `wide`: phases left to right; the site on wide screens and the downloadable SVG.
 * - `print`: phases top to bottom in larger type, without links; the PDF page (upright A4) and the A3 poster.
 * - `phone`: one column, each phase's steps under each other; the site on narrow screens.
 */
export type JourneyLayout = 'wide' | 'print' | 'phone';
export interface JourneyLayoutSettings {
  direction: 'LR' | 'TB';
  fontSize: number;
  wrappingWidth: number;
  oneColumn: boolean;
  perRow?: number;
  elkPreset?: string;
  elkPlacement?: string;
  /**
   * Each phase's title as the first box of its phase (`titleNodeId`), which the layout keeps every arrow off; the
   * renderer draws it as the phase's title and removes the box (src/lib/mermaid/render.ts).
   */
  titleNodes?: boolean;
}
export const JOURNEY_LAYOUTS: Record<JourneyLayout, JourneyLayoutSettings> = {
  wide: { direction: 'LR', fontSize: 20, wrappingWidth: 150, oneColumn: false },
  // At most 4 boxes side by side in any row of a phase, phases stacked in one column (SIMPLE placement at the top
  // level, not staggered), and boxes in the order they are written. ELK's gaps are fixed (50 between boxes, 24 inside
  // a frame): at 70 px type they are 0.7 and 0.34 of a letter's height, so boxes stand apart and clear of their frame
  // (at 140 px they touched); boxes about 10 letters wide keep most labels to two lines, so the drawing is about as
  // wide as it is tall and fills the page. With 57 steps this prints at about 9 pt on A4 and 12.6 pt on the A3 poster.
  print: {
    direction: 'TB',
    fontSize: 70,
    wrappingWidth: 700,
    oneColumn: false,
    perRow: 4,
    elkPreset: 'modelOrder',
    elkPlacement: 'SIMPLE',
  },
  // One narrow column (SIMPLE placement: the boxes stay under each other and the arrows run beside them, so the
  // drawing is about as wide as one box and its text is drawn at nearly full size on a 375 px screen). Every arrow
  // into a phase enters through its top edge, so no spot there is clear for a title: each phase's title is a box
  // of its own above the phase's first step, which the arrows pass by.
  phone: {
    direction: 'TB',
    fontSize: 20,
    wrappingWidth: 150,
    oneColumn: true,
    elkPlacement: 'SIMPLE',
    titleNodes: true,
  },
};

/** The words inside the drawing: the "or" circles and the mark on optional steps. */
export interface JourneyWords {
  or: string;
  optional: string;
}
export const ENGLISH_JOURNEY_WORDS: JourneyWords = { or: 'or', optional: 'optional' };

export interface MermaidOptions {
  /** Prefix for links, e.g. '' on the site or 'https://…' for the downloadable graphic. */
  linkBase?: string;
  title?: string;
  layout?: JourneyLayout;
  /** The words inside the drawing (English unless given: the Danish PDF gives Danish). */
  words?: JourneyWords;
  /** The text alternative (default: journeyAltText, in English). */
  alt?: string;
  /** Box text width in px, instead of the layout's (Danish compound words need wider boxes than English). */
  wrappingWidth?: number;
}

/** One "or" point: any one of `alternatives` is enough for each of `targets`. */
export interface Junction {
  id: string;
  alternatives: string[];
  targets: string[];
  phase: string;
}

/**
 * The "or" junctions: one per distinct set of alternatives, shared by every step that needs one of them.
 * A junction sits in its alternatives' phase when they share one, otherwise in the phase of the step it leads to.
 */
export function junctions(journey: Journey): Junction[] {
  const byKey = new Map<string, Junction>();
  const phaseOf = new Map(journey.steps.map((s) => [s.id, s.phase]));
  for (const s of journey.steps) {
    for (const d of s.dependsOn) {
      if (typeof d === 'string') continue;
      const key = [...d.anyOf].sort().join('|');
      const existing = byKey.get(key);
      if (existing) {
        existing.targets.push(s.id);
        continue;
      }
      const phases = new Set(d.anyOf.map((id) => phaseOf.get(id)));
      const phase = phases.size === 1 ? [...phases][0]! : s.phase;
      byKey.set(key, { id: `or_${byKey.size + 1}`, alternatives: [...d.anyOf], targets: [s.id], phase });
    }
  }
  return [...byKey.values()];
}

/** The steps of one phase in an order that never puts a step before one it depends on (file order otherwise). */
export function phaseOrder(steps: JourneyStep[]): JourneyStep[] {
  const ids = new Set(steps.map((s) => s.id));
  const done = new Set<string>();
  const out: JourneyStep[] = [];
  const deps = (s: JourneyStep) => dependencyIds(s.dependsOn).filter((id) => ids.has(id));
  while (out.length < steps.length) {
    // The first step whose dependencies are placed; if a cycle remains (the content check reports it), take the first left.
    const next =
      steps.find((s) => !done.has(s.id) && deps(s).every((d) => done.has(d))) ?? steps.find((s) => !done.has(s.id))!;
    done.add(next.id);
    out.push(next);
  }
  return out;
}

/** For each phase, its steps that need no other step of the same phase: they would stand side by side in one row. */
/**
 * Each phase's steps by row, as a top-to-bottom layout stacks them: a step with no arrow from a step of its own phase in
 * the first row, the others one row below the lowest step of the phase they follow. Print caps each row's width.
 */
export function layerRows(journey: Journey, phases: Phase[]): string[][] {
  return phases.flatMap((phase) => {
    const steps = phaseOrder(journey.steps.filter((s) => s.phase === phase.id));
    const here = new Map(steps.map((s) => [s.id, s]));
    const layer = new Map<string, number>();
    const layerOf = (id: string, seen: Set<string> = new Set()): number => {
      if (layer.has(id)) return layer.get(id)!;
      if (seen.has(id)) return 0; // a cycle is refused by the journey check; do not loop here
      seen.add(id);
      const deps = dependencyIds(here.get(id)!.dependsOn).filter((d) => here.has(d));
      const l = deps.length ? 1 + Math.max(...deps.map((d) => layerOf(d, seen))) : 0;
      layer.set(id, l);
      return l;
    };
    const rows: string[][] = [];
    for (const s of steps) (rows[layerOf(s.id)] ??= []).push(s.id);
    return rows.filter((r) => r && r.length > 0);
  });
}

/** The figure's text alternative: what the picture shows, in three sentences, and where the same steps are listed. */
export function journeyAltText(journey: Journey, phases: Phase[]): string {
  const used = phases.filter((p) => journey.steps.some((s) => s.phase === p.id));
  const keys = journey.steps.filter((s) => s.key).map((s) => `“${s.label}”`);
  const phaseText =
    used.length > 1
      ? `in ${used.length} phases, from “${used[0]!.name}” to “${used.at(-1)!.name}”`
      : `in the phase “${used[0]?.name ?? ''}”`;
  const keyText = keys.length
    ? ` The dark boxes, ${keys.join(' and ')}, are the digital keys that most other steps need.`
    : '';
  return `A diagram of ${journey.steps.length} steps ${phaseText}. Arrows point from a step to the steps that come after it; where several arrows meet in a circle marked “or”, one of those steps is enough.${keyText} The step-by-step list gives the same steps in order, with links.`;
}

function frontMatter(layout: JourneyLayout, wrappingWidth?: number): string[] {
  const l = { ...JOURNEY_LAYOUTS[layout], ...(wrappingWidth ? { wrappingWidth } : {}) };
  return [
    '---',
    'config:',
    '  layout: elk',
    '  themeVariables:',
    `    fontSize: ${l.fontSize}px`,
    '  flowchart:',
    '    curve: linear',
    `    wrappingWidth: ${l.wrappingWidth}`,
    '  elk:',
    '    mergeEdges: true',
    '    lineHops: false',
    ...(l.elkPreset ? [`    preset: ${l.elkPreset}`] : []),
    ...(l.elkPlacement ? [`    nodePlacementStrategy: ${l.elkPlacement}`] : []),
    '---',
  ];
}

export function journeyToMermaid(journey: Journey, phases: Phase[], options: MermaidOptions = {}): string {
  const { linkBase = '', title = journey.title, layout = 'wide', words = ENGLISH_JOURNEY_WORDS } = options;
  const settings = JOURNEY_LAYOUTS[layout];
  const alt = options.alt ?? journeyAltText(journey, phases);
  const lines = [
    ...frontMatter(layout, options.wrappingWidth),
    `flowchart ${settings.direction}`,
    `  accTitle: ${oneLine(title)}`,
    `  accDescr: ${oneLine(alt)}`,
  ];
  const or = label(words.or);
  const joins = junctions(journey);
  const placed = new Set<string>();
  const groups: string[] = [];
  const columns: string[][] = [];
  const titleLinks: string[] = [];
  for (const [i, phase] of phases.entries()) {
    const steps = phaseOrder(journey.steps.filter((s) => s.phase === phase.id));
    if (!steps.length) continue;
    groups.push(phaseGroupId(phase.id));
    const phaseTitle = `${i + 1}. ${label(phase.name)}`;
    const here = joins.filter((j) => j.phase === phase.id);
    if (settings.titleNodes) {
      // The subgraph's own title is blank (so no strip is reserved for it); the title box comes first in the phase,
      // above its first step and its "or" circles.
      lines.push(`  subgraph ${phaseGroupId(phase.id)}[" "]`, `    ${titleNodeId(phase.id)}["${phaseTitle}"]`);
      titleLinks.push(
        ...[nodeId(steps[0]!.id), ...here.map((j) => j.id)].map((n) => `  ${titleNodeId(phase.id)} ~~~ ${n}`),
      );
    } else lines.push(`  subgraph ${phaseGroupId(phase.id)}["${phaseTitle}"]`);
    for (const s of steps) {
      // A junction that leads into this phase stands just before the first step it leads to.
      for (const j of here.filter((x) => x.targets.includes(s.id) && !placed.has(x.id))) {
        lines.push(`    ${j.id}(("${or}"))`);
        placed.add(j.id);
      }
      lines.push(`    ${nodeId(s.id)}["${label(s.label)}${s.optional ? ` (${label(words.optional)})` : ''}"]`);
    }
    for (const j of here.filter((x) => !placed.has(x.id))) {
      lines.push(`    ${j.id}(("${or}"))`);
      placed.add(j.id);
    }
    lines.push('  end');
    columns.push(steps.map((s) => nodeId(s.id)));
  }
  for (const s of journey.steps) {
    for (const d of s.dependsOn) if (typeof d === 'string') lines.push(`  ${nodeId(d)} --> ${nodeId(s.id)}`);
  }
  for (const j of joins) {
    for (const alt of j.alternatives) lines.push(`  ${nodeId(alt)} --- ${j.id}`);
    for (const t of j.targets) lines.push(`  ${j.id} --> ${nodeId(t)}`);
  }
  // Invisible links keep the phases in order even where no arrow joins them.
  if (groups.length > 1) lines.push(`  ${groups.join(' ~~~ ')}`);
  // On a phone, each phase is one column: its steps under each other.
  if (settings.oneColumn) for (const c of columns) if (c.length > 1) lines.push(`  ${c.join(' ~~~ ')}`);
  lines.push(...titleLinks);
  // In print, a row of a phase with more than `perRow` steps side by side wraps onto the next row.
  if (settings.perRow)
    for (const row of layerRows(journey, phases))
      for (let i = settings.perRow; i < row.length; i++)
        lines.push(`  ${nodeId(row[i - settings.perRow]!)} ~~~ ${nodeId(row[i]!)}`);
  // No tooltip: Mermaid would put a title attribute on the link's group, which HTML does not allow there.
  // No links on paper: in the PDF the step list after the figure carries them, and the poster has a QR code.
  if (layout !== 'print')
    for (const s of journey.steps) lines.push(`  click ${nodeId(s.id)} href "${linkBase}${s.taskUrl}"`);
  const key = journey.steps.filter((s) => s.key).map((s) => nodeId(s.id));
  const optional = journey.steps.filter((s) => s.optional).map((s) => nodeId(s.id));
  lines.push(`  classDef key ${JOURNEY_STYLES.key}`);
  lines.push(`  classDef optional ${JOURNEY_STYLES.optional}`);
  lines.push(`  classDef junction ${JOURNEY_STYLES.junction}`);
  if (key.length) lines.push(`  class ${key.join(',')} key`);
  if (optional.length) lines.push(`  class ${optional.join(',')} optional`);
  if (joins.length) lines.push(`  class ${joins.map((j) => j.id).join(',')} junction`);
  // Should a title box be left in the drawing, it reads as a title, not as a step.
  if (settings.titleNodes && groups.length)
    lines.push(
      `  classDef phaseTitle ${JOURNEY_STYLES.phaseTitle}`,
      `  class ${phases
        .filter((p) => groups.includes(phaseGroupId(p.id)))
        .map((p) => titleNodeId(p.id))
        .join(',')} phaseTitle`,
    );
  return `${lines.join('\n')}\n`;
}

/** The box styles, shared with the key that explains them. */
export const JOURNEY_STYLES = {
  key: 'fill:#002e5c,stroke:#002e5c,color:#ffffff,stroke-width:2px',
  optional: 'stroke-dasharray:4 3',
  junction: 'fill:#ffffff,stroke:#1a1a1a,stroke-width:2px',
  phaseTitle: 'fill:none,stroke:none',
} as const;
