/**
 * Editors' notes never reach citizens. Doubts about evidence ("the stored copy is from 2023", "check it before you
 * rely on it") belong in a source's `note`, a municipality's `editorNote` or a self-service entry's `englishTried`,
 * which are never published. This check finds the known phrases of doubt in every published text field and body.
 */
import type { ContentIssue, FieldPath } from '../content/errors.ts';

/** Phrases that say something about the editors' evidence, not about the reader's task. */
export const DOUBT_PHRASES: readonly RegExp[] = [
  /\bstored (?:copy|copies|page|pages|version)\b/i,
  /\bbefore you rely on (?:it|this)\b/i,
  /\b(?:could|can) not (?:be )?(?:verified|confirmed)\b/i,
  /\bnot (?:yet )?verified\b/i,
  /\bthird[- ]party (?:page|source|site)s?\b/i,
];

/** Fields that are for editors only: never published, so doubt may live there. */
export const EDITOR_ONLY_FIELDS = new Set(['note', 'editorNote', 'englishTried', 'quote']);

export interface TextField {
  field: FieldPath;
  text: string;
}

/** Every string in `data`, with its path, except the editor-only fields. */
export function publishedStrings(data: unknown, base: FieldPath = []): TextField[] {
  if (typeof data === 'string') return [{ field: base, text: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => publishedStrings(v, [...base, i]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([k, v]) =>
      EDITOR_ONLY_FIELDS.has(k) ? [] : publishedStrings(v, [...base, k]),
    );
  }
  return [];
}

export function doubtIn(text: string): string | undefined {
  for (const p of DOUBT_PHRASES) {
    const m = p.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

const HINT =
  "say what the reader should do instead; put the note about the evidence in the source's `note:` (never shown)";

/** Doubt in the front matter or YAML fields of one file. */
export function checkFieldsForDoubt(
  file: string,
  data: unknown,
  lineOf: (f: FieldPath) => number | undefined,
  base: FieldPath = [],
): ContentIssue[] {
  return publishedStrings(data, base).flatMap(({ field, text }) => {
    const phrase = doubtIn(text);
    return phrase
      ? [
          {
            file,
            field,
            line: lineOf(field),
            severity: 'error' as const,
            message: `"${phrase}" is a note for editors, and this text is published`,
            hint: HINT,
          },
        ]
      : [];
  });
}

/** Doubt in a page body (Markdown source lines, from `bodyLine`). */
export function checkBodyForDoubt(file: string, body: string, bodyLine: number): ContentIssue[] {
  return body.split('\n').flatMap((line, i) => {
    const phrase = doubtIn(line);
    return phrase
      ? [
          {
            file,
            line: bodyLine + i,
            severity: 'error' as const,
            message: `"${phrase}" is a note for editors, and the page text is published`,
            hint: HINT,
          },
        ]
      : [];
  });
}
