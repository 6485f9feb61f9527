/**
 * Astro content collections for the Markdown in guide/. The schemas live in src/lib/schemas and are the same ones
 * the pre-build validator (src/lib/validate.ts) uses, so the site never sees data the validator has not accepted.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { taskSchema } from './lib/schemas/task.ts';
import { chapterSchema, tipSchema } from './lib/schemas/tip.ts';
import { sitePageSchema } from './lib/schemas/site-page.ts';
import { daChapterSchema, daTipSchema } from './lib/schemas/danish.ts';
import { contentRoot } from './lib/context.ts';

const root = contentRoot();
const slugId = ({ entry }: { entry: string }) =>
  entry
    .split('/')
    .pop()!
    .replace(/\.mdx?$/, '');

export const collections = {
  tasks: defineCollection({
    loader: glob({
      base: `${root}/guide`,
      pattern: ['*/*.{md,mdx}', '!tips/**', '!professionals/**', '!pages/**'],
      generateId: slugId,
    }),
    schema: taskSchema,
  }),
  tips: defineCollection({
    loader: glob({ base: `${root}/guide/tips`, pattern: '*.{md,mdx}', generateId: slugId }),
    schema: tipSchema,
  }),
  pages: defineCollection({
    loader: glob({ base: `${root}/guide/pages`, pattern: '*.{md,mdx}', generateId: slugId }),
    schema: sitePageSchema,
  }),
  daChapters: defineCollection({
    loader: glob({ base: `${root}/da/professionals`, pattern: '*.{md,mdx}', generateId: slugId }),
    schema: daChapterSchema,
  }),
  daTips: defineCollection({
    loader: glob({ base: `${root}/da/tips`, pattern: '*.{md,mdx}', generateId: slugId }),
    schema: daTipSchema,
  }),
  chapters: defineCollection({
    loader: glob({ base: `${root}/guide/professionals`, pattern: '*.{md,mdx}', generateId: slugId }),
    schema: chapterSchema,
  }),
};
