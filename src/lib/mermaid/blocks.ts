/**
 * Finds ```mermaid code blocks in a Markdown body, with the file line where each starts: read from the Markdown
 * syntax tree, so a fence with an info string ("mermaid title=x") or inside a blockquote or list is found too.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { visit } from 'unist-util-visit';
import type { Code } from 'mdast';
import type { DiagramSource } from './render.ts';

export function mermaidBlocks(file: string, body: string, bodyLine: number): DiagramSource[] {
  const out: DiagramSource[] = [];
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  visit(tree, 'code', (node: Code) => {
    if (node.lang?.toLowerCase() !== 'mermaid') return;
    out.push({ source: node.value, origin: `${file}:${bodyLine + (node.position?.start.line ?? 1) - 1}` });
  });
  return out;
}
