/** Schema for the ideal digital user journey: `journey/steps.yaml`. */
import { z } from 'zod';
import { slug, text } from './common.ts';
import { prerequisiteSchema } from './task.ts';

export const journeyStepSchema = z.strictObject({
  id: slug.describe('The step id (lower-case, hyphens); other steps refer to it.'),
  label: text
    .max(60, 'must be short enough for a diagram box (at most 60 characters)')
    .describe('Short label shown in the diagram.'),
  phase: slug.describe('The phase: an id from journey/phases.yaml.'),
  task: slug.describe('The guide task this step links to (file name in guide/<phase>/).'),
  dependsOn: z
    .array(prerequisiteSchema)
    .default([])
    .describe('Steps that must come first; `{ anyOf: [...] }` when one of several is enough ("or").'),
  optional: z.boolean().default(false).describe('true for an optional step; must agree with the task.'),
  situations: z.array(slug).optional().describe("Who the step applies to. Leave out to use the task's situations."),
  key: z
    .boolean()
    .default(false)
    .describe('Marks the key steps (drawn bold), e.g. the CPR number that unlocks nearly everything.'),
});
export type JourneyStepData = z.infer<typeof journeyStepSchema>;

export const journeyFileSchema = z.strictObject({
  title: text.describe('The journey title.'),
  description: text.describe('What the journey shows, one paragraph.'),
  steps: z.array(journeyStepSchema).min(1).describe('The steps of the journey, in order.'),
});
export type JourneyFile = z.infer<typeof journeyFileSchema>;
