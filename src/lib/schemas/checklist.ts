/**
 * Schema for journey/household-checklists.yaml: the questions of "Your household's checklist" and, per task, who it
 * is for and when it applies. The pre-built checklist pages under /checklist/ are computed from it.
 */
import { z } from 'zod';
import { slug, text } from './common.ts';

export const answerSchema = z.strictObject({
  id: slug.describe('The id rules use and the page address shows, for example "eu".'),
  label: text.describe('The words of the link the reader chooses.'),
  hint: text.optional().describe('One line under the link, for example who counts as an EU citizen.'),
});
export type Answer = z.infer<typeof answerSchema>;

const choiceSchema = z.strictObject({
  question: text.describe('The question, as the page heading.'),
  hint: text.optional().describe('One line under the heading.'),
  answers: z.array(answerSchema).min(2).describe('The answers: each is a link to the next question.'),
});

export const PEOPLE = ['you', 'partner', 'children'] as const;
export type Person = (typeof PEOPLE)[number];

/** One reason a task is in a household's checklist. */
export const checklistRuleSchema = z.strictObject({
  who: z
    .array(z.enum(PEOPLE))
    .min(1)
    .describe(
      'Who the task is for: you, partner, children. A partner or children are named only when the household has them.',
    ),
  when: z
    .strictObject({
      citizenship: z.array(slug).min(1).optional(),
      reason: z.array(slug).min(1).optional(),
      children: z.array(slug).min(1).optional(),
    })
    .default({})
    .describe(
      'When the rule applies: answer ids per question, for example { citizenship: [other], reason: [work] }. For children: the age groups, any of which is enough. Leave out for "always".',
    ),
  why: text.describe('Why the task is in the list, one short sentence the reader sees under the task.'),
  after: slug
    .optional()
    .describe(
      'Put the task right after this task (and in its phase) for these households, for example the childcare waiting list right after the CPR number.',
    ),
});
export type ChecklistRule = z.infer<typeof checklistRuleSchema>;

export const householdChecklistsFileSchema = z.strictObject({
  questions: z
    .strictObject({
      citizenship: choiceSchema.describe('First question: the citizenship.'),
      reason: choiceSchema.describe('Second question: why the reader comes.'),
      partner: z
        .strictObject({
          question: text.describe('The question, as the page heading.'),
          hint: text.optional().describe('One line under the heading.'),
          yes: text.describe('The words of the "yes" link.'),
          no: text.describe('The words of the "no" link.'),
        })
        .describe('Third question: whether a spouse or partner comes too.'),
      children: z
        .strictObject({
          question: text.describe('The question, as the page heading.'),
          hint: text.optional().describe('One line under the heading.'),
          none: text.describe('The words of the "no children" link.'),
          ages: z.array(answerSchema).min(1).describe('The age groups. The reader chooses one combination of them.'),
        })
        .describe("Last question: the children's age groups."),
    })
    .describe('The four questions, in the order they are asked.'),
  tasks: z
    .record(slug, z.array(checklistRuleSchema).min(1))
    .describe('Per task (file name): the rules that put it in a checklist. Every task must have at least one.'),
});
export type HouseholdChecklistsFile = z.infer<typeof householdChecklistsFileSchema>;
