import { describe, expect, it } from 'vitest';
import {
  chartBox,
  crowding,
  edgeCrossings,
  longEdges,
  phaseOf,
  phaseOrderProblems,
  titleCrossings,
} from '../../src/lib/journey/geometry.ts';

const box = (phase: string, x: number, y = 0, width = 100, height = 100) => ({ phase, x, y, width, height });

describe('phaseOrderProblems', () => {
  it('accepts phases side by side in their order', () => {
    expect(phaseOrderProblems([box('a', 0), box('b', 110), box('c', 220)], ['a', 'b', 'c'], 'LR')).toEqual([]);
  });
  it('reports phases drawn out of order, as dagre drew them (1, 2, 4, 3)', () => {
    expect(
      phaseOrderProblems([box('a', 0), box('b', 110), box('d', 220), box('c', 330)], ['a', 'b', 'c', 'd'], 'LR'),
    ).toEqual(['phases are drawn in the order a, b, d, c, not a, b, c, d']);
  });
  it('reports overlapping phases and a missing phase', () => {
    expect(phaseOrderProblems([box('a', 0), box('b', 50)], ['a', 'b', 'c'], 'LR')).toEqual([
      'no group for phase(s): c',
      'phases a and b overlap',
    ]);
  });
  it('reads top to bottom for a TB drawing', () => {
    expect(phaseOrderProblems([box('a', 0, 200), box('b', 0, 0)], ['a', 'b'], 'TB')).toEqual([
      'phases are drawn in the order b, a, not a, b',
    ]);
  });
});

describe('edgeCrossings', () => {
  const nodes = [
    { id: 'a', x: 0, y: 0, width: 50, height: 20 },
    { id: 'b', x: 100, y: 0, width: 50, height: 20 },
    { id: 'c', x: 200, y: 0, width: 50, height: 20 },
  ];
  it("ignores the edge's own ends and a path that goes around", () => {
    expect(
      edgeCrossings(
        [
          {
            id: 'e',
            from: 'a',
            to: 'c',
            points: [
              { x: 50, y: 10 },
              { x: 75, y: 10 },
              { x: 75, y: 40 },
              { x: 175, y: 40 },
              { x: 175, y: 10 },
              { x: 200, y: 10 },
            ],
          },
        ],
        nodes,
      ),
    ).toEqual([]);
  });
  it('reports an edge that runs through another box', () => {
    expect(
      edgeCrossings(
        [
          {
            id: 'e',
            from: 'a',
            to: 'c',
            points: [
              { x: 50, y: 10 },
              { x: 125, y: 10 },
              { x: 200, y: 10 },
            ],
          },
        ],
        nodes,
      ),
    ).toEqual(['edge a → c passes through b at (125, 10)']);
  });
});

describe('titleCrossings', () => {
  const titles = [{ phase: 'a', x: 20, y: 0, width: 60, height: 15 }];
  it('reports an edge through a phase title, and not one that passes beside it', () => {
    expect(
      titleCrossings(
        [
          {
            id: 'e',
            from: 'x',
            to: 'y',
            points: [
              { x: 50, y: -20 },
              { x: 50, y: 7 },
              { x: 50, y: 40 },
            ],
          },
        ],
        titles,
      ),
    ).toEqual(['edge x → y crosses the title of phase a at (50, 7)']);
    expect(
      titleCrossings(
        [
          {
            id: 'e',
            from: 'x',
            to: 'y',
            points: [
              { x: 10, y: -20 },
              { x: 10, y: 40 },
            ],
          },
        ],
        titles,
      ),
    ).toEqual([]);
  });
});

describe('longEdges', () => {
  // Four phases side by side, 100 wide each: the chart is 400 wide.
  const phases = ['a', 'b', 'c', 'd'].map((p, i) => box(p, i * 100));
  const node = (id: string, x: number) => ({ id, x, y: 40, width: 20, height: 20 });
  const nodes = [node('a1', 10), node('a2', 60), node('b1', 110), node('d1', 310)];
  const straight = (from: string, to: string, x1: number, x2: number) => ({
    id: `${from}-${to}`,
    from,
    to,
    points: [
      { x: x1, y: 50 },
      { x: x2, y: 50 },
    ],
  });
  it('finds the phase a box is drawn in', () => {
    expect(phaseOf(nodes[2]!, phases)).toBe('b');
    expect(phaseOf({ x: 500, y: 0, width: 1, height: 1 }, phases)).toBeUndefined();
    expect(chartBox(phases, nodes)).toEqual({ x: 0, y: 0, width: 400, height: 100 });
  });
  it('accepts short edges, and long ones between phases far apart', () => {
    expect(
      longEdges(
        [straight('a1', 'b1', 30, 110), straight('a1', 'd1', 30, 310)],
        nodes,
        phases,
        ['a', 'b', 'c', 'd'],
        'LR',
      ),
    ).toEqual([]);
  });
  it('reports an edge between adjacent phases that detours over more than half the chart', () => {
    const detour = {
      id: 'e',
      from: 'a2',
      to: 'b1',
      points: [
        { x: 80, y: 50 },
        { x: 390, y: 50 },
        { x: 390, y: 90 },
        { x: 110, y: 90 },
      ],
    };
    expect(longEdges([detour], nodes, phases, ['a', 'b', 'c', 'd'], 'LR')).toEqual([
      "edge a2 → b1 spans 78 % of the chart's width, between adjacent phases",
    ]);
    expect(longEdges([detour], nodes, phases, ['a', 'b', 'c', 'd'], 'LR', 0.8)).toEqual([]);
  });
});

describe('crowding', () => {
  const node = (id: string, x: number, y: number, width = 100, height = 40) => ({ id, x, y, width, height });
  const phase = box('a', 0, 0, 400, 200);
  it('accepts boxes with room between them and inside their frame', () => {
    expect(crowding([node('n1', 20, 20), node('n2', 140, 20), node('n3', 20, 80)], [phase], 10)).toEqual([]);
  });
  it('reports boxes edge to edge, side by side or one above the other', () => {
    expect(crowding([node('n1', 20, 20), node('n2', 122, 20), node('n3', 20, 64)], [phase], 10)).toEqual([
      'n1 and n2 are 2 apart (< 10)',
      'n1 and n3 are 4 apart (< 10)',
      'n2 and n3 are 4 apart (< 10)', // corner to corner
    ]);
  });
  it('measures the shortest distance, so boxes in different rows and columns pass', () => {
    expect(crowding([node('n1', 20, 20), node('n2', 125, 100)], [phase], 10)).toEqual([]);
  });
  it("reports a box that reaches its phase's frame", () => {
    expect(crowding([node('n1', 296, 20)], [phase], 10)).toEqual(['n1 is 4 from the frame of phase a (< 10)']);
  });
});
