import { describe, expect, it } from 'vitest';
import { buildJourney, findCycle, journeyForSituation, stepList, type Journey } from '../../src/lib/journey/model.ts';
import { journeyToMermaid } from '../../src/lib/journey/to-mermaid.ts';

const phases = [{ id: 'before', name: 'Before moving', summary: 's' }, { id: 'arrive', name: 'When you arrive', summary: 's' }];
const step = (id: string, phase: string, dependsOn: Journey['steps'][number]['dependsOn'] = [], situations = ['eu', 'non-eu']) => ({
  id, label: id.toUpperCase(), phase, task: id, dependsOn, optional: false, key: false, situations, taskTitle: `Task ${id}`, taskUrl: `/tasks/${id}/`,
});
const three: Journey = {
  title: 'Mini journey', description: 'Three steps.',
  steps: [step('permit', 'before', [], ['non-eu']), step('certificate', 'before', [], ['eu']), step('cpr', 'arrive', [{ anyOf: ['permit', 'certificate'] }])],
};

describe('journeyToMermaid', () => {
  it('writes one subgraph per phase, "or" edges, click links and accessibility text', () => {
    expect(journeyToMermaid(three, phases)).toBe(`flowchart LR
  accTitle: Mini journey
  accDescr: Three steps.
  subgraph p_before["1. Before moving"]
    direction TB
    s_permit["PERMIT"]
    s_certificate["CERTIFICATE"]
  end
  subgraph p_arrive["2. When you arrive"]
    direction TB
    s_cpr["CPR"]
  end
  s_permit -. or .-> s_cpr
  s_certificate -. or .-> s_cpr
  click s_permit href "/tasks/permit/" "Task permit"
  click s_certificate href "/tasks/certificate/" "Task certificate"
  click s_cpr href "/tasks/cpr/" "Task cpr"
  classDef key fill:#002e5c,stroke:#002e5c,color:#ffffff,stroke-width:2px
  classDef optional stroke-dasharray:4 3
`);
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
    expect(findCycle([{ id: 'a', dependsOn: ['c'] }, { id: 'b', dependsOn: ['a'] }, { id: 'c', dependsOn: [{ anyOf: ['b', 'x'] }] }])).toEqual(['a', 'c', 'b', 'a']);
    expect(findCycle([{ id: 'a', dependsOn: [] }, { id: 'b', dependsOn: ['a'] }])).toBeUndefined();
  });

  it('reports a missing task, a missing step, a cycle, and warns about tasks left out', () => {
    const tasks = [{ slug: 'a', title: 'A', url: '/tasks/a/', situations: ['eu'], phase: 'before' }, { slug: 'lonely', title: 'L', url: '/tasks/lonely/', situations: ['eu'], phase: 'before' }];
    const file = {
      title: 't', description: 'd',
      steps: [
        { id: 'a', label: 'A', phase: 'before', task: 'a', dependsOn: ['b'], optional: false, key: false },
        { id: 'b', label: 'B', phase: 'before', task: 'ghost', dependsOn: ['a', 'nowhere'], optional: false, key: false },
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
