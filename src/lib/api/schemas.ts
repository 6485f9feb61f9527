/**
 * The shapes of the versioned JSON API (/api/v1/): one zod schema per published file. The build parses every file
 * with its schema before writing it, and publishes the JSON Schema generated from the same zod schema beside it, so
 * the data and its description cannot drift apart. Field schemas are shared with the content schemas where a field
 * means the same thing. An absent value is always `null` (never a missing key), so every key is always there.
 */
import { z } from 'zod';
import { httpsUrl, isoDate, ruleChangeSchema, slug, sourceSchema, text } from '../schemas/common.ts';
import { officialLinkSchema } from '../schemas/task.ts';
import { englishEvidenceSchema, selfServiceSchema } from '../schemas/self-service.ts';
import { PEOPLE } from '../schemas/checklist.ts';

/** A source as published: the quote is always there, null where none was recorded. */
export const apiSourceSchema = sourceSchema.extend({
  quote: text
    .nullable()
    .describe('The words on the page that support the claim, copied exactly, or null where none was recorded.'),
});

/** The version in the address. Only a change that could break a reader (a removed or renamed field, a changed meaning) makes a v2. */
export const API_VERSION = 'v1';

const apiVersion = z.literal(API_VERSION).describe('The version of the API; it is also in the address (/api/v1/).');
const editionRef = z
  .strictObject({
    id: z
      .string()
      .regex(/^\d{4}-Q[1-4]$/)
      .describe('The edition, for example "2026-Q4".'),
    date: isoDate.describe('The date of the edition (YYYY-MM-DD).'),
    draft: z.boolean().describe('True for a build between releases: the data is newer than the published edition.'),
  })
  .describe('The edition this file belongs to.');
const named = (what: string) =>
  z.strictObject({
    id: slug.describe(`The ${what}'s id.`),
    name: text.describe(`The ${what}'s English name.`),
  });
const siteUrl = (what: string) => httpsUrl.describe(`The address of ${what} on this site.`);
/** One entry of a dependency list: one task (or step) that must come first, or several of which one is enough. */
const alternatives = (what: string) =>
  z.strictObject({
    anyOf: z.array(slug).min(1).describe(`The ${what}: one of them is enough (usually just one).`),
  });

/** Wraps the data of one file with the version and the edition. */
function file<K extends string, S extends z.ZodType>(key: K, data: S, description: string) {
  return z
    .strictObject({ apiVersion, edition: editionRef, [key]: data } as {
      apiVersion: typeof apiVersion;
      edition: typeof editionRef;
    } & Record<K, S>)
    .describe(description);
}

export const apiTaskSchema = z.strictObject({
  slug: slug.describe("Stable id: the task's file name, also its page address /tasks/<slug>/."),
  url: siteUrl('the task page'),
  title: text.describe('What the citizen does.'),
  summary: text.describe('One line about the task.'),
  phase: named('phase').describe('The phase of the journey the task belongs to.'),
  order: z
    .number()
    .int()
    .min(0)
    .describe('Position within the phase; the file lists tasks in phase order, then this order.'),
  authority: named('authority').describe('The one responsible authority, with its name resolved.'),
  situations: z.array(slug).min(1).describe('Who the task applies to: ids in situations.json.'),
  deadline: text.nullable().describe('The deadline as the guide says it, or null.'),
  fee: text.nullable().describe('A fee, only when an official source gives it, or null.'),
  prerequisites: z
    .array(alternatives('tasks (slugs)'))
    .describe('What must come first: every entry is needed; within an entry, one task is enough.'),
  youDo: z.array(text).min(1).describe('What the citizen must do, in order.'),
  automatic: z.array(text).describe('What happens automatically, so the citizen does not resubmit it.'),
  confirmation: text.nullable().describe('What the citizen gets as a receipt or confirmation, or null.'),
  officialLink: officialLinkSchema.describe(
    'The one official page for the action; `specific: false` when it is a front page.',
  ),
  selfService: slug.nullable().describe("The task's own self-service solution: an id in self-service.json, or null."),
  selfServices: z
    .array(slug)
    .describe('Every self-service solution in the map that serves this task: ids in self-service.json.'),
  sources: z
    .array(apiSourceSchema)
    .min(1)
    .describe('The official pages behind the deadline, fee and rules, with the date someone checked each.'),
  ruleChanges: z.array(ruleChangeSchema).describe('Rules on the page that apply from a date, oldest first.'),
  legalBasis: z
    .array(
      z.strictObject({
        name: text.describe('The name of the law, as the official page gives it.'),
        url: httpsUrl.nullable().describe('The law on an official site, or null.'),
      }),
    )
    .describe('Laws an official page names as the basis.'),
  help: z
    .array(
      z.strictObject({
        kind: z.enum(['in-person', 'phone', 'online']).describe('How to get the help.'),
        label: text.describe('The words shown for the help.'),
        url: httpsUrl.nullable().describe('An official page, or null.'),
        authority: named('authority')
          .nullable()
          .describe('The authority or International Citizen Service centre that helps, or null.'),
      }),
    )
    .min(1)
    .describe('Where to get help.'),
  lastReviewed: isoDate.describe('The date the responsible authority last checked the task (YYYY-MM-DD).'),
  optional: z.boolean().describe('True when only some people need the task.'),
  inJourney: z.boolean().describe('False for a task that is deliberately not a step of the journey.'),
});
export const apiTasksSchema = file(
  'tasks',
  z.array(apiTaskSchema),
  'Every task of the guide, in journey order (phase, then order).',
);

