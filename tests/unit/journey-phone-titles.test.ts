/**
 * The phone drawing lays each phase's title out as a box of its own, first in its phase, so the layout keeps every
 * arrow off it; the renderer then draws that box's text as the phase's title (tests/browser/journey-geometry.test.ts
 * measures the result). The other drawings keep the subgraph's own title.
 */
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../src/lib/journey/model.ts';
import { JOURNEY_LAYOUTS, journeyToMermaid, titleNodeId } from '../../src/lib/journey/to-mermaid.ts';

const phases = [
  { id: 'before', name: 'Before moving', summary: 's' },
  { id: 'empty', name: 'No steps here', summary: 's' },
  { id: 'arrive', name: 'When you arrive', summary: 's' },
];
const step = (id: string, phase: string, dependsOn: Journey['steps'][number]['dependsOn'] = []) => ({
  id,
  label: id.toUpperCase(),
  phase,
  task: id,
  dependsOn,
  optional: false,
  key: false,
  situations: ['eu'],
  taskTitle: `Task ${id}`,
  taskUrl: `/tasks/${id}/`,
});
// "or" circle in the arriving phase: its alternatives come from two phases.
const journey: Journey = {
  title: 'Mini journey',
  description: 'Four steps.',
  steps: [
    step('permit', 'before'),
    step('home', 'before'),
    step('cpr', 'arrive', [{ anyOf: ['permit', 'bank'] }]),
    step('bank', 'arrive'),
  ],
};

describe('phase titles in the phone drawing', () => {
  const phone = journeyToMermaid(journey, phases, { layout: 'phone' });

  it('gives each phase with steps a blank subgraph title and a title box first in it, numbered as on the other drawings', () => {
    expect(titleNodeId('before')).toBe('p_before_title');
    expect(phone).toContain('  subgraph p_before[" "]\n    p_before_title["1. Before moving"]\n    s_permit[');
    expect(phone).toContain('  subgraph p_arrive[" "]\n    p_arrive_title["3. When you arrive"]\n');
    expect(phone).not.toContain('p_empty');
    expect(phone).not.toMatch(/subgraph \w+\["\d/);
  });

  it('puts the title above the phase\'s first step and its "or" circles with invisible links, and never links to it', () => {
    expect(phone).toContain('  p_before_title ~~~ s_permit\n');
    expect(phone).toContain('  p_arrive_title ~~~ s_bank\n'); // the first in the order of the phase's steps (cpr needs bank)
    expect(phone).toContain('  p_arrive_title ~~~ or_1\n');
    expect(phone).not.toMatch(/(-->|---) p_\w+_title\b|p_\w+_title (-->|---)/);
    expect(phone).not.toMatch(/click p_\w+_title/);
    // Still one column per phase.
    expect(phone).toContain('  s_permit ~~~ s_home\n');
  });

  it("styles a title box as plain text and places the phone column with ELK's SIMPLE strategy", () => {
    expect(phone).toContain('  class p_before_title,p_arrive_title phaseTitle\n');
    expect(phone).toMatch(/\n {2}classDef phaseTitle fill:none,stroke:none\n/);
    expect(phone).toContain(`    nodePlacementStrategy: ${JOURNEY_LAYOUTS.phone.elkPlacement}\n`);
    expect(JOURNEY_LAYOUTS.phone.elkPlacement).toBe('SIMPLE');
  });

  it("keeps the subgraph's own title in the wide and print drawings", () => {
    for (const layout of ['wide', 'print'] as const) {
      const text = journeyToMermaid(journey, phases, { layout });
      expect(text).toContain('  subgraph p_before["1. Before moving"]\n');
      expect(text).not.toContain('_title');
    }
  });
});
