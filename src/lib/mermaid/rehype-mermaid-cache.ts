/**
 * Replaces ```mermaid code blocks with the inline SVG that scripts/build.ts rendered beforehand in Chromium
 * (see render.ts). The page therefore ships no Mermaid JavaScript.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { readCachedSvg } from './cache.ts';

function isMermaidBlock(node: Element): boolean {
  if (node.tagName !== 'pre') return false;
  const lang = node.properties?.dataLanguage;
  if (lang === 'mermaid') return true;
  const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  const cls = code?.properties?.className;
  return Array.isArray(cls) && cls.includes('language-mermaid');
}

export function rehypeMermaidFromCache() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      node.children.forEach((child, i) => {
        if (child.type !== 'element') return;
        if (isMermaidBlock(child)) {
          const source = toString(child).trim();
          const svg = readCachedSvg(source);
          if (!svg)
            throw new Error(
              `Mermaid diagram has not been rendered yet. Run "npm run build" (or "npm run dev"), which renders diagrams first.\n${source.slice(0, 200)}`,
            );
          const figure: Element = {
            type: 'element',
            tagName: 'figure',
            properties: { className: ['diagram'] },
            children: fromHtml(svg, { fragment: true, space: 'svg' }).children as Element[],
          };
          node.children[i] = figure;
        } else visit(child);
      });
    };
    visit(tree);
  };
}