/** A term of a glossary of `size` terms (the guide's is the Top-25; a site sets its own in site.yaml). */
export const apiTermSchemaOf = (size: number) =>
  z.strictObject({
    slug: slug.describe("Stable id: the term's file name, also its anchor on the glossary page."),
    url: siteUrl('the term in the glossary'),
    rank: z.number().int().min(1).max(size).describe(`The position in the Top-${size}.`),
    danish: text.describe('The Danish term.'),
    danishVariants: z.array(text).describe('Other Danish forms of the term.'),
    english: text.describe('The one English translation everybody should use.'),
    variants: z.array(text).describe('Other English renderings that are acceptable.'),
    avoid: z.array(text).describe('English renderings nobody should use.'),
    definition: text.describe('A plain-English definition.'),
    historyNote: text.nullable().describe('History, for example "formerly NemID", or null.'),
    authority: named('authority').describe('The responsible authority, with its name resolved.'),
    officialUrl: httpsUrl.describe('The most specific official page about the term.'),
    related: z.array(slug).describe('Related terms: slugs in this file.'),
    sources: z.array(apiSourceSchema).min(1).describe('The official pages behind the definition.'),
    lastReviewed: isoDate.describe('The date the term was last checked (YYYY-MM-DD).'),
  });
export const apiGlossarySchemaOf = (size: number) =>
  file(
    'terms',
    z.array(apiTermSchemaOf(size)).length(size),
    `The Top-${size} glossary: Danish term → the one English term, sorted by rank.`,
  );

export const apiJourneySchema = file(
  'journey',
  z
    .strictObject({
      title: text.describe("The journey's title."),
      description: text.describe('What the journey shows.'),
      url: siteUrl('the journey'),
      phases: z
        .array(
          z.strictObject({
            id: slug.describe("The phase's id."),
            name: text.describe("The phase's English name."),
            summary: text.describe('One line about the phase.'),
          }),
        )
        .min(1)
        .describe('The phases, in order.'),
      steps: z
        .array(
          z.strictObject({
            id: slug.describe('Stable id of the step.'),
            label: text.describe('The short label drawn in the diagram.'),
            phase: slug.describe('The phase: an id in `phases`.'),
            task: slug.describe('The task the step links to: a slug in tasks.json.'),
            dependsOn: z
              .array(alternatives('steps (ids)'))
              .describe('The steps that must come first: every entry is needed; within an entry, one step is enough.'),
            optional: z.boolean().describe('True for an optional step.'),
            key: z.boolean().describe('True for a key step, such as the CPR number.'),
            situations: z.array(slug).describe('Who the step applies to: ids in situations.json.'),
          }),
        )
        .min(1)
        .describe('The steps, in order.'),
    })
    .describe('The ideal digital user journey.'),
  'The ideal digital user journey: phases and steps, with the steps each step depends on.',
);

export const apiSelfServiceSchema = z.strictObject({
  id: slug.describe("Stable id: the entry's file name."),
  nameEn: text.describe('The English name.'),
  nameDa: text.describe('The Danish name.'),
  authority: named('authority').describe('The authority that runs it, with its name resolved.'),
  phase: slug.describe('The first phase in which one of its tasks comes.'),
  urlDa: httpsUrl.describe('The Danish self-service, or the page that leads to it.'),
  specific: z.boolean().describe('False when urlDa is a front page.'),
  frontPageReason: text.nullable().describe('Why urlDa is a front page, or null.'),
  urlEn: httpsUrl.nullable().describe('The English version or English guidance, or null.'),
  english: selfServiceSchema.shape.english.describe(
    'Whether it is in English: full, english-guidance-only, danish-only or unknown.',
  ),
  englishEvidence: englishEvidenceSchema
    .nullable()
    .describe('The official page that shows the language, or null when english is unknown.'),
  login: selfServiceSchema.shape.login.describe('How you log in.'),
  needsCpr: selfServiceSchema.shape.needsCpr.describe('Whether it needs a CPR number: true, false or "unknown".'),
  accessEvidence: englishEvidenceSchema
    .nullable()
    .describe('The official page that shows how you log in and whether a CPR number is needed, or null.'),
  crib: selfServiceSchema.shape.crib.describe(
    'For a service in Danish only: the Danish words on its screens with their English (empty otherwise).',
  ),
  tasks: z.array(slug).min(1).describe('The tasks that use it: slugs in tasks.json.'),
  variesByMunicipality: z.boolean().describe('True when it differs by municipality.'),
  note: text.nullable().describe('A short note, or null.'),
  lastVerified: isoDate.describe('The date someone last checked the entry (YYYY-MM-DD).'),
});
export const apiSelfServicesSchema = file(
  'selfServices',
  z.array(apiSelfServiceSchema),
  'The self-service map: the official online solutions, who runs them and whether they are in English, sorted by English name.',
);

