/** Shared zod building blocks for every content schema: slugs, dates, https URLs. */
import { z } from 'zod';

/** A lower-case, hyphenated identifier such as `cpr-number`. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens, for example "cpr-number"');

/** A calendar date written as YYYY-MM-DD. YAML may already have parsed it into a Date. */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'must be a date written as YYYY-MM-DD, for example 2026-11-20' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD, for example 2026-11-20')
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      message: 'is not a real calendar date',
    }),
);

/** An absolute https URL. Plain http is refused: official sources are served over https. */
export const httpsUrl = z
  .string()
  .url('must be a full web address starting with https://')
  .refine((u) => u.startsWith('https://'), { message: 'must start with https:// (plain http is not allowed)' });

/** Non-empty, trimmed text. */
export const text = z.string().trim().min(1, 'must not be empty');

/** An official page that supports what a task, term or authority entry says, and when someone checked it. */
export const sourceSchema = z.strictObject({
  url: httpsUrl.describe('The official page (https, on an official domain).'),
  supports: text.describe('What the page supports, in one short line, for example "the 5-day deadline".'),
  checked: isoDate.describe('The date someone read the page and found it supports the claim (YYYY-MM-DD).'),
});
export type Source = z.infer<typeof sourceSchema>;

/** A law or regulation that an official page names as the basis of a rule. */
export const legalActSchema = z.strictObject({
  name: text.describe('The name of the law, as the official page gives it.'),
  url: httpsUrl.optional().describe('The law on an official site, only if you found it.'),
});
export type LegalAct = z.infer<typeof legalActSchema>;
