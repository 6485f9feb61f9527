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
  specific: z
    .boolean()
    .default(true)
    .describe('`false` says openly that urlDa is a front page (no deeper page is known yet).'),
  frontPageReason: text
    .optional()
    .describe(
      'Required with `specific: false`: why the link goes to a front page (for example "the service starts from each municipality\'s own site"). Printed in the PDF beside the address.',
    ),
  urlEn: httpsUrl.optional().describe('The English version or English guidance, if one exists.'),
  english: englishAvailability.describe('Never guess: use `unknown` until someone has verified it.'),
  englishEvidence: englishEvidenceSchema.optional().describe('Required unless english is `unknown`.'),
  englishTried: text
    .optional()
    .describe(
      'Required when english is `unknown`: what was tried to find out, so the next editor does not start again. Not shown to citizens.',
    ),
  accessEvidence: englishEvidenceSchema
    .optional()
    .describe('The official page that shows how you log in and whether a CPR number is needed (url, quote, checked).'),
  crib: z
    .array(
      z.strictObject({
        da: text.describe("The Danish words as they stand on the service's screens or its official guide."),
        en: text.describe("What they mean in English (the glossary's term where it has one)."),
      }),
    )
    .default([])
    .describe(
      "For a service in Danish only: the Danish words a reader meets on its screens (title, buttons, the fields that matter), with their English. Only words found on the service's own pages or its official guide.",
    ),
  login: z
    .enum(['mitid', 'mitid-or-password', 'none', 'eu-eid', 'unknown'])
    .describe('How you log in: mitid, mitid-or-password, none, eu-eid or unknown.'),
  needsCpr: z
    .union([z.boolean(), z.literal('unknown')])
    .describe('Whether it needs a CPR number: true, false or unknown.'),
  tasks: z
    .array(slug)
    .min(1, 'must name at least one guide task')
    .describe('The guide tasks that use this solution (file names in guide/).'),
  variesByMunicipality: z
    .boolean()
    .default(false)
    .describe('Solutions that differ by municipality (childcare, school) say so.'),
  note: text
    .optional()
    .describe('A short note shown in the map. Say a deadline as :deadline[task] instead of typing it.'),
  lastVerified: isoDate.describe('The date someone last checked this entry (YYYY-MM-DD, not in the future).'),
});
export type SelfServiceData = z.infer<typeof selfServiceSchema>;
