/** Schemas for professionals' content: the six tips (`guide/tips/`) and the chapters (`guide/professionals/`). */
import { z } from 'zod';
import { isoDate, slug, text } from './common.ts';

export const tipSchema = z.strictObject({
  title: text,
  order: z.number().int().min(1),
  summary: text,
  do: text,
  dont: text,
  authority: slug,
  lastReviewed: isoDate,
});
export type TipData = z.infer<typeof tipSchema>;

export const chapterSchema = z.strictObject({
  title: text,
  order: z.number().int().min(1),
  summary: text,
  authority: slug,
  lastReviewed: isoDate,
});
export type ChapterData = z.infer<typeof chapterSchema>;
