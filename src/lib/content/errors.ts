/** Content errors and warnings that name the file, the field and the line, in words an editor can act on. */
import type { z } from 'zod';

export type FieldPath = (string | number)[];

export interface ContentIssue {
  /** Path relative to the project root, for example `guide/when-you-arrive/cpr-number.md`. */
  file: string;
  /** 1-based line number, when known. */
  line?: number;
  /** The front-matter field, for example `prerequisites[0]`. */
  field?: FieldPath;
  message: string;
  /** How to fix it. */
  hint?: string;
  severity: 'error' | 'warning';
  /** A link to a host that is not official: issues with the same host can be reported once, with their root cause. */
  unofficialHost?: string;
  /**
   * The task or glossary term this issue says does not exist. When its file exists but could not be read, that file's
   * own error is the one cause, and the build reports it instead of every reference to it (src/lib/checks/root-cause.ts).
   */
  missing?: MissingRef;
}

/** A task or glossary term named by its slug. */
export interface MissingRef {
  kind: 'task' | 'term';
  slug: string;
}

export function fieldToString(field: FieldPath | undefined): string {
  if (!field || field.length === 0) return '';
  return field.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** One line per issue: `file:line: error: field "x": message (hint)`. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const field = issue.field && issue.field.length ? `field "${fieldToString(issue.field)}": ` : '';
  const hint = issue.hint ? `\n    → ${issue.hint}` : '';
  return `${where}: ${issue.severity}: ${field}${issue.message}${hint}`;
}

const KIND: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
  array: 'a list (lines starting with "- ")',
  object: 'a group of indented fields',
};
function kindOf(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a group of indented fields';
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'boolean') return String(v);
  return typeof v === 'number' || typeof v === 'bigint' ? `the number ${v}` : typeof v;
}

/** What the branches of a union accept, in words: "true or false, or \"unknown\"". */
function unionChoices(issue: { errors: { code: string; expected?: string; values?: unknown[] }[][] }): string {
  const choices = issue.errors.flatMap((branch) =>
    branch
      .slice(0, 1)
      .map((e) =>
        e.code === 'invalid_type'
          ? (KIND[e.expected ?? ''] ?? e.expected ?? '')
          : e.code === 'invalid_value'
            ? (e.values ?? []).map((v) => JSON.stringify(v)).join(' or ')
            : '',
      ),
  );
  return [...new Set(choices.filter(Boolean))].join(', or ') || 'another kind of value';
}

/** Turns zod issues into friendly messages, with the field path (after Starlight's error-map). */
export function zodIssuesToContentIssues(
  file: string,
  issues: z.core.$ZodIssue[],
  basePath: FieldPath = [],
): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const issue of issues) {
    const path = [...basePath, ...(issue.path as FieldPath)];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          file,
          field: [...path, key],
          message: `unknown field "${key}"`,
          hint: 'check the spelling; see docs/writing-content.md for the allowed fields',
          severity: 'error',
        });
      }
      continue;
    }
    let message = issue.message;
    const input = (issue as { input?: unknown }).input;
    if (issue.code === 'invalid_type' && input === undefined) {
      message = 'is required but missing';
    } else if (issue.code === 'invalid_type') {
      message = `must be ${KIND[issue.expected] ?? issue.expected}, but it is ${kindOf(input)}`;
    } else if (issue.code === 'invalid_value' && 'values' in issue) {
      message = `must be one of: ${(issue.values as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    } else if (issue.code === 'invalid_union' && path.some((p) => p === 'prerequisites' || p === 'dependsOn')) {
      message = 'has the wrong shape: use a task slug, or { anyOf: [slug, slug] }';
    } else if (issue.code === 'invalid_union') {
      message = `must be ${unionChoices(issue)}, but it is ${kindOf(input)}`;
    }
    out.push({ file, field: path, message, severity: 'error' });
  }
  return out;
}

/** The report of content errors that the build, the release, the preview and the form editor print: the count, then one line per error. */
export function contentErrorReport(issues: ContentIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error');
  return `${errors.length} content error(s):\n${errors.map(formatIssue).join('\n')}`;
}

/**
 * Warnings as the build prints them: a few of each kind (the same advice), then how many more there are, so an
 * error after them is never lost in a long list. `npm run check:content` prints every one.
 */
export function warningLines(warnings: ContentIssue[], perKind = 3): string[] {
  const kinds = new Map<string, ContentIssue[]>();
  for (const w of warnings) {
    const kind = w.hint ?? w.message;
    kinds.set(kind, [...(kinds.get(kind) ?? []), w]);
  }
  return [...kinds.values()].flatMap((ws) => [
    ...ws.slice(0, perKind).map(formatIssue),
    ...(ws.length > perKind
      ? [`… and ${ws.length - perKind} more warning(s) like the one above (npm run check:content lists them all)`]
      : []),
  ]);
}

/** Thrown by the build when content is invalid; carries every issue found, not just the first. */
export class ContentValidationError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(contentErrorReport(issues));
    this.name = 'ContentValidationError';
    this.issues = issues;
  }
}
