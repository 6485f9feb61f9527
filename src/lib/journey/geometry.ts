/**
 * Checks on the drawn journey, from boxes and edge points measured in the rendered SVG (in Chromium):
 * the phases come in their order along the reading direction and do not overlap, and no edge runs through a box
 * that is not one of its ends.
 */
export interface Box { x: number; y: number; width: number; height: number }
export interface PhaseBox extends Box { phase: string }
export interface NodeBox extends Box { id: string }
export interface EdgePath { id: string; from: string; to: string; points: { x: number; y: number }[] }

const overlap = (a: Box, b: Box, margin = 0) =>
  a.x + margin < b.x + b.width && b.x + margin < a.x + a.width && a.y + margin < b.y + b.height && b.y + margin < a.y + a.height;

/** Problems with the order of the phase groups: each must start after the previous one and not overlap it. */
export function phaseOrderProblems(boxes: PhaseBox[], order: string[], direction: 'LR' | 'TB'): string[] {
  const problems: string[] = [];
  const present = order.filter((p) => boxes.some((b) => b.phase === p));
  const missing = order.filter((p) => !present.includes(p));
  if (missing.length) problems.push(`no group for phase(s): ${missing.join(', ')}`);
  const start = (b: Box) => (direction === 'LR' ? b.x : b.y);
  const sorted = [...boxes].sort((a, b) => start(a) - start(b)).map((b) => b.phase);
  if (sorted.join(' ') !== present.join(' ')) problems.push(`phases are drawn in the order ${sorted.join(', ')}, not ${present.join(', ')}`);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!, boxes[j]!)) problems.push(`phases ${boxes[i]!.phase} and ${boxes[j]!.phase} overlap`);
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
      if (hit) problems.push(`edge ${e.from} → ${e.to} passes through ${n.id} at (${hit.x.toFixed(0)}, ${hit.y.toFixed(0)})`);
    }
  }
  return problems;
}
