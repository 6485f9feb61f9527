/** Schema for the ideal digital user journey: `journey/steps.yaml`. */
import { z } from 'zod';
import { slug, text } from './common.ts';
import { prerequisiteSchema } from './task.ts';

export const journeyStepSchema = z.strictObject({
  id: slug,
  /** Short label shown in the diagram. */
  label: text.max(60, 'must be short enough for a diagram box (at most 60 characters)'),
  phase: slug,
  /** The guide task this step links to (file name in guide/<phase>/). */
  task: slug,
  /** Steps that must come first; `{ anyOf: [...] }` when one of several is enough ("or"). */
  dependsOn: z.array(prerequisiteSchema).default([]),
  optional: z.boolean().default(false),
  /** Who the step applies to. Leave out to use the task's situations. */
  situations: z.array(slug).optional(),
  /** Marks the key steps (drawn bold), e.g. the CPR number that unlocks nearly everything. */
  key: z.boolean().default(false),
});
export type JourneyStepData = z.infer<typeof journeyStepSchema>;

export const journeyFileSchema = z.strictObject({
  title: text,
  description: text,
  steps: z.array(journeyStepSchema).min(1),
});
export type JourneyFile = z.infer<typeof journeyFileSchema>;
