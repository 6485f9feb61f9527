/** Every Mermaid diagram the build needs: the journey diagrams and the ```mermaid blocks in guide pages. */
import type { Model } from './model.ts';
import type { DiagramSource } from './mermaid/render.ts';
import { mermaidBlocks } from './mermaid/blocks.ts';

export function collectDiagrams(model: Model): DiagramSource[] {
  return [...model.tasks, ...model.tips, ...model.chapters].flatMap((e) => mermaidBlocks(e.file, e.body, e.bodyLine));
}
