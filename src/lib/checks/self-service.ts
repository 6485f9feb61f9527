/**
 * The self-service map as a front desk relies on it: a front page only with its reason, an unknown language only with
 * what was tried, and a Danish crib for every service that is in Danish only.
 */
import type { ContentIssue, FieldPath } from '../content/errors.ts';
import type { SelfServiceData } from '../schemas/self-service.ts';

export function checkSelfService(e: {
  file: string;
  data: SelfServiceData;
  lineOf(f: FieldPath | undefined): number | undefined;
}): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (field: FieldPath, severity: ContentIssue['severity'], message: string, hint: string) =>
    issues.push({ file: e.file, field, line: e.lineOf(field), severity, message, hint });
  if (!e.data.specific && !e.data.frontPageReason) {
    at(
      ['specific'],
      'error',
      'links to a front page without saying why',
      'add `frontPageReason:` (why no deeper page can be given), or link to the service itself and remove `specific: false`',
    );
  }
  if (e.data.english === 'unknown' && !e.data.englishTried) {
    at(
      ['english'],
      'warning',
      'the language is unknown and the entry does not say what was tried',
      'add `englishTried:` (the pages and searches you tried), or set english from the evidence',
    );
  }
  if (e.data.english === 'danish-only' && e.data.crib.length === 0) {
    at(
      ['english'],
      'error',
      'is in Danish only but has no Danish crib',
      "add `crib:` with the Danish words on the service's screens (title, buttons, the fields that matter) and their English",
    );
  }
  return issues;
}
