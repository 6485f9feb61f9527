/** Schema for one self-service solution in the map: `journey/self-service/<slug>.yaml`. */
import { z } from 'zod';
import { httpsUrl, isoDate, slug, text } from './common.ts';

/** The official page that shows whether a solution is in English, with a short quote and the date it was read. */
export const englishEvidenceSchema = z.strictObject({ url: httpsUrl, quote: text, checked: isoDate });
import { englishAvailability } from './task.ts';

export const selfServiceSchema = z.strictObject({
  nameDa: text,
  nameEn: text,
  authority: slug,
  /** The Danish self-service (or the page that leads to it). */
  urlDa: httpsUrl,
  /** `false` says openly that urlDa is a front page (no deeper page is known yet). */
  specific: z.boolean().default(true),
  /** The English version or English guidance, if one exists. */
  urlEn: httpsUrl.optional(),
  /** Never guess: use `unknown` until someone has verified it. */
  english: englishAvailability,
  /** Required unless english is `unknown`. */
  englishEvidence: englishEvidenceSchema.optional(),
  login: z.enum(['mitid', 'mitid-or-password', 'none', 'eu-eid', 'unknown']),
  needsCpr: z.union([z.boolean(), z.literal('unknown')]),
  /** The guide tasks that use this solution (file names in guide/). */
  tasks: z.array(slug).min(1, 'must name at least one guide task'),
  /** Solutions that differ by municipality (childcare, school) say so. */
  variesByMunicipality: z.boolean().default(false),
  note: text.optional(),
  lastVerified: isoDate,
});
export type SelfServiceData = z.infer<typeof selfServiceSchema>;
