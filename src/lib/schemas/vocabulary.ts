/** Schemas for the controlled vocabularies in `journey/`: authorities, situations, phases, official domains. */
import { z } from 'zod';
import { httpsUrl, slug, sourceSchema, text } from './common.ts';

export const authoritySchema = z.strictObject({
  id: slug,
  name: text,
  danishName: text.optional(),
  shortName: text.optional(),
  url: httpsUrl.optional(),
  /** Where citizens get help: a contact page on the authority's own site. */
  contactUrl: httpsUrl.optional(),
  /** Booking page for an appointment, if the authority has one. */
  bookingUrl: httpsUrl.optional(),
  /** The phone number citizens call, as the official page gives it. Never guess one. */
  phone: z.string().trim().regex(/^\+?\d[\d ]{5,}$/, 'must be one phone number such as "+45 72 22 28 28"; put any explanation in phoneNote').optional(),
  /** Which service the number is for, or another number for a special case ("when you are leaving Denmark, call …"). */
  phoneNote: text.optional(),
  /** An International Citizen Service centre, or an authority. */
  kind: z.enum(['authority', 'ics-centre']).default('authority'),
  /** The official pages that give the phone number and contact pages. */
  sources: z.array(sourceSchema).default([]),
  /** True for the authorities in the cross-authority working group (shown in the PDF colophon). */
  workingGroup: z.boolean().default(false),
});
export type Authority = z.infer<typeof authoritySchema>;
export const authoritiesFileSchema = z.array(authoritySchema).min(1);

export const situationSchema = z.strictObject({
  id: slug,
  name: text,
  /** "Does this apply to me?" wording, for example "You are a citizen of an EU or EEA country or Switzerland". */
  description: text,
});
export type Situation = z.infer<typeof situationSchema>;
export const situationsFileSchema = z.array(situationSchema).min(1);

export const phaseSchema = z.strictObject({
  id: slug,
  name: text,
  summary: text,
});
export type Phase = z.infer<typeof phaseSchema>;
export const phasesFileSchema = z.array(phaseSchema).min(1);

export const officialDomainSchema = z.strictObject({
  domain: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a bare domain such as "skat.dk"'),
  authority: slug,
  note: text.optional(),
});
export const linkExceptionSchema = z.strictObject({
  url: httpsUrl.optional(),
  reason: text,
});
export const officialDomainsFileSchema = z.strictObject({
  domains: z.array(officialDomainSchema).min(1),
  exceptions: z.array(linkExceptionSchema).default([]),
});
export type OfficialDomains = z.infer<typeof officialDomainsFileSchema>;
