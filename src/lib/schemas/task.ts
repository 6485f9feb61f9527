/** Schema for a guide task: the front matter of one file in `guide/<phase>/`. */
import { z } from 'zod';
import { httpsUrl, isoDate, legalActSchema, ruleChangeSchema, slug, sourceSchema, text } from './common.ts';
import { localService } from './local-help.ts';
import { LIFE_EVENT_IDS } from '../checklist/timeline.ts';
import { PEOPLE } from './checklist.ts';

/** One document to bring to the appointment a task needs, for the document pack of the household checklists. */
export const bringSchema = z.strictObject({
  what: text
    .max(120, 'must be the name of one document, at most 120 characters')
    .describe('The document, for example "Passport" or "Birth certificate".'),
  who: z
    .array(z.enum(PEOPLE))
    .min(1)
    .optional()
    .describe('Whose document: you, partner, children. Leave out when everyone the task is for brings their own.'),
  form: z
    .enum(['original', 'copy', 'original-and-copy'])
    .optional()
    .describe('Original, copy, or both, when the source says.'),
  note: text
    .max(200)
    .optional()
    .describe(
      'A rule the source gives: translation, legalisation, how recent it must be ("issued within the last 6 months").',
    ),
  source: httpsUrl.describe("The official page that says to bring it: one of the task's sources."),
});
export type BringItem = z.infer<typeof bringSchema>;

/** One dated rule of a task, for the personal timeline (src/lib/checklist/timeline.ts). */
export const dueRuleSchema = z
  .strictObject({
    from: z
      .union([z.enum(LIFE_EVENT_IDS), z.array(z.enum(LIFE_EVENT_IDS)).min(1)])
      .transform((v) => (Array.isArray(v) ? v : [v]))
      .describe(`The event the date counts from, or a list: then the latest of them (${LIFE_EVENT_IDS.join(', ')}).`),
    days: z.number().int().min(-3660).max(3660).optional().describe('Days after the event (negative: before it).'),
    months: z
      .number()
      .int()
      .min(-120)
      .max(120)
      .optional()
      .describe('Calendar months after the event (negative: before it).'),
    on: z
      .strictObject({
        month: z.number().int().min(1).max(12).describe('The month, 1 to 12.'),
        day: z.number().int().min(1).max(31).describe('The day of the month.'),
        yearsAfter: z.number().int().min(0).max(5).describe('0: the same year as the event; 1: the year after.'),
      })
      .refine((o) => o.day <= [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][o.month - 1]!, {
        message: 'that day is not in that month every year',
      })
      .optional()
      .describe('A fixed day instead: { month: 7, day: 1, yearsAfter: 1 } is 1 July of the year after the event.'),
    kind: z
      .enum(['deadline', 'opens', 'reminder'])
      .default('deadline')
      .describe(
        'deadline: the last day; opens: the first day you may do it; reminder: a day to remember it when the rule has no fixed day.',
      ),
  })
  .refine((r) => r.on === undefined || (r.days === undefined && r.months === undefined), {
    message: 'give either on or days/months, not both',
  });

export const englishAvailability = z.enum(['full', 'english-guidance-only', 'danish-only', 'unknown']);
export type EnglishAvailability = z.infer<typeof englishAvailability>;

/** The one official link of a task. `specific: false` says openly that it is a front page (no deeper page is known yet). */
export const officialLinkSchema = z.strictObject({
  label: text.describe('The words of the link, for example "Apply for a tax card (Life in Denmark)".'),
  url: httpsUrl.describe('The most specific official page for the action.'),
  specific: z
    .boolean()
    .default(true)
    .describe('Write `specific: false` only when the url is a front page because no deeper page is known.'),
});

/** A prerequisite is a task slug, or `{ anyOf: [...] }` when one of several tasks is enough. */
export const prerequisiteSchema = z.union([slug, z.strictObject({ anyOf: z.array(slug).min(2) })]);
export type Prerequisite = z.infer<typeof prerequisiteSchema>;

