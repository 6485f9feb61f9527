import { describe, expect, it } from 'vitest';
import { buildJourney, findCycle, journeyForSituation, stepList, type Journey } from '../../src/lib/journey/model.ts';
import {
  JOURNEY_LAYOUTS,
  journeyToMermaid,
  junctions,
  layerRows,
  phaseOrder,
} from '../../src/lib/journey/to-mermaid.ts';

const phases = [
  { id: 'before', name: 'Before moving', summary: 's' },
  { id: 'arrive', name: 'When you arrive', summary: 's' },
];
const step = (
  id: string,
  phase: string,
  dependsOn: Journey['steps'][number]['dependsOn'] = [],
  situations = ['eu', 'non-eu'],
) => ({
  id,
  label: id.toUpperCase(),
  phase,
  task: id,
  dependsOn,
  optional: false,
  key: false,
  situations,
  taskTitle: `Task ${id}`,
  taskUrl: `/tasks/${id}/`,
});
const three: Journey = {
  title: 'Mini journey',
  description: 'Three steps.',
  steps: [
    step('permit', 'before', [], ['non-eu']),
    step('certificate', 'before', [], ['eu']),
    step('cpr', 'arrive', [{ anyOf: ['permit', 'certificate'] }]),
  ],
};

describe('journeyToMermaid', () => {
  it('writes the ELK layout settings, one subgraph per phase, one "or" junction, click links and the text alternative', () => {
    expect(journeyToMermaid(three, phases)).toBe(`---
config:
  layout: elk
  themeVariables:
    fontSize: 20px
  flowchart:
    curve: linear
    wrappingWidth: 150
  elk:
    mergeEdges: true
    lineHops: false
---
flowchart LR
  accTitle: Mini journey
  accDescr: A diagram of 3 steps in 2 phases, from “Before moving” to “When you arrive”. Arrows point from a step to the steps that come after it; where several arrows meet in a circle marked “or”, one of those steps is enough. The step-by-step list gives the same steps in order, with links.
  subgraph p_before["1. Before moving"]
    s_permit["PERMIT"]
    s_certificate["CERTIFICATE"]
    or_1(("or"))
  end
  subgraph p_arrive["2. When you arrive"]
    s_cpr["CPR"]
  end
  s_permit --- or_1
  s_certificate --- or_1
  or_1 --> s_cpr
  p_before ~~~ p_arrive
  click s_permit href "/tasks/permit/"
  click s_certificate href "/tasks/certificate/"
  click s_cpr href "/tasks/cpr/"
  classDef key fill:#002e5c,stroke:#002e5c,color:#ffffff,stroke-width:2px
  classDef optional stroke-dasharray:4 3
  classDef junction fill:#ffffff,stroke:#1a1a1a,stroke-width:2px
  class or_1 junction
`);
  });

  it('draws one junction per set of alternatives, shared by every step that needs one of them', () => {
    const j: Journey = {
      ...three,
      steps: [
        ...three.steps,
        step('renew', 'arrive', [{ anyOf: ['certificate', 'permit'] }]),
        step('other', 'arrive', [{ anyOf: ['permit', 'cpr'] }]),
      ],
    };
    expect(junctions(j)).toEqual([
      { id: 'or_1', alternatives: ['permit', 'certificate'], targets: ['cpr', 'renew'], phase: 'before' },
      // Alternatives from two phases: the junction stands in the phase of the step it leads to.
      { id: 'or_2', alternatives: ['permit', 'cpr'], targets: ['other'], phase: 'arrive' },
    ]);
    const text = journeyToMermaid(j, phases);
    expect(text.match(/\(\("or"\)\)/g)).toHaveLength(2);
    expect(text).not.toMatch(/-\. or \.->/);
  });

  it('draws the print layout top to bottom without links, and the phone layout as one column per phase', () => {
    const print = journeyToMermaid(three, phases, { layout: 'print' });
    expect(print).toMatch(/\nflowchart TB\n/);
    expect(print).toContain(`fontSize: ${JOURNEY_LAYOUTS.print.fontSize}px`);
    expect(JOURNEY_LAYOUTS.print.fontSize).toBeGreaterThan(JOURNEY_LAYOUTS.wide.fontSize);
    expect(print).toContain('preset: modelOrder');
    expect(print).toContain('nodePlacementStrategy: SIMPLE');
    expect(print).not.toContain('click ');
    const phone = journeyToMermaid(three, phases, { layout: 'phone' });
    expect(phone).toMatch(/\nflowchart TB\n/);
    expect(phone).toContain('  s_permit ~~~ s_certificate\n');
    expect(phone).toContain('click s_cpr href "/tasks/cpr/"');
  });

  it('caps every row of a phase in print, not only the first: a fifth step that follows the same step wraps', () => {
    const row = ['a', 'b', 'c', 'd', 'e'].map((id) => step(id, 'before', ['root']));
    const j = { ...three, steps: [step('root', 'before'), ...row] };
    expect(layerRows(j, phases)).toEqual([['root'], ['a', 'b', 'c', 'd', 'e']]);
    expect(journeyToMermaid(j, phases, { layout: 'print' })).toContain('  s_a ~~~ s_e\n');
  });

  it('orders the steps of a phase so that none comes before a step it depends on', () => {
    const steps = [step('b', 'before', ['a']), step('a', 'before'), step('c', 'before')];
    expect(phaseOrder(steps).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('filters by situation and drops dependencies on removed steps', () => {
    const eu = journeyForSituation(three, 'eu');
    expect(eu.steps.map((s) => s.id)).toEqual(['certificate', 'cpr']);
    expect(eu.steps[1]!.dependsOn).toEqual(['certificate']);
    const text = journeyToMermaid(eu, phases);
    expect(text).toContain('s_certificate --> s_cpr');
    expect(text).not.toContain('s_permit');
  });
});

describe('journey checks', () => {
  it('finds a cycle and names its steps', () => {
    expect(
      findCycle([
        { id: 'a', dependsOn: ['c'] },
        { id: 'b', dependsOn: ['a'] },
        { id: 'c', dependsOn: [{ anyOf: ['b', 'x'] }] },
      ]),
    ).toEqual(['a', 'c', 'b', 'a']);
    expect(
      findCycle([
        { id: 'a', dependsOn: [] },
        { id: 'b', dependsOn: ['a'] },
      ]),
    ).toBeUndefined();
  });

  it('reports a missing task, a missing step, a cycle, and warns about tasks left out', () => {
    const tasks = [
      { slug: 'a', title: 'A', url: '/tasks/a/', situations: ['eu'], phase: 'before' },
      { slug: 'lonely', title: 'L', url: '/tasks/lonely/', situations: ['eu'], phase: 'before' },
    ];
    const file = {
      title: 't',
      description: 'd',
      steps: [
        { id: 'a', label: 'A', phase: 'before', task: 'a', dependsOn: ['b'], optional: false, key: false },
        {
          id: 'b',
          label: 'B',
          phase: 'before',
          task: 'ghost',
          dependsOn: ['a', 'nowhere'],
          optional: false,
          key: false,
        },
      ],
    };
    const { issues, journey } = buildJourney(file, tasks, phases, ['eu'], (f) => f.length);
    expect(issues.map((i) => `${i.severity}: ${i.message}`)).toEqual([
      'error: step "b" points to task "ghost", which does not exist',
      'error: step "b" depends on "nowhere", which is not a step',
      'error: the steps depend on each other in a circle: a → b → a',
      'warning: 1 guide task(s) are not in the journey: lonely',
    ]);
    expect(journey.steps[0]!.situations).toEqual(['eu']); // inherited from the task
  });

  it('numbers the step list per phase and joins alternatives with "or"', () => {
    const list = stepList(three, phases);
    expect(list.map((p) => p.items.map((i) => [i.number, i.steps.map((s) => s.id), i.joiner]))).toEqual([
      [[1, ['permit', 'certificate'], 'or']],
      [[2, ['cpr'], undefined]],
    ]);
  });
});

import { nextTaskSlugs } from '../../src/lib/journey/model.ts';
describe('nextTaskSlugs', () => {
  it('lists the tasks whose steps depend on this task, including through "or"', () => {
    expect(nextTaskSlugs(three, 'permit')).toEqual(['cpr']);
    expect(nextTaskSlugs(three, 'cpr')).toEqual([]);
  });
});

describe('Mermaid escaping', () => {
  it('keeps a label on one line and inside its quotes', async () => {
    const { label, oneLine } = await import('../../src/lib/journey/to-mermaid.ts');
    const evil = 'Get MitID"]\n  click s_x href "https://evil.example"\n%%{init: {}}%%<script>';
    const out = label(evil);
    expect(out).not.toMatch(/[\n\r"<>]/);
    expect(out).not.toContain('%%');
    expect(oneLine('a\nclick x href "y"\u2028b')).toBe('a click x href "y" b');
  });
});
