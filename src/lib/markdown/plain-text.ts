/** The readable text of a Markdown body (parsed, not pattern-matched): paragraphs, list items and headings, one per line. */
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import { parseWithDirectives } from '../facts.ts';

export function plainText(markdown: string): string {
  const tree = parseWithDirectives(markdown);
  const lines: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'code' || node.type === 'html' || node.type === 'textDirective' || node.type === 'leafDirective')
      return;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      lines.push(toString(node, { includeHtml: false }));
      return;
    }
    if ('children' in node) for (const c of node.children as Nodes[]) walk(c);
  };
  walk(tree);
  return lines.join('\n');
}
