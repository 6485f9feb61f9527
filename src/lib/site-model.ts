/** The model as the Astro pages see it: validated once per build, then shared by every page (site and print). */
import { validateContent } from './validate.ts';
import { ContentValidationError } from './content/errors.ts';
import { contentRoot } from './paths.ts';
import type { Model } from './model.ts';

let cached: Model | undefined;

export function getModel(): Model {
  if (!cached) {
    const v = validateContent(contentRoot());
    if (v.errors.length) throw new ContentValidationError(v.errors);
    cached = v.model;
  }
  return cached;
}
