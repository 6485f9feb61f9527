/** Schema for a glossary term: one YAML file in `glossary/`. */
import { z } from 'zod';
import { httpsUrl, isoDate, slug, sourceSchema, text } from './common.ts';

/**
 * A word or phrase the terminology check searches for in every text: at least two letters, so an entry such as "-"
 * or "" cannot match every line of the guide (one error here instead of one per line everywhere).
 */
const searchWord = text.refine((s) => (s.match(/\p{L}/gu) ?? []).length >= 2, {
  message: 'must be a word or phrase with at least two letters: the terminology check would find it on every line',
});

export const termSchema = z.strictObject({
  rank: z
    .number()
    .int()
    .min(1)
    .max(100)
    .describe('The position in the Top-25 (1 to 25, each used once; glossarySize in site.yaml).'),
  danish: text.describe('The Danish term.'),
  danishVariants: z.array(text).default([]).describe('Other Danish forms of the term.'),
  english: text.describe('The one English translation everybody should use.'),
  variants: z
    .array(text)
    .default([])
    .describe("Other English renderings that are acceptable (for example an authority's older name)."),
  avoid: z
    .array(searchWord)
    .default([])
    .describe('English renderings nobody should use. The terminology check fails when content uses one.'),
  danishAvoid: z
    .array(searchWord)
    .default([])
    .describe(
      'Danish words nobody should use for this term in Danish text, for example an old name. The terminology check fails when a text in da/ uses one.',
    ),
  definition: text
    .refine((s) => s.split(/\s+/).length <= 70, { message: 'must be at most about 60 words' })
    .describe('A plain-English definition, at most about 60 words.'),
  historyNote: text
    .optional()
    .describe('Optional history, for example "formerly NemID". Avoided variants may appear here.'),
  authority: slug.describe('The responsible authority: an id from journey/authorities.yaml.'),
  url: httpsUrl.describe('The most specific official page about the term.'),
  related: z.array(slug).default([]).describe('Other terms (file names in glossary/).'),
  sources: z
    .array(sourceSchema)
    .default([])
    .describe('The official pages that support the definition. At least one: a term without sources stops the build.'),
  lastReviewed: isoDate.describe('The date the term was last checked (YYYY-MM-DD).'),
});
export type TermData = z.infer<typeof termSchema>;
