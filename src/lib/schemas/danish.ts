/**
 * Schemas for the Danish edition (`da/`): translations of the professionals' chapters, the tips, the glossary
 * definitions, the journey and the task titles, plus the fixed texts of the Danish pages. Each translation says which
 * version of the English it translates (`translates`: the English text's fingerprint), so an English change shows the
 * Danish as out of date.
 */
import { z } from 'zod';
import { text } from './common.ts';

export const fingerprint = z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character fingerprint that npm run translations prints')
  .describe('The fingerprint of the English text this translates. `npm run translations -- --stamp <file>` sets it once the Danish is up to date.');

export const daChapterSchema = z.strictObject({
  title: text.describe('The chapter title in Danish.'),
  summary: text.describe('One line about the chapter, in Danish.'),
  translates: fingerprint.optional(),
});
export const daTipSchema = z.strictObject({
  title: text.describe('The tip in Danish, as a short instruction.'),
  summary: text.describe('One line about the tip, in Danish.'),
  do: text.describe('The "do" example in Danish.'),
  dont: text.describe('The "don\'t" example in Danish.'),
  translates: fingerprint.optional(),
});
export const daTermSchema = z.strictObject({
  definition: text.describe('The definition of the term, in Danish.'),
  translates: fingerprint.optional(),
});
export const daJourneySchema = z.strictObject({
  title: text.describe('The journey\'s title in Danish.'),
  description: text.describe('The journey\'s description in Danish.'),
  steps: z.record(z.string(), text).describe('Each step\'s label in Danish, by the step\'s id in journey/steps.yaml.'),
  translates: fingerprint.optional(),
});
/** Task titles in Danish, by task file name; `translates` covers all of them together. */
export const daTasksSchema = z.object({ translates: fingerprint.optional() }).catchall(text)
  .describe('One line per task: `<file name without .md>: <Danish title>`.');

/** The words the Danish pages need, by key. */
export const DA_LABELS = ['danish', 'english', 'meaning', 'avoid', 'responsible', 'deadline', 'selfServiceInEnglish', 'task', 'contents', 'edition',
  'publishedBy', 'reuse', 'do', 'dont', 'languageSwitch', 'readInDanish'] as const;

export const daGuideSchema = z.strictObject({
  title: text.describe('The title of the Danish best-practice guide.'),
  subtitle: text.describe('One line under the title: who the guide is for.'),
  chapters: z.strictObject({
    introduction: text.describe('Heading of the introduction.'),
    challenges: text.describe('Heading of the chapter on the citizens\' challenges and needs.'),
    journey: text.describe('Heading of the chapter on the ideal journey.'),
    glossary: text.describe('Heading of the Top-25 glossary (also the Danish glossary page\'s title).'),
    tips: text.describe('Heading of the six tips (also the Danish tips page\'s title).'),
    tasksAppendix: text.describe('Heading of the appendix with the tasks.'),
    selfServiceAppendix: text.describe('Heading of the appendix with the self-service map.'),
  }).describe('The chapter headings.'),
  intros: z.strictObject({
    glossary: text.describe('The first paragraph of the glossary.'),
    tasksAppendix: text.describe('The first paragraph of the tasks appendix.'),
    selfServiceAppendix: text.describe('The first paragraph of the self-service appendix.'),
  }).describe('The first paragraph of these chapters.'),
  labels: z.strictObject(Object.fromEntries(DA_LABELS.map((k) => [k, text.describe(`The word or phrase for "${k}".`)])) as Record<(typeof DA_LABELS)[number], typeof text>)
    .describe(`Words used in tables, headings and links: ${DA_LABELS.join(', ')}.`),
});
export type DaGuide = z.infer<typeof daGuideSchema>;
export type DaChapterData = z.infer<typeof daChapterSchema>;
export type DaTipData = z.infer<typeof daTipSchema>;
