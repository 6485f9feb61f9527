/**
 * Schemas for the Danish edition (`da/`): translations of the professionals' chapters, the tips, the glossary
 * definitions, the journey and the task titles, plus the fixed texts of the Danish pages. Each translation says which
 * version of the English it translates (`translates`: the English text's fingerprint), so an English change shows the
 * Danish as out of date.
 */
import { z } from 'zod';
import { text } from './common.ts';

export const fingerprint = z
  .string()
  .regex(/^[0-9a-f]{12}$/, 'must be the 12-character fingerprint that npm run translations prints')
  .describe(
    'The fingerprint of the English text this translates. `npm run translations -- --stamp <file>` sets it once the Danish is up to date.',
  );

export const daChapterSchema = z.strictObject({
  title: text.describe('The chapter title in Danish.'),
  summary: text.describe('One line about the chapter, in Danish.'),
  translates: fingerprint.optional(),
});
export const daTipSchema = z.strictObject({
  title: text.describe('The tip in Danish, as a short instruction.'),
  summary: text.describe('One line about the tip, in Danish.'),
  do: text.describe('The "do" example in Danish.'),
  dont: text.describe('The "don\'t" example in Danish.'),
  translates: fingerprint.optional(),
});
export const daTermSchema = z.strictObject({
  definition: text.describe('The definition of the term, in Danish.'),
  translates: fingerprint.optional(),
});
export const daJourneySchema = z.strictObject({
  title: text.describe("The journey's title in Danish."),
  description: text.describe("The journey's description in Danish."),
  steps: z.record(z.string(), text).describe("Each step's label in Danish, by the step's id in journey/steps.yaml."),
  translates: fingerprint.optional(),
});
/** Task titles in Danish, by task file name; `translates` covers all of them together. */
export const daTasksSchema = z
  .object({ translates: fingerprint.optional() })
  .catchall(text)
  .describe('One line per task: `<file name without .md>: <Danish title>`.');

/** The words the Danish pages need, by key. */
export const DA_LABELS = [
  'danish',
  'english',
  'meaning',
  'avoid',
  'responsible',
  'deadline',
  'selfServiceInEnglish',
  'task',
  'contents',
  'edition',
  'publishedBy',
  'reuse',
  'do',
  'dont',
  'languageSwitch',
  'readInDanish',
  // The Danish PDF: the journey, its key and its step list; the appendices; the colophon.
  'or',
  'optional',
  'chooseOne',
  'step',
  'stepsByPhase',
  'listLink',
  'noSelfService',
  'selfService',
  'rank',
  'tasks',
  'situations',
  'translationPriorities',
  'selfServiceByPhase',
  'onlineVersion',
  'reportError',
  'appendix',
  'inEnglish',
  'key',
  'draft',
  'page',
  'pageOf',
  'runningTitle',
  'downloadPdf',
  'danishEdition',
  'about',
  'loginWith',
  'needsCpr',
  'yes',
  'no',
  'notVerified',
  // The Danish journey page.
  'stepByStep',
  'diagram',
  'download',
  'poster',
  // Under every Danish page: who is responsible for it and when it was last reviewed; the breadcrumb trail's name.
  'responsibleForPage',
  'lastReviewed',
  'breadcrumb',
] as const;
export type DaLabel = (typeof DA_LABELS)[number];

/** The sentences of the Danish PDF that are not headings or labels. */
export const DA_SENTENCES = {
  journeyAlt:
    "The journey figure's text alternative. Write {steps} for the number of steps, {phases} for the number of phases, {first} and {last} for the first and last phase, {keys} for the digital keys' names.",
  journeyCaption: 'The caption under the journey figure.',
  keyArrow: 'The key to the journey figure: what an arrow means.',
  keyKey: 'The key: what a dark box (a digital key) means.',
  keyOptional: 'The key: what a dashed box means.',
  keyOr: 'The key: what the circle marked "or" means.',
  priorities: 'The paragraph before the translation priorities.',
  editions: 'The colophon: how often a new edition comes, before the address of the earlier editions.',
  onlineVersion: 'The colophon: where the same text is on the website, before its address.',
  reportError: "The colophon: how to report an error, before the feedback page's address.",
  deadlinesInEnglish: 'Under the tasks appendix: the deadlines are given in English, as citizens read them.',
  diagramIntro: 'The Danish journey page: the paragraph before the diagram.',
  tasksInEnglish: 'The Danish journey page: the steps link to the tasks of the citizen guide, which is in English.',
  pdfInfo:
    'Under the link to the Danish PDF. Write {pages} for its number of pages and {size} for its size; the build fills them in.',
  addressNotSet: "In the PDF colophon, where the website's address would stand while it is not set yet (in brackets).",
  startIntro: 'The Danish start page (/da/): what the Danish edition holds and who it is for.',
  citizenGuide:
    'The Danish start page: the citizen guide is in English, because it is written for international citizens (before the link to it).',
} as const;

