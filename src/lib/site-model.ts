/**
 * The model as the Astro pages see it: validated once per build, then shared by every page (site and print).
 * In the preview (`npm run dev`) it is validated again whenever a content file changed, so a change to front matter
 * or YAML shows on the next page load; a content error then appears in the browser, naming the file and line.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { validateContent } from './validate.ts';
import { ContentValidationError, type ContentIssue } from './content/errors.ts';
import { contentRoot } from './paths.ts';
import { isLivePreview } from './context.ts';
import { walkFiles } from './files.ts';
import { CONTENT_FOLDERS, SETTINGS_FILE } from './content/layout.ts';
import type { Model } from './model.ts';

let cached: Model | undefined;
let stamp = '';
/** In the preview: the last model that validated, for routing while the content has errors (see getModel). */
let lastValid: Model | undefined;

/** A fingerprint of the content files (names, sizes and modification times): cheap enough to take on every request. */
export function contentStamp(root = contentRoot()): string {
  const parts: string[] = [];
  for (const dir of CONTENT_FOLDERS) {
    let files: string[] = [];
    try {
      files = walkFiles(join(root, dir));
    } catch {
      continue;
    }
    for (const f of files) {
      const s = statSync(join(root, dir, f));
      parts.push(`${dir}/${f}:${s.size}:${s.mtimeMs}`);
    }
  }
  try {
    const s = statSync(join(root, SETTINGS_FILE));
    parts.push(`${SETTINGS_FILE}:${s.size}:${s.mtimeMs}`);
  } catch {
    /* optional */
  }
  return parts.join('|');
}

/** Whether this process is the preview server, where content changes while it runs. */
const live = () => isLivePreview();

let errorsAt = '';
let lastErrors: ContentIssue[] = [];

/**
 * The content errors now, for the preview's error page (src/middleware.ts): empty when the content is valid. Validates
 * only when a content file changed since the last look.
 */
export function contentErrorsNow(): ContentIssue[] {
  const now = contentStamp();
  if (cached && now === stamp) return [];
  if (now === errorsAt) return lastErrors;
  const v = validateContent(contentRoot());
  errorsAt = now;
  lastErrors = v.errors;
  if (!v.errors.length) {
    cached = lastValid = v.model;
    stamp = now;
  }
  return lastErrors;
}

/**
 * The validated model. In the preview, while the content has errors, this is the last valid model: Astro matches a
 * request to a page by calling the page's `getStaticPaths` before any middleware runs, so a throw here would show
 * Astro's own overlay (program code and a stack trace) instead of the preview's error page. The middleware then
 * answers every request with the errors (src/middleware.ts), so the stale model never reaches a page.
 */
export function getModel(): Model {
  if (live()) {
    const now = contentStamp();
    if (now !== stamp) {
      cached = undefined;
      stamp = now;
    }
  }
  // In the preview, the errors of this version of the content are found once and shared with the middleware; a
  // valid version found there becomes `cached`.
  if (!cached && live() && lastValid && contentErrorsNow().length) return lastValid;
  if (!cached) {
    const v = validateContent(contentRoot());
    if (v.errors.length) {
      stamp = ''; // try again on the next request, after the editor's fix
      throw new ContentValidationError(v.errors);
    }
    cached = lastValid = v.model;
  }
  return cached;
}
