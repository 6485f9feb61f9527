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
    .refine(
      (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      {
        message: 'is not a real calendar date',
      },
    ),
);

/** An absolute https URL. Plain http is refused: official sources are served over https. */
export const httpsUrl = z
  .string()
  .url('must be a full web address starting with https://')
  .refine((u) => u.startsWith('https://'), { message: 'must start with https:// (plain http is not allowed)' })
  .refine((u) => /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/.test(u), {
    message:
      "has letters that must be encoded in a web address (such as æ, ø, å, a dash – or a space): copy the address from the browser's address bar, where æ becomes %C3%A6",
  });

/**
 * Non-empty, trimmed plain text on one line: titles, deadlines, labels, names, notes. Shown as typed, so markup and
 * invisible characters are refused, and a line break (which would show as a space) is reported, with the fix.
 */
export const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2028\u2029\uFEFF]/.test(s), {
    message:
      'contains an invisible control character (often pasted from a PDF or Word): retype the text, or paste it as plain text',
  })
  .refine((s) => !/<\/?[A-Za-z][^<>]*>/.test(s), {
    message: 'contains HTML markup (such as <b> or <br>), which readers would see as typed: write plain text',
  })
  .refine((s) => !/[\r\n]/.test(s), {
    message:
      'has a line break, which readers would see as a space: write it on one line (in YAML, keep it inside one pair of quotes)',
  });

/** An official page that supports what a task, term or authority entry says, and when someone checked it. */
export const sourceSchema = z.strictObject({
  url: httpsUrl.describe('The official page (https, on an official domain).'),
  supports: text.describe('What the page supports, in one short line, for example "the 5-day deadline".'),
  checked: isoDate.describe('The date someone read the page and found it supports the claim (YYYY-MM-DD).'),
  note: text
    .optional()
    .describe(
      'For editors only, never shown: how good the evidence is (an old stored copy, a second source that disagrees), what to re-check.',
    ),
  quote: text
    .max(600, 'is too long for a quote: copy the one or two sentences that support the claim, not the whole paragraph')
    .optional()
    .describe(
      'The words on the page that support the claim, copied exactly (a sentence or two, in the language of the page). Not shown on the pages (the API and the source check use it): it lets the next editor see what to re-check.',
    ),
});
export type Source = z.infer<typeof sourceSchema>;

/** A rule that applies from a date (a new threshold, fee or law): the page says the date, and the content check warns
 * when the date has come since the page was last reviewed, so the next edition re-checks it. */
export const ruleChangeSchema = z.strictObject({
  from: isoDate.describe('The date the rule applies from (YYYY-MM-DD), as the official source gives it.'),
  rule: text
    .max(300, 'must be one or two short sentences')
    .describe(
      'The rule in plain English, as the reader needs it ("Students in programmes that are not state-approved cannot work").',
    ),
  source: httpsUrl.describe('The official page that gives the date (also listed under sources).'),
});
export type RuleChange = z.infer<typeof ruleChangeSchema>;

/** A law or regulation that an official page names as the basis of a rule. */
export const legalActSchema = z.strictObject({
  name: text.describe('The name of the law, as the official page gives it.'),
  url: httpsUrl.optional().describe('The law on an official site, only if you found it.'),
});
export type LegalAct = z.infer<typeof legalActSchema>;