/** The site's frame on a Danish page: the header, the main navigation, the footer and the feedback line. */
export const DA_FRAME = {
  skipLink: 'The link that skips to the main content.',
  siteTitle: "The site's name in the header.",
  tagline: "The line under the site's name.",
  mainNav: 'The name of the main navigation, for screen readers.',
  navGuide: "Menu: the citizen guide's start page (in English).",
  navChecklist: 'Menu: the household checklist (in English).',
  navLocalHelp: 'Menu: where to go in your municipality (in English).',
  navJourney: 'Menu: the journey.',
  navSelfService: 'Menu: the self-service map (in English).',
  navGlossary: 'Menu: the glossary.',
  navProfessionals: 'Menu: the guide for professionals.',
  navSearch: 'Menu: search (in English).',
  footerAccessibility: 'Footer: the accessibility statement (in English).',
  footerFeedback: 'Footer: feedback (in English).',
  footerWhatsNew: "Footer: what's new (in English).",
  footerEditions: 'Footer: previous editions (in English).',
  footerLifeInDenmark: 'Footer: Life in Denmark, the official portal.',
  publisher: "Footer: the word before the publisher's name.",
  noTracking: 'Footer: no cookies, no tracking.',
  feedbackQuestion: 'The question at the bottom of every page ("Is this page useful?").',
  feedbackAuthority:
    'Until a feedback channel is set: tell the responsible authority. Write {authority} where its name (a link) goes.',
} as const;

export const daGuideSchema = z.strictObject({
  title: text.describe('The title of the Danish best-practice guide.'),
  subtitle: text.describe('One line under the title: who the guide is for.'),
  chapters: z
    .strictObject({
      introduction: text.describe('Heading of the introduction.'),
      challenges: text.describe("Heading of the chapter on the citizens' challenges and needs."),
      journey: text.describe('Heading of the chapter on the ideal journey.'),
      glossary: text.describe("Heading of the Top-25 glossary (also the Danish glossary page's title)."),
      tips: text.describe("Heading of the six tips (also the Danish tips page's title)."),
      tasksAppendix: text.describe('Heading of the appendix with the tasks.'),
      selfServiceAppendix: text.describe('Heading of the appendix with the self-service map.'),
    })
    .describe('The chapter headings.'),
  intros: z
    .strictObject({
      glossary: text.describe('The first paragraph of the glossary.'),
      tasksAppendix: text.describe('The first paragraph of the tasks appendix.'),
      selfServiceAppendix: text.describe('The first paragraph of the self-service appendix.'),
    })
    .describe('The first paragraph of these chapters.'),
  phases: z.record(z.string(), text).describe("Each phase's name in Danish, by its id in journey/phases.yaml."),
  badges: z
    .strictObject({
      full: text.describe('Badge: the self-service is in English.'),
      'english-guidance-only': text.describe('Badge: the self-service is in Danish, with guidance in English.'),
      'danish-only': text.describe('Badge: the self-service is only in Danish.'),
      unknown: text.describe('Badge: nobody has checked the language yet.'),
    })
    .describe('The language badges of the self-service solutions.'),
  logins: z
    .strictObject({
      mitid: text.describe('Log in with MitID.'),
      'mitid-or-password': text.describe('Log in with MitID or the E-tax (TastSelv) password.'),
      none: text.describe('No login.'),
      'eu-eid': text.describe('Log in with an EU eID (the eID gateway).'),
      unknown: text.describe('Nobody has checked how you log in.'),
    })
    .describe('How you log in to a self-service solution, by the `login` values of journey/self-service/.'),
  sentences: z
    .strictObject(
      Object.fromEntries(Object.entries(DA_SENTENCES).map(([k, d]) => [k, text.describe(d)])) as Record<
        keyof typeof DA_SENTENCES,
        typeof text
      >,
    )
    .describe(
      "Sentences of the Danish PDF: the journey figure's text alternative, caption and key; the appendices; the colophon.",
    ),
  frame: z
    .strictObject(
      Object.fromEntries(Object.entries(DA_FRAME).map(([k, d]) => [k, text.describe(d)])) as Record<
        keyof typeof DA_FRAME,
        typeof text
      >,
    )
    .describe("The site's header, menu and footer on the Danish pages."),
  documents: z
    .strictObject({
      heading: text.describe(
        'Heading of appendix C, the documents a citizen brings to each appointment (after "Bilag C: ").',
      ),
      intro: text.describe('The first paragraph of appendix C.'),
      people: z
        .strictObject({
          you: text.describe('The citizen ("borgeren").'),
          partner: text.describe("The citizen's partner."),
          children: text.describe("The citizen's children."),
        })
        .describe('Whose document it is, when not everyone brings one.'),
      and: text.describe('The word between the last two people ("og").'),
      forms: z
        .strictObject({
          original: text.describe('Bring the original.'),
          copy: text.describe('Bring a copy.'),
          'original-and-copy': text.describe('Bring the original and a copy.'),
        })
        .describe("Original, copy or both, as the tasks' `bring:` lists say."),
      places: z
        .record(z.string(), text)
        .describe(
          "Where each appointment happens, by the visit's local service (cpr-registration, biometrics, driving-licence, ...; see `visit` of a task).",
        ),
      names: z
        .record(z.string(), text)
        .describe(
          'Each document in Danish, by its English name exactly as a task\'s `bring:` list gives it ("Passport": "Pas").',
        ),
      notes: z
        .record(z.string(), text)
        .describe("Each note on a document in Danish, by the English note exactly as a task's `bring:` list gives it."),
    })
    .optional()
    .describe(
      'Appendix C of the Danish PDF, the documents to bring per appointment. A document, note or place without Danish words is printed in English, and the build warns.',
    ),
  labels: z
    .strictObject(
      Object.fromEntries(DA_LABELS.map((k) => [k, text.describe(`The word or phrase for "${k}".`)])) as Record<
        (typeof DA_LABELS)[number],
        typeof text
      >,
    )
    .describe(`Words used in tables, headings and links: ${DA_LABELS.join(', ')}.`),
});
export type DaGuide = z.infer<typeof daGuideSchema>;
export type DaChapterData = z.infer<typeof daChapterSchema>;
export type DaTipData = z.infer<typeof daTipSchema>;
