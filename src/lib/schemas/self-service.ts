/** Schema for one self-service solution in the map: `journey/self-service/<slug>.yaml`. */
import { z } from 'zod';
import { httpsUrl, isoDate, slug, text } from './common.ts';
import { englishAvailability } from './task.ts';

export const selfServiceSchema = z.strictObject({
  nameDa: text,
  nameEn: text,
  authority: slug,
  /** The Danish self-service (or the page that leads to it). */
  urlDa: httpsUrl,
  /** The English version or English guidance, if one exists. */
  urlEn: httpsUrl.optional(),
  /** Never guess: use `unknown` until someone has verified it. */
  english: englishAvailability,
  login: z.enum(['mitid', 'none', 'eu-eid', 'unknown']),
  needsCpr: z.union([z.boolean(), z.literal('unknown')]),
  /** The guide tasks that use this solution (file names in guide/). */
  tasks: z.array(slug).min(1, 'must name at least one guide task'),
  /** Solutions that differ by municipality (childcare, school) say so. */
  variesByMunicipality: z.boolean().default(false),
  note: text.optional(),
  lastVerified: isoDate,
});
export type SelfServiceData = z.infer<typeof selfServiceSchema>;
