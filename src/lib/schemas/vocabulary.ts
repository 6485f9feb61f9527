/** Schemas for the controlled vocabularies in `journey/`: authorities, situations, phases, official domains. */
import { z } from 'zod';
import { httpsUrl, slug, sourceSchema, text } from './common.ts';
import { localService } from './local-help.ts';

export const authoritySchema = z.strictObject({
  id: slug.describe('The id other files use (lower-case, hyphens).'),
  name: text.describe('The English name.'),
  danishName: text.optional().describe('The Danish name.'),
  shortName: text.optional().describe('A short name for tables.'),
  url: httpsUrl.optional().describe("The authority's website."),
  contactUrl: httpsUrl.optional().describe("Where citizens get help: a contact page on the authority's own site."),
  bookingUrl: httpsUrl.optional().describe('Booking page for an appointment, if the authority has one.'),
  phone: z
    .string()
    .trim()
    .regex(/^\+?\d[\d ]{5,}$/, 'must be one phone number such as "+45 72 22 28 28"; put any explanation in phoneNote')
    .optional()
    .describe('The phone number citizens call, as the official page gives it. Never guess one.'),
  phoneNote: text
    .optional()
    .describe(
      'Which service the number is for, or another number for a special case ("when you are leaving Denmark, call …").',
    ),
  kind: z
    .enum(['authority', 'ics-centre', 'siri-branch'])
    .default('authority')
    .describe(
      'An authority, an International Citizen Service centre (ics-centre), or a SIRI branch office (siri-branch).',
    ),
  address: text.optional().describe('The street address of an office a citizen visits, as its official page gives it.'),
  openingHours: text
    .optional()
    .describe(
      'Opening hours as the official page gives them ("Monday to Thursday 10-15"). Leave out rather than guess.',
    ),
  phoneHours: text.optional().describe('When the phone is answered, as the official page gives it.'),
  services: z
    .array(localService)
    .default([])
    .describe('For an ICS centre or SIRI branch office: what it does, as its official page lists it.'),
  sources: z
    .array(sourceSchema)
    .default([])
    .describe('The official pages that give the phone number and contact pages.'),
  workingGroup: z
    .boolean()
    .default(false)
    .describe('True for the authorities in the cross-authority working group (shown in the PDF colophon).'),
});
export type Authority = z.infer<typeof authoritySchema>;
export const authoritiesFileSchema = z.array(authoritySchema).min(1);

export const situationSchema = z.strictObject({
  id: slug.describe('The id other files use (lower-case, hyphens).'),
  name: text.describe('The English name.'),
  description: text.describe(
    '"Does this apply to me?" wording, for example "You are a citizen of an EU or EEA country or Switzerland".',
  ),
});
export type Situation = z.infer<typeof situationSchema>;
export const situationsFileSchema = z.array(situationSchema).min(1);

export const phaseSchema = z.strictObject({
  id: slug.describe('The id other files use (lower-case, hyphens).'),
  name: text.describe('The English name.'),
  summary: text.describe('One line about the phase.'),
});
export type Phase = z.infer<typeof phaseSchema>;
export const phasesFileSchema = z.array(phaseSchema).min(1);

export const officialDomainSchema = z.strictObject({
  domain: z
    .string()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a bare domain such as "skat.dk"')
    .describe('A bare domain such as skat.dk; its subdomains count too.'),
  authority: slug.describe('The authority that owns the domain: an id from journey/authorities.yaml.'),
  site: text
    .optional()
    .describe(
      'The name readers know the site by, when it is not the authority\'s name (for example "Life in Denmark"). Source lists show it.',
    ),
  note: text.optional().describe('Why the domain or exception is here.'),
});
export const linkExceptionSchema = z.strictObject({
  url: httpsUrl.optional().describe("The authority's website."),
  reason: text.describe('Why the link is allowed although its domain is not on the list.'),
});
export const officialDomainsFileSchema = z.strictObject({
  domains: z.array(officialDomainSchema).min(1).describe('The official domains.'),
  exceptions: z
    .array(linkExceptionSchema)
    .default([])
    .describe('Single links allowed outside the official domains, each with a reason.'),
});
export type OfficialDomains = z.infer<typeof officialDomainsFileSchema>;
