/** Every Mermaid diagram the build needs: the journey (whole, and per situation) and the ```mermaid blocks in guide pages. */
import type { Model } from './model.ts';
import type { DiagramSource } from './mermaid/render.ts';
import { mermaidBlocks } from './mermaid/blocks.ts';
import { journeyForSituation } from './journey/model.ts';
import { journeyToMermaid } from './journey/to-mermaid.ts';

/** The journey diagrams: `all` plus one per situation id. */
export function journeyDiagrams(model: Model): { key: string; title: string; source: string }[] {
  const j = model.journey;
  return [
    { key: 'all', title: j.title, source: journeyToMermaid(j, model.phases) },
    ...model.situations.map((s) => {
      const title = `${j.title}: ${s.name}`;
      return { key: s.id, title, source: journeyToMermaid(journeyForSituation(j, s.id), model.phases, { title }) };
    }),
  ];
}

export function collectDiagrams(model: Model): DiagramSource[] {
  return [
    ...(model.journey.steps.length ? journeyDiagrams(model).map((d) => ({ source: d.source, origin: `journey/steps.yaml (${d.key})` })) : []),
    ...[...model.tasks, ...model.tips, ...model.chapters].flatMap((e) => mermaidBlocks(e.file, e.body, e.bodyLine)),
  ];
}
