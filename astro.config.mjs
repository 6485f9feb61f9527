// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, sanitizePlugins } from './src/lib/markdown/pipeline.ts';
import { rehypeGlossaryLinks } from './src/lib/glossary/link-terms.ts';
import { rehypeMermaidFromCache } from './src/lib/mermaid/rehype-mermaid-cache.ts';
import { rehypeScopedHeadingIds } from './src/lib/markdown/scoped-heading-ids.ts';
import { DANISH_FOLDER, loadContent } from './src/lib/content/load.ts';
import { join } from 'node:path';
import { contentRoot } from './src/lib/paths.ts';
import { siteUrl } from './src/lib/site.ts';

// The glossary feeds the "link the first use of a term" plugin. Validation has already run (scripts/build.ts).
const content = loadContent(contentRoot());
const terms = content.terms.map((t) => ({ slug: t.slug, ...t.data }));
// Terms in Danish texts link to the Danish glossary, when it is built (every term has its Danish definition).
const danishTerms = new Set(content.danish?.terms.map((d) => d.slug) ?? []);
const danishGlossary = Boolean(content.danish) && content.terms.every((t) => danishTerms.has(t.slug));
const danishLinks = danishGlossary
  ? { folder: join(contentRoot(), DANISH_FOLDER), hrefFor: (/** @type {string} */ slug) => `/da/glossary/#${slug}` }
  : undefined;
// Facts said once: `:deadline[task]` in any page renders that task's field.
const facts = Object.fromEntries(content.tasks.map((t) => [t.slug, { deadline: t.data.deadline, fee: t.data.fee }]));

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // One cache (and content data store) per content tree, so builds of different trees can run side by side (tests do).
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // Never inline a script: the CSP allows only scripts from files (the checklist script would be small enough to inline).
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
    processor: unified({
      // The one pipeline (src/lib/markdown/pipeline.ts): the preview and the content checks read Markdown the same way.
      remarkPlugins: remarkPlugins(facts),
      // Sanitise first: the rendered tree of the content, before the site's own plugins add diagrams and term links.
      rehypePlugins: [
        ...sanitizePlugins,
        rehypeMermaidFromCache,
        [rehypeScopedHeadingIds, { folders: ['tips'] }],
        [rehypeGlossaryLinks, { terms, danish: danishLinks }],
      ],
    }),
  },
});
