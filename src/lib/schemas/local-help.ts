/**
 * Local help: the 98 municipalities (`journey/municipalities.yaml`), each with its Citizen Service page and the
 * International Citizen Service (ICS) centre that serves it, if any. The ICS centres and SIRI's branch offices are
 * entries of `journey/authorities.yaml` (kind `ics-centre` or `siri-branch`).
 */
import { z } from 'zod';
import { httpsUrl, slug, sourceSchema, text } from './common.ts';

/** What an ICS centre or a SIRI branch office does, as its official page lists it. */
export const LOCAL_SERVICES = {
  'cpr-registration': 'Registration and a CPR number',
  'eu-residence-document': 'EU residence documents',
  'siri-permits': 'Residence and work permit applications (SIRI)',
  biometrics: 'Biometrics (photo and fingerprints) for SIRI',
  'tax-card': 'Tax card and tax questions',
  mitid: 'MitID',
  'health-insurance-card': 'Health insurance card and choice of doctor',
  'job-search': 'Job search and guidance on the labour market',
  'unemployment-benefit-registration': 'Registration of unemployment benefit from your home country',
  'danish-lessons': 'Danish lessons and courses',
  'driving-licence': 'Driving licences',
  departure: 'Reporting that you leave Denmark',
} as const;
export type LocalService = keyof typeof LOCAL_SERVICES;
export const localService = z.enum(Object.keys(LOCAL_SERVICES) as [LocalService, ...LocalService[]]);

/** How many municipalities Denmark has: the list must have each of them once. */
export const MUNICIPALITY_COUNT = 98;

export const municipalitySchema = z.strictObject({
  slug: slug.describe('The page address: the Danish name in lower-case ASCII (æ → ae, ø → oe, å → aa), for example "hoeje-taastrup".'),
  name: text.describe('The Danish name, for example "Favrskov Kommune".'),
  english: text.describe('The English name, for example "Favrskov Municipality".'),
  domain: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a bare domain such as "favrskov.dk"').optional().describe('The municipality\'s own web domain, for example "favrskov.dk", once a page of the municipality on it has been seen. Its links then count as official.'),
  citizenService: httpsUrl.optional().describe('The municipality\'s Citizen Service (Borgerservice) page, on its own domain or borger.dk. Leave out until an official page is found.'),
  booking: httpsUrl.optional().describe('Where to book an appointment with Citizen Service, if the municipality has a booking page.'),
  ics: z.union([slug, z.literal('none'), z.literal('unknown')]).describe('The ICS centre that serves the municipality (an id of kind ics-centre in journey/authorities.yaml), `none` when the ICS pages do not list it (the reader goes to Citizen Service), or `unknown` until an official page says (check:content warns).'),
  restriction: text.max(300).optional().describe('A limit on what the ICS centre does for people from this municipality, as its page says ("only for students living in …"). Shown to readers.'),
  editorNote: text.optional().describe('For editors only, never shown: what was tried, where sources disagree, what to re-check.'),
  sources: z.array(sourceSchema).min(1, 'must name the official page that says which ICS centre serves it (or that none does)').describe('The official pages behind the Citizen Service page and the ICS centre.'),
});
export type MunicipalityData = z.infer<typeof municipalitySchema>;
export const municipalitiesFileSchema = z.array(municipalitySchema);