export const helpSchema = z.strictObject({
  kind: z.enum(['in-person', 'phone', 'online']).describe('How to get the help: in-person, phone or online.'),
  label: text.describe('The words shown for the link or the help.'),
  url: httpsUrl.optional().describe('An https address on an official domain.'),
  authority: slug
    .optional()
    .describe('An authority or ICS centre from journey/authorities.yaml: the page shows its phone and contact page.'),
});

export const taskSchema = z.strictObject({
  title: text.describe('The page title: what the citizen does, as a short sentence.'),
  summary: text
    .max(200, 'must be one line (at most 200 characters)')
    .describe('One line shown on the home page and in lists.'),
  order: z.number().int().min(0).describe('Position within the phase: lower numbers come first.'),
  authority: slug.describe('The one responsible authority: an id from journey/authorities.yaml.'),
  situations: z
    .array(slug)
    .min(1, 'must name at least one situation')
    .describe('Who the task applies to: ids from journey/situations.yaml.'),
  deadline: text
    .optional()
    .describe(
      'The deadline, written once, lower-case first so it reads inline ("within 5 days of …"). Body text says `:deadline`.',
    ),
  due: z
    .array(dueRuleSchema)
    .default([])
    .describe(
      'Dates for the personal timeline and calendar file of the household checklists: each rule counts from an event the reader gives a date for. Needs a deadline in words.',
    ),
  fee: text.optional().describe('A fee, only when an official source gives it. Body text says `:fee`.'),
  prerequisites: z
    .array(prerequisiteSchema)
    .default([])
    .describe('Tasks that must come first (file names); `{ anyOf: [a, b] }` when one of several is enough.'),
  youDo: z.array(text).min(1).describe('What the citizen must do, as short steps.'),
  automatic: z
    .array(text)
    .default([])
    .describe('What happens automatically, so the citizen does not resubmit it (once-only).'),
  confirmation: text.optional().describe('What you get as a receipt or confirmation.'),
  officialLink: officialLinkSchema.describe(
    'The one official page for this action: label, url, and `specific: false` only when the url is a front page.',
  ),
  bring: z
    .array(bringSchema)
    .default([])
    .describe(
      'The documents to bring to the appointment, each with its official source: the household checklist merges them per appointment.',
    ),
  visit: localService
    .optional()
    .describe(
      'For a task done in person: the local service it needs (for example cpr-registration). The page then links to "where to go in your municipality", which names the ICS centre when it offers that service there, or Citizen Service.',
    ),
  selfService: slug
    .optional()
    .describe('The id (file name) of the solution in journey/self-service/; its English badge comes from there.'),
  sources: z
    .array(sourceSchema)
    .default([])
    .describe(
      'The official pages that support the deadline, fee, rules and numbers on the page. At least one: a task without sources stops the build.',
    ),
  ruleChanges: z
    .array(ruleChangeSchema)
    .default([])
    .describe(
      'Rules on this page that apply from a date (a new threshold, fee or law, 2024 or later): the page shows each with its date, and check:content warns when a date has come since lastReviewed.',
    ),
  legalBasis: z
    .array(legalActSchema)
    .default([])
    .describe('Laws that an official page names as the basis (EU Single Digital Gateway, Art. 9).'),
  help: z
    .array(helpSchema)
    .min(1, 'must say where to get help')
    .describe('Where to get help: kind (in-person, phone, online), label, and optionally url and authority.'),
  lastReviewed: isoDate.describe(
    'The date the responsible authority last checked the page (YYYY-MM-DD, not in the future).',
  ),
  optional: z.boolean().default(false).describe('Optional tasks say so on the page.'),
  inJourney: z
    .boolean()
    .default(true)
    .describe(
      'Write `inJourney: false` for a task that is deliberately not a step of the ideal journey (journey/steps.yaml); the build then does not warn about it.',
    ),
});
export type TaskData = z.infer<typeof taskSchema>;
