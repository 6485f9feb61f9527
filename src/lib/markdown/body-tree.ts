/**
 * A page body as the reader gets it: Markdown parsed (GFM, directives), turned into HTML and raw HTML parsed, as
 * one tree (hast) with source positions. The content checks read this tree, never the source text, so entities,
 * line breaks inside tags, autolinks and raw HTML are seen exactly as a browser would see them.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { REHYPE_OPTIONS, remarkPlugins } from './pipeline.ts';
import { memoByText } from '../memo-by-text.ts';

// The site's Markdown (pipeline.ts), before the sanitiser: the checks report what it would remove. Fact directives
// become their text (as on the site); their values are checked by the model, not here.
const processor = unified().use(remarkParse).use(remarkPlugins({})).use(remarkRehype, REHYPE_OPTIONS).use(rehypeRaw);

/** The tree of a body, made once per text (see memo-by-text.ts): the checks only read it. */
export const bodyTree: (markdown: string) => Root = memoByText((markdown) =>
  processor.runSync(processor.parse(markdown)),
);

/** The attributes that hold a URL, by hast property name. */
export const URL_PROPERTIES = [
  'href',
  'src',
  'xLinkHref',
  'action',
  'formAction',
  'poster',
  'cite',
  'data',
  'background',
  'longDesc',
  'srcSet',
] as const;

export interface TreeLink {
  url: string;
  line?: number;
  element: string;
  property: string;
}

/** Every URL in the rendered body, with its source line (`bodyLine` is the file line where the body starts). */
export function linksInTree(tree: Root, bodyLine: number): TreeLink[] {
  const out: TreeLink[] = [];
  visit(tree, 'element', (el: Element) => {
    for (const property of URL_PROPERTIES) {
      const value = el.properties[property];
      if (value === undefined || value === null || typeof value === 'boolean') continue;
      const urls =
        property === 'srcSet'
          ? String(value)
              .split(',')
              .map((p) => p.trim().split(/\s+/)[0] ?? '')
          : [String(value)];
      const line = el.position ? bodyLine + el.position.start.line - 1 : undefined;
      for (const url of urls) out.push({ url: url.trim(), line, element: el.tagName, property });
    }
  });
  return out;
}
