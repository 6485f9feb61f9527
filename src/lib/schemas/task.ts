/** Schema for a guide task: the front matter of one file in `guide/<phase>/`. */
import { z } from 'zod';
import { httpsUrl, isoDate, legalActSchema, slug, sourceSchema, text } from './common.ts';

export const englishAvailability = z.enum(['full', 'english-guidance-only', 'danish-only', 'unknown']);
export type EnglishAvailability = z.infer<typeof englishAvailability>;

export const linkSchema = z.strictObject({ label: text, url: httpsUrl });

/** The one official link of a task. `specific: false` says openly that it is a front page (no deeper page is known yet). */
export const officialLinkSchema = z.strictObject({ label: text, url: httpsUrl, specific: z.boolean().default(true) });

/** A prerequisite is a task slug, or `{ anyOf: [...] }` when one of several tasks is enough. */
export const prerequisiteSchema = z.union([slug, z.strictObject({ anyOf: z.array(slug).min(2) })]);
export type Prerequisite = z.infer<typeof prerequisiteSchema>;

export const helpSchema = z.strictObject({
  kind: z.enum(['in-person', 'phone', 'online']),
  label: text,
  url: httpsUrl.optional(),
  /** An authority or ICS centre from journey/authorities.yaml: the page shows its phone and contact page. */
  authority: slug.optional(),
});

export const taskSchema = z.strictObject({
  title: text,
  /** One line shown on the home page and in lists. */
  summary: text.max(200, 'must be one line (at most 200 characters)'),
  /** Position within the phase: lower numbers come first. */
  order: z.number().int().min(0),
  authority: slug,
  situations: z.array(slug).min(1, 'must name at least one situation'),
  /** The deadline, written once, lower-case first so it reads inline ("within 5 days of …"). Body text says `:deadline`. */
  deadline: text.optional(),
  /** A fee, only when an official source gives it. Body text says `:fee`. */
  fee: text.optional(),
  prerequisites: z.array(prerequisiteSchema).default([]),
  /** What the citizen must do, as short steps. */
  youDo: z.array(text).min(1),
  /** What happens automatically, so the citizen does not resubmit it (once-only). */
  automatic: z.array(text).default([]),
  /** What you get as a receipt or confirmation. */
  confirmation: text.optional(),
  officialLink: officialLinkSchema,
  /** The id (file name) of the solution in journey/self-service/; its English badge comes from there. */
  selfService: slug.optional(),
  /** The official pages that support the deadline, fee, rules and numbers on the page. */
  sources: z.array(sourceSchema).default([]),
  /** Laws that an official page names as the basis (EU Single Digital Gateway, Art. 9). */
  legalBasis: z.array(legalActSchema).default([]),
  help: z.array(helpSchema).min(1, 'must say where to get help'),
  lastReviewed: isoDate,
  /** Optional tasks say so on the page. */
  optional: z.boolean().default(false),
});
export type TaskData = z.infer<typeof taskSchema>;