export const apiSituationsSchema = file(
  'situations',
  z
    .array(
      z.strictObject({
        id: slug.describe('Stable id of the situation.'),
        name: text.describe('The English name.'),
        description: text.describe('"Does this apply to me?" wording.'),
        url: siteUrl("the situation's checklist"),
        journeyUrl: siteUrl('the journey for this situation'),
        tasks: z.array(slug).describe('The tasks for this situation, in journey order: slugs in tasks.json.'),
      }),
    )
    .min(1),
  'The situations (EU/EEA, non-EU, family, student, …) and the tasks for each.',
);

const answer = z.strictObject({
  id: slug.describe("The answer's id, used in household ids."),
  label: text.describe('The answer as the reader sees it.'),
  hint: text.nullable().describe('One line under the answer, or null.'),
});
const choice = z.strictObject({
  question: text.describe('The question.'),
  hint: text.nullable().describe('One line under the question, or null.'),
  answers: z.array(answer).min(2).describe('The answers.'),
});
export const apiChecklistsSchema = file(
  'checklists',
  z
    .strictObject({
      questions: z
        .strictObject({
          citizenship: choice.describe('First question: the citizenship.'),
          reason: choice.describe('Second question: why the reader comes.'),
          partner: z
            .strictObject({
              question: text.describe('The question.'),
              hint: text.nullable().describe('One line under the question, or null.'),
              yes: text.describe('The "yes" answer.'),
              no: text.describe('The "no" answer.'),
            })
            .describe('Third question: whether a spouse or partner comes too.'),
          children: z
            .strictObject({
              question: text.describe('The question.'),
              hint: text.nullable().describe('One line under the question, or null.'),
              none: text.describe('The "no children" answer.'),
              ages: z.array(answer).min(1).describe('The age groups; a household has any combination of them.'),
            })
            .describe("Last question: the children's age groups."),
        })
        .describe('The four questions, in the order they are asked.'),
      households: z
        .array(
          z.strictObject({
            id: z
              .string()
              .regex(/^[a-z0-9-]+(\/[a-z0-9-]+){3}$/)
              .describe(
                "Stable id: citizenship/reason/partner/children, as in the checklist's address /checklist/<id>/.",
              ),
            url: siteUrl("the household's checklist"),
            answers: z
              .strictObject({
                citizenship: slug.describe('An answer id of the citizenship question.'),
                reason: slug.describe('An answer id of the reason question.'),
                partner: z.boolean().describe('Whether a partner comes too.'),
                children: z.array(slug).describe("The children's age groups (ids); empty for no children."),
              })
              .describe("The household's answers."),
            items: z
              .array(
                z.strictObject({
                  task: slug.describe('The task: a slug in tasks.json.'),
                  who: z.array(z.enum(PEOPLE)).min(1).describe('Who in the household it is for.'),
                  children: z.array(slug).describe("The children's age groups it is for, when it is for the children."),
                  why: z.array(text).min(1).describe('Why it is in the list, one sentence per rule that applies.'),
                  phase: slug.describe('The phase it is listed under.'),
                  after: slug.nullable().describe('The task a rule puts it right after, or null.'),
                }),
              )
              .min(1)
              .describe('The tasks, in the order to do them.'),
          }),
        )
        .min(1)
        .describe('One checklist for every combination of answers.'),
    })
    .describe('The household checklists.'),
  'The household checklists: the four questions, and for every household the tasks in order, with who each is for and why.',
);

export const apiEditionsSchema = file(
  'editions',
  z.array(
    z.strictObject({
      id: z
        .string()
        .regex(/^\d{4}-Q[1-4]$/)
        .describe('Stable id: the edition, for example "2026-Q4".'),
      date: isoDate.describe('The date it was published (YYYY-MM-DD).'),
      url: siteUrl("the edition's release notes"),
      pdf: httpsUrl.nullable().describe("The edition's best-practice guide (PDF), or null."),
      poster: httpsUrl.nullable().describe("The edition's journey poster (PDF), or null."),
    }),
  ),
  'Every published edition, newest first.',
);

export const apiIndexSchema = z
  .strictObject({
    apiVersion,
    edition: editionRef,
    reuse: text.describe('The terms of reuse, as the best-practice guide states them.'),
    files: z
      .array(
        z.strictObject({
          name: slug.describe('Stable name of the file.'),
          title: text.describe('What the file holds.'),
          url: httpsUrl.describe('The data.'),
          schema: httpsUrl.describe('Its JSON Schema (draft 2020-12).'),
        }),
      )
      .min(1)
      .describe('The files of this version of the API.'),
  })
  .describe('The index of the API: every file and its schema.');

export type ApiTask = z.infer<typeof apiTaskSchema>;
