/** Schema for one self-service solution in the map: `journey/self-service/<slug>.yaml`. */
import { z } from 'zod';
import { httpsUrl, isoDate, slug, text } from './common.ts';

/** The official page that shows whether a solution is in English, with a short quote and the date it was read. */
export const englishEvidenceSchema = z.strictObject({
  url: httpsUrl.describe('The official page that shows the language.'),
  quote: text.describe('A short quote from that page.'),
  checked: isoDate.describe('The date you read it (YYYY-MM-DD).'),
});
import { englishAvailability } from './task.ts';

export const selfServiceSchema = z.strictObject({
  nameDa: text.describe('The Danish name of the solution.'),
  nameEn: text.describe('The English name.'),
  authority: slug.describe('The authority that runs it: an id from journey/authorities.yaml.'),
  urlDa: httpsUrl.describe('The Danish self-service (or the page that leads to it).'),
  specific: z.boolean().default(true).describe('`false` says openly that urlDa is a front page (no deeper page is known yet).'),
  urlEn: httpsUrl.optional().describe('The English version or English guidance, if one exists.'),
  english: englishAvailability.describe('Never guess: use `unknown` until someone has verified it.'),
  englishEvidence: englishEvidenceSchema.optional().describe('Required unless english is `unknown`.'),
  login: z.enum(['mitid', 'mitid-or-password', 'none', 'eu-eid', 'unknown']).describe('How you log in: mitid, mitid-or-password, none, eu-eid or unknown.'),
  needsCpr: z.union([z.boolean(), z.literal('unknown')]).describe('Whether it needs a CPR number: true, false or unknown.'),
  tasks: z.array(slug).min(1, 'must name at least one guide task').describe('The guide tasks that use this solution (file names in guide/).'),
  variesByMunicipality: z.boolean().default(false).describe('Solutions that differ by municipality (childcare, school) say so.'),
  note: text.optional().describe('A short note shown in the map. Say a deadline as :deadline[task] instead of typing it.'),
  lastVerified: isoDate.describe('The date someone last checked this entry (YYYY-MM-DD, not in the future).'),
});
export type SelfServiceData = z.infer<typeof selfServiceSchema>;
