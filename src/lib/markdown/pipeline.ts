/**
 * The one Markdown pipeline: which syntax a page body may use and how it becomes the page's tree. Astro's build
 * (astro.config.mjs), the form editor's preview (render-preview.ts) and the content checks (body-tree.ts) all take
 * their plugins from here, so the three can never read the same Markdown differently.
 *
 *   syntax:   GFM (tables, autolinks, strikethrough) and directives (`:deadline`, `:fee`, `:deadline[task]`);
 *   facts:    the directives become the task fields they name (remark-facts);
 *   safety:   the rendered tree is sanitised with the content allow-list, before anything of the site's own is added;
 *   the site: diagrams from the Mermaid cache, heading ids scoped per tip, the first use of a glossary term linked.
 */
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import rehypeSanitize from 'rehype-sanitize';
import { contentSanitizeSchema } from './sanitize-schema.ts';
import { remarkFacts } from './remark-facts.ts';
import type { FactValues } from '../facts.ts';

/** The Markdown a page body is written in, with its fact directives filled from `tasks` (every task's facts by slug). */
export function remarkPlugins(tasks: Record<string, FactValues>) {
  return [remarkGfm, remarkDirective, [remarkFacts, { tasks }]] as [
    typeof remarkGfm,
    typeof remarkDirective,
    [typeof remarkFacts, { tasks: Record<string, FactValues> }],
  ];
}

/** The sanitiser, first of the rehype plugins: what content may contain, before the site adds its own markup. */
export const sanitizePlugins = [[rehypeSanitize, contentSanitizeSchema]] as [
  [typeof rehypeSanitize, typeof contentSanitizeSchema],
];

/** Options for remark-rehype when raw HTML in the body is parsed afterwards (rehype-raw), as the site does. */
export const REHYPE_OPTIONS = { allowDangerousHtml: true } as const;
