/** Schema for a glossary term: one YAML file in `glossary/`. */
import { z } from 'zod';
import { httpsUrl, isoDate, slug, sourceSchema, text } from './common.ts';

export const termSchema = z.strictObject({
  rank: z.number().int().min(1).max(25),
  danish: text,
  danishVariants: z.array(text).default([]),
  english: text,
  /** Other English renderings that are acceptable (for example an authority's older name). */
  variants: z.array(text).default([]),
  /** English renderings nobody should use. The terminology check fails when content uses one. */
  avoid: z.array(text).default([]),
  definition: text.refine((s) => s.split(/\s+/).length <= 70, { message: 'must be at most about 60 words' }),
  /** Optional history, for example "formerly NemID". Avoided variants may appear here. */
  historyNote: text.optional(),
  authority: slug,
  url: httpsUrl,
  related: z.array(slug).default([]),
  /** The official pages that support the definition. */
  sources: z.array(sourceSchema).default([]),
  lastReviewed: isoDate,
});
export type TermData = z.infer<typeof termSchema>;
