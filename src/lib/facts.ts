/**
 * Facts said once. A deadline or fee lives in one task field; text refers to it with a directive instead of
 * retyping it: `:deadline` (this task's deadline), `:deadline[report-departure]` (another task's), `:fee`.
 * Directives are found with the Markdown directive parser (micromark), never by pattern-matching the source.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { directive } from 'micromark-extension-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { memoByText } from './memo-by-text.ts';

/** The task fields a directive may name. */
export const FACT_FIELDS = ['deadline', 'fee'] as const;
export type FactField = (typeof FACT_FIELDS)[number];
export type FactValues = Partial<Record<FactField, string>>;

export interface FactContext {
  /** The facts of the task whose text this is (undefined for terms, tips and map entries). */
  own?: FactValues;
  /** Every task's facts, by slug. */
  tasks: ReadonlyMap<string, FactValues>;
}

/** One directive found in a text: where it is, what it names, and its value (or why it has none). */
export interface FactUse {
  start: number;
  end: number;
  name: string;
  target?: string;
  value?: string;
  problem?: string;
}

const isFact = (name: string): name is FactField => (FACT_FIELDS as readonly string[]).includes(name);

/** Resolves one directive to its value, or explains why it cannot be resolved. */
export function resolveFact(
  name: string,
  target: string | undefined,
  ctx: FactContext,
): { value?: string; problem?: string } {
  if (!isFact(name))
    return { problem: `":${name}" is not a known fact; use one of ${FACT_FIELDS.map((f) => `:${f}`).join(', ')}` };
  if (target) {
    const facts = ctx.tasks.get(target);
    if (!facts) return { problem: `":${name}[${target}]" names a task that does not exist` };
    return facts[name] ? { value: facts[name] } : { problem: `task "${target}" has no ${name} field` };
  }
  if (!ctx.own) return { problem: `":${name}" needs a task, for example :${name}[report-departure]` };
  return ctx.own[name]
    ? { value: ctx.own[name] }
    : { problem: `this task has no ${name} field, so ":${name}" has nothing to show` };
}

/** Parses Markdown with the directive extension, once per text (see memo-by-text.ts): every caller only reads the tree. */
export const parseWithDirectives: (markdown: string) => Root = memoByText((markdown) =>
  fromMarkdown(markdown, { extensions: [directive()], mdastExtensions: [directiveFromMarkdown()] }),
);

/** Every text directive in a Markdown string or plain-text field, with its source offsets. */
export function findFactUses(source: string, ctx: FactContext): FactUse[] {
  if (!source.includes(':')) return [];
  const uses: FactUse[] = [];
  visit(parseWithDirectives(source), (node) => {
    if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    // "10:30" or "Note:bring" parse as directives too; only a colon that starts a word and a letter-led name is meant as one.
    const before = start > 0 ? source[start - 1]! : ' ';
    if (node.type === 'textDirective' && !isFact(node.name) && (!/^[a-z]/i.test(node.name) || !/[\s(]/.test(before)))
      return;
    const target =
      node.children
        .map((c) => ('value' in c ? c.value : ''))
        .join('')
        .trim() || undefined;
    const { value, problem } =
      node.type === 'textDirective'
        ? resolveFact(node.name, target, ctx)
        : { problem: `"${source.slice(start, end).split('\n')[0]}" is not allowed; write facts inline as :deadline` };
    uses.push({ start, end, name: node.name, target, value, problem });
  });
  return uses;
}

/** Replaces every resolvable fact directive in a plain-text field by its value; the rest of the text is kept exactly. */
export function expandFacts(text: string, ctx: FactContext, uses: FactUse[] = findFactUses(text, ctx)): string {
  let out = '';
  let at = 0;
  for (const use of uses) {
    if (use.value === undefined) continue;
    out += text.slice(at, use.start) + use.value;
    at = use.end;
  }
  return out + text.slice(at);
}

/** A period such as "5 days" or "3 months", normalised for comparison. */
const PERIOD = /(\d+(?:[.,]\d+)?)\s*(?:–|-|to)?\s*(?:\d+\s*)?(working days?|days?|weeks?|months?|years?)\b/gi;
const DEADLINE_CUE = /\b(within|before|after|no later than|at the latest|between|deadline|in time)\b/i;

function periods(text: string): string[] {
  return [...text.matchAll(PERIOD)].map((m) => `${m[1]} ${m[2]!.toLowerCase().replace(/s$/, '')}`);
}

/**
 * Sentences of prose (text already free of directives) that state a deadline-like period which the task's
 * `deadline` field does not contain: the prose has drifted from the field, or retypes a different value.
 */
export function restatedDeadlines(prose: string, deadline: string | undefined): string[] {
  if (!deadline) return [];
  const known = new Set(periods(deadline));
  const out: string[] = [];
  for (const sentence of prose.split(/(?<=[.!?])\s+|\n+/)) {
    if (!DEADLINE_CUE.test(sentence)) continue;
    const stray = periods(sentence).filter((p) => !known.has(p));
    if (stray.length) out.push(sentence.trim());
  }
  return out;
}
