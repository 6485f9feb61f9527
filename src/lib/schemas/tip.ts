/** Schemas for professionals' content: the six tips (`guide/tips/`) and the chapters (`guide/professionals/`). */
import { z } from 'zod';
import { isoDate, slug, text } from './common.ts';

export const tipSchema = z.strictObject({
  title: text.describe('The tip, as a short instruction.'),
  order: z.number().int().min(1).describe('Its position (1 to 6).'),
  summary: text.describe('One line about the tip.'),
  do: text.describe('An example of what to do.'),
  dont: text.describe('An example of what not to do.'),
  authority: slug.describe('The responsible authority: an id from journey/authorities.yaml.'),
  lastReviewed: isoDate.describe('The date the tip was last checked (YYYY-MM-DD).'),
});
export type TipData = z.infer<typeof tipSchema>;

export const chapterSchema = z.strictObject({
  title: text.describe('The chapter title.'),
  order: z.number().int().min(1).describe('Its position among the chapters (1 is first).'),
  summary: text.describe('One line about the chapter.'),
  authority: slug.describe('The responsible authority: an id from journey/authorities.yaml.'),
  lastReviewed: isoDate.describe('The date the chapter was last checked (YYYY-MM-DD).'),
});
export type ChapterData = z.infer<typeof chapterSchema>;
