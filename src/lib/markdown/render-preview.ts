/**
 * A page body rendered as the site renders it, for the form editor's preview: the same Markdown extensions (GFM,
 * directives), the fact directives filled in from the form's own deadline and fee and from the other tasks, the
 * same sanitiser and allow-list, and the glossary links. Diagrams stay as their source here (the site draws them at
 * build time). Pure: the caller gives the facts and the terms.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';

import { REHYPE_OPTIONS, remarkPlugins, sanitizePlugins } from './pipeline.ts';
import { rehypeGlossaryLinks, type LinkableTerm } from '../glossary/link-terms.ts';
import type { FactValues } from '../facts.ts';

export interface PreviewInput {
  /** The Markdown body as the form holds it now. */
  body: string;
  /** This task's own facts, from the form (so `:deadline` shows what the editor just typed). */
  own?: FactValues;
  /** Every task's facts, by slug, for `:deadline[task]`. */
  tasks: Record<string, FactValues>;
  terms: LinkableTerm[];
}

export function renderPreviewBody(input: PreviewInput): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlugins(input.tasks))
    .use(remarkRehype, REHYPE_OPTIONS)
    .use(rehypeRaw)
    .use(sanitizePlugins)
    .use(rehypeGlossaryLinks, { terms: input.terms });
  const own = input.own ?? {};
  // remark-facts reads the page's own facts where Astro puts the front matter.
  const file = new VFile({
    value: input.body,
    data: { astro: { frontmatter: { deadline: own.deadline, fee: own.fee } } },
  });
  const tree = processor.runSync(processor.parse(file), file);
  return toHtml(tree);
}
