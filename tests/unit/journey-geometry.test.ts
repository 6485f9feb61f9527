import { describe, expect, it } from 'vitest';
import { edgeCrossings, phaseOrderProblems } from '../../src/lib/journey/geometry.ts';

const box = (phase: string, x: number, y = 0, width = 100, height = 100) => ({ phase, x, y, width, height });

describe('phaseOrderProblems', () => {
  it('accepts phases side by side in their order', () => {
    expect(phaseOrderProblems([box('a', 0), box('b', 110), box('c', 220)], ['a', 'b', 'c'], 'LR')).toEqual([]);
  });
  it('reports phases drawn out of order, as dagre drew them (1, 2, 4, 3)', () => {
    expect(phaseOrderProblems([box('a', 0), box('b', 110), box('d', 220), box('c', 330)], ['a', 'b', 'c', 'd'], 'LR'))
      .toEqual(['phases are drawn in the order a, b, d, c, not a, b, c, d']);
  });
  it('reports overlapping phases and a missing phase', () => {
    expect(phaseOrderProblems([box('a', 0), box('b', 50)], ['a', 'b', 'c'], 'LR')).toEqual(['no group for phase(s): c', 'phases a and b overlap']);
  });
  it('reads top to bottom for a TB drawing', () => {
    expect(phaseOrderProblems([box('a', 0, 200), box('b', 0, 0)], ['a', 'b'], 'TB')).toEqual(['phases are drawn in the order b, a, not a, b']);
  });
});

describe('edgeCrossings', () => {
  const nodes = [{ id: 'a', x: 0, y: 0, width: 50, height: 20 }, { id: 'b', x: 100, y: 0, width: 50, height: 20 }, { id: 'c', x: 200, y: 0, width: 50, height: 20 }];
  it('ignores the edge\'s own ends and a path that goes around', () => {
    expect(edgeCrossings([{ id: 'e', from: 'a', to: 'c', points: [{ x: 50, y: 10 }, { x: 75, y: 10 }, { x: 75, y: 40 }, { x: 175, y: 40 }, { x: 175, y: 10 }, { x: 200, y: 10 }] }], nodes)).toEqual([]);
  });
  it('reports an edge that runs through another box', () => {
    expect(edgeCrossings([{ id: 'e', from: 'a', to: 'c', points: [{ x: 50, y: 10 }, { x: 125, y: 10 }, { x: 200, y: 10 }] }], nodes))
      .toEqual(['edge a → c passes through b at (125, 10)']);
  });
});
