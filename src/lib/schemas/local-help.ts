/**
 * Local help: the 98 municipalities (`journey/municipalities.yaml`), each with its Citizen Service page and the
 * International Citizen Service (ICS) centre that serves it, if any. The ICS centres and SIRI's branch offices are
 * entries of `journey/authorities.yaml` (kind `ics-centre` or `siri-branch`).
 */
import { z } from 'zod';
import { httpsUrl, slug, sourceSchema, text } from './common.ts';

const CS_OR_ICS = {
  place: 'Citizen Service, or an International Citizen Service (ICS) centre if it serves your municipality',
  short: 'Citizen Service or ICS',
  local: 'Citizen Service in {m}',
};
const SIRI = {
  place: 'SIRI, at an International Citizen Service (ICS) centre or a SIRI branch office',
  short: 'SIRI (ICS or branch)',
  local:
    'SIRI, not the municipality (see the task page: an ICS centre, a SIRI branch office or a Danish mission abroad)',
};

/**
 * The services a task's visit needs (`visit:`), each with what an ICS centre's or SIRI branch office's page calls it
 * (`label`), where it happens when the reader's municipality is not known (`place`, and `short` for the handover's
 * column), and where it happens in municipality {m} when no ICS centre there offers it (`local`).
 */
export const LOCAL_SERVICES = {
  'cpr-registration': { label: 'Registration and a CPR number', ...CS_OR_ICS },
  'eu-residence-document': { label: 'EU residence documents', ...SIRI },
  'siri-permits': { label: 'Residence and work permit applications (SIRI)', ...SIRI },
  biometrics: { label: 'Biometrics (photo and fingerprints) for SIRI', ...SIRI },
  'tax-card': {
    label: 'Tax card and tax questions',
    place: 'The Danish Tax Agency',
    short: 'Danish Tax Agency',
    local: 'the Danish Tax Agency (online; see the task page)',
  },
  mitid: { label: 'MitID', ...CS_OR_ICS },
  'health-insurance-card': { label: 'Health insurance card and choice of doctor', ...CS_OR_ICS },
  'job-search': {
    label: 'Job search and guidance on the labour market',
    place: 'The job centre in your municipality',
    short: 'Job centre',
    local: 'the job centre in {m}',
  },
  'unemployment-benefit-registration': {
    label: 'Registration of unemployment benefit from your home country',
    place: 'The job centre or Citizen Service in your municipality',
    short: 'Job centre or Citizen Service',
    local: 'the job centre or Citizen Service in {m}',
  },
  'danish-lessons': {
    label: 'Danish lessons and courses',
    place: 'The language centre your municipality refers you to',
    short: 'Language centre',
    local: 'the language centre {m} refers you to, or Citizen Service in {m}',
  },
  'driving-licence': {
    label: 'Driving licences',
    place: 'Citizen Service in your municipality',
    short: 'Citizen Service',
    local: 'Citizen Service in {m}',
  },
  departure: {
    label: 'Reporting that you leave Denmark',
    place: 'Citizen Service in your municipality',
    short: 'Citizen Service',
    local: 'Citizen Service in {m}',
  },
} as const satisfies Record<string, { label: string; place: string; short: string; local: string }>;
export type LocalService = keyof typeof LOCAL_SERVICES;
export const localService = z.enum(Object.keys(LOCAL_SERVICES) as [LocalService, ...LocalService[]]);

/** How many municipalities Denmark has: the list must have each of them once. */
export const MUNICIPALITY_COUNT = 98;

export const municipalitySchema = z.strictObject({
  slug: slug.describe(
    'The page address: the Danish name in lower-case ASCII (æ → ae, ø → oe, å → aa), for example "hoeje-taastrup".',
  ),
  name: text.describe('The Danish name, for example "Favrskov Kommune".'),
  english: text.describe('The English name, for example "Favrskov Municipality".'),
  domain: z
    .string()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a bare domain such as "favrskov.dk"')
    .optional()
    .describe(
      'The municipality\'s own web domain, for example "favrskov.dk", once a page of the municipality on it has been seen. Its links then count as official.',
    ),
  citizenService: httpsUrl
    .optional()
    .describe(
      "The municipality's Citizen Service (Borgerservice) page, on its own domain or borger.dk. Leave out until an official page is found.",
    ),
  booking: httpsUrl
    .optional()
    .describe('Where to book an appointment with Citizen Service, if the municipality has a booking page.'),
  ics: z
    .union([slug, z.literal('none'), z.literal('unknown')])
    .describe(
      'The ICS centre that serves the municipality (an id of kind ics-centre in journey/authorities.yaml), `none` when the ICS pages do not list it (the reader goes to Citizen Service), or `unknown` until an official page says (check:content warns).',
    ),
  restriction: text
    .max(300)
    .optional()
    .describe(
      'A limit on what the ICS centre does for people from this municipality, as its page says ("only for students living in …"). Shown to readers.',
    ),
  editorNote: text
    .optional()
    .describe('For editors only, never shown: what was tried, where sources disagree, what to re-check.'),
  sources: z
    .array(sourceSchema)
    .min(1, 'must name the official page that says which ICS centre serves it (or that none does)')
    .describe('The official pages behind the Citizen Service page and the ICS centre.'),
});
export type MunicipalityData = z.infer<typeof municipalitySchema>;
export const municipalitiesFileSchema = z.array(municipalitySchema);
