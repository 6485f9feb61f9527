/**
 * Checks on the drawn journey, from boxes and edge points measured in the rendered SVG (in Chromium):
 * the phases come in their order along the reading direction and do not overlap, and no edge runs through a box
 * that is not one of its ends.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface PhaseBox extends Box {
  phase: string;
}
export interface NodeBox extends Box {
  id: string;
}
export interface EdgePath {
  id: string;
  from: string;
  to: string;
  points: { x: number; y: number }[];
}

const overlap = (a: Box, b: Box, margin = 0) =>
  a.x + margin < b.x + b.width &&
  b.x + margin < a.x + a.width &&
  a.y + margin < b.y + b.height &&
  b.y + margin < a.y + a.height;

/** Problems with the order of the phase groups: each must start after the previous one and not overlap it. */
export function phaseOrderProblems(boxes: PhaseBox[], order: string[], direction: 'LR' | 'TB'): string[] {
  const problems: string[] = [];
  const present = order.filter((p) => boxes.some((b) => b.phase === p));
  const missing = order.filter((p) => !present.includes(p));
  if (missing.length) problems.push(`no group for phase(s): ${missing.join(', ')}`);
  const start = (b: Box) => (direction === 'LR' ? b.x : b.y);
  const sorted = [...boxes].sort((a, b) => start(a) - start(b)).map((b) => b.phase);
  if (sorted.join(' ') !== present.join(' '))
    problems.push(`phases are drawn in the order ${sorted.join(', ')}, not ${present.join(', ')}`);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++)
      if (overlap(boxes[i]!, boxes[j]!)) problems.push(`phases ${boxes[i]!.phase} and ${boxes[j]!.phase} overlap`);
  }
  return problems;
}

/**
 * Edges that pass through a box other than their own ends. `inset` shrinks each box first, so an edge that only
 * grazes a border (or ends on it) is not counted.
 */
export function edgeCrossings(edges: EdgePath[], nodes: NodeBox[], inset = 2): string[] {
  const problems: string[] = [];
  for (const e of edges) {
    for (const n of nodes) {
      if (n.id === e.from || n.id === e.to) continue;
      const b = { x: n.x + inset, y: n.y + inset, width: n.width - 2 * inset, height: n.height - 2 * inset };
      const hit = e.points.find((p) => p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height);
      if (hit)
        problems.push(`edge ${e.from} → ${e.to} passes through ${n.id} at (${hit.x.toFixed(0)}, ${hit.y.toFixed(0)})`);
    }
  }
  return problems;
}

/** A phase's title as drawn (its text's box), by phase id. */
export interface TitleBox extends Box {
  phase: string;
}

const inside = (p: { x: number; y: number }, b: Box, inset: number) =>
  p.x > b.x + inset && p.x < b.x + b.width - inset && p.y > b.y + inset && p.y < b.y + b.height - inset;

/** Edges that run through a phase's title. `inset` shrinks each title's box first, so touching its edge is not counted. */
export function titleCrossings(edges: EdgePath[], titles: TitleBox[], inset = 1): string[] {
  const problems: string[] = [];
  for (const e of edges) {
    for (const t of titles) {
      const hit = e.points.find((p) => inside(p, t, inset));
      if (hit)
        problems.push(
          `edge ${e.from} → ${e.to} crosses the title of phase ${t.phase} at (${hit.x.toFixed(0)}, ${hit.y.toFixed(0)})`,
        );
    }
  }
  return problems;
}

/** The phase a box is drawn in: the smallest phase box that holds its centre. */
export function phaseOf(box: Box, phases: PhaseBox[]): string | undefined {
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  return phases.filter((p) => inside(c, p, 0)).sort((a, b) => a.width * a.height - b.width * b.height)[0]?.phase;
}

/** The chart's extent: the box around every phase and node. */
export function chartBox(phases: Box[], nodes: Box[]): Box {
  const all = [...phases, ...nodes];
  const x = Math.min(...all.map((b) => b.x)),
    y = Math.min(...all.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...all.map((b) => b.x + b.width)) - x,
    height: Math.max(...all.map((b) => b.y + b.height)) - y,
  };
}

/**
 * Edges that span the chart although a shorter route exists. An edge spans the chart when its drawn extent along the
 * reading direction (x for LR, y for TB) is more than `share` of the chart's extent in that direction; a shorter route
 * exists when its two ends are in the same phase or in adjacent phases (next to each other in `order`), since then
 * the layout can place them next to each other. Edges between phases further apart may be long.
 */
export function longEdges(
  edges: EdgePath[],
  nodes: NodeBox[],
  phases: PhaseBox[],
  order: string[],
  direction: 'LR' | 'TB',
  share = 0.5,
): string[] {
  const chart = chartBox(phases, nodes);
  const size = direction === 'LR' ? chart.width : chart.height;
  const problems: string[] = [];
  for (const e of edges) {
    const from = nodes.find((n) => n.id === e.from),
      to = nodes.find((n) => n.id === e.to);
    if (!from || !to || !e.points.length) continue;
    const a = order.indexOf(phaseOf(from, phases) ?? ''),
      b = order.indexOf(phaseOf(to, phases) ?? '');
    if (a < 0 || b < 0 || Math.abs(a - b) > 1) continue;
    const along = e.points.map((p) => (direction === 'LR' ? p.x : p.y));
    const extent = Math.max(...along) - Math.min(...along);
    if (extent > share * size)
      problems.push(
        `edge ${e.from} → ${e.to} spans ${Math.round((100 * extent) / size)} % of the chart's ${direction === 'LR' ? 'width' : 'height'}, between ${a === b ? 'boxes of one phase' : 'adjacent phases'}`,
      );
  }
  return problems;
}

/** The shortest distance between two boxes: 0 when they touch or overlap. */
export function gapBetween(a: Box, b: Box): number {
  const dx = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), 0);
  const dy = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height), 0);
  return Math.hypot(dx, dy);
}

/**
 * Boxes drawn so close that a reader sees them as one: two boxes less than `minGap` apart, or a box less than
 * `minGap` inside the frame of its phase (the smallest phase box that holds its centre). `minGap` is in the drawing's
 * own units; the test derives it from the drawn type size, so that it holds at every scale.
 */
export function crowding(nodes: NodeBox[], phases: PhaseBox[], minGap: number): string[] {
  const problems: string[] = [];
  const round = (v: number) => v.toFixed(0);
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const gap = gapBetween(nodes[i]!, nodes[j]!);
      if (gap < minGap)
        problems.push(`${nodes[i]!.id} and ${nodes[j]!.id} are ${round(gap)} apart (< ${round(minGap)})`);
    }
  for (const n of nodes) {
    const phase = phases.find((p) => p.phase === phaseOf(n, phases));
    if (!phase) continue;
    const margin = Math.min(
      n.x - phase.x,
      n.y - phase.y,
      phase.x + phase.width - (n.x + n.width),
      phase.y + phase.height - (n.y + n.height),
    );
    if (margin < minGap)
      problems.push(`${n.id} is ${round(margin)} from the frame of phase ${phase.phase} (< ${round(minGap)})`);
  }
  return problems;
}
