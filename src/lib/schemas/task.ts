/** Schema for a guide task: the front matter of one file in `guide/<phase>/`. */
import { z } from 'zod';
import { httpsUrl, isoDate, slug, text } from './common.ts';

export const englishAvailability = z.enum(['full', 'english-guidance-only', 'danish-only', 'unknown']);
export type EnglishAvailability = z.infer<typeof englishAvailability>;

export const linkSchema = z.strictObject({ label: text, url: httpsUrl });

/** A prerequisite is a task slug, or `{ anyOf: [...] }` when one of several tasks is enough. */
export const prerequisiteSchema = z.union([slug, z.strictObject({ anyOf: z.array(slug).min(2) })]);
export type Prerequisite = z.infer<typeof prerequisiteSchema>;

export const helpSchema = z.strictObject({
  kind: z.enum(['in-person', 'phone', 'online']),
  label: text,
  url: httpsUrl.optional(),
});

export const taskSchema = z.strictObject({
  title: text,
  /** One line shown on the home page and in lists. */
  summary: text.max(200, 'must be one line (at most 200 characters)'),
  /** Position within the phase: lower numbers come first. */
  order: z.number().int().min(0),
  authority: slug,
  situations: z.array(slug).min(1, 'must name at least one situation'),
  deadline: text.optional(),
  prerequisites: z.array(prerequisiteSchema).default([]),
  /** What the citizen must do, as short steps. */
  youDo: z.array(text).min(1),
  /** What happens automatically, so the citizen does not resubmit it (once-only). */
  automatic: z.array(text).default([]),
  /** What you get as a receipt or confirmation. */
  confirmation: text.optional(),
  officialLink: linkSchema,
  selfService: z
    .strictObject({ label: text, url: httpsUrl, english: englishAvailability })
    .optional(),
  help: z.array(helpSchema).min(1, 'must say where to get help'),
  lastReviewed: isoDate,
  /** Optional tasks say so on the page. */
  optional: z.boolean().default(false),
});
export type TaskData = z.infer<typeof taskSchema>;
