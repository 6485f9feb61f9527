/**
 * Renders release notes (Markdown an editor may have polished, with values copied from content) to HTML through the
 * same sanitiser as every content page, so nothing in them can run code, style the page or redirect visitors.
 * The page has its own <h1>: the notes' title is dropped and their sections stay <h2>, so headings never skip a level.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { REHYPE_OPTIONS, sanitizePlugins } from '../markdown/pipeline.ts';

// The pipeline's sanitiser and raw-HTML handling; GFM without directives, since notes quote values such as "14:00".
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, REHYPE_OPTIONS)
  .use(rehypeRaw)
  .use(sanitizePlugins);

export async function notesToHtml(markdown: string): Promise<string> {
  const tree = await processor.run(processor.parse(markdown));
  const elements = tree.children.filter((c): c is Element => c.type === 'element');
  const title = elements.find((e) => e.tagName === 'h1');
  if (title) tree.children.splice(tree.children.indexOf(title), 1);
  for (const e of elements) if (e.tagName === 'h1') e.tagName = 'h2';
  return toHtml(tree);
}
