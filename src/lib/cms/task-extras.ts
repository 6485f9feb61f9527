/**
 * The task form's fields that are not stored in the task file (issue #31): the page address (the file name), the
 * household rules (journey/household-checklists.yaml, under `tasks:`) and the Danish title (da/tasks.yaml). The form
 * shows them with the task; on save the server takes them out of the task file and writes them into their own files,
 * changing only that task's lines there (backend.ts writes all the files or none).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parse, parseDocument, stringify, type Node, type Pair } from 'yaml';
import type { ChecklistRule, HouseholdChecklistsFile } from '../schemas/checklist.ts';
import { PEOPLE } from '../schemas/checklist.ts';
import { fingerprintOf } from '../translations/status.ts';
import type { FieldPath } from '../content/errors.ts';

export const HOUSEHOLD_FILE = 'journey/household-checklists.yaml';
export const DANISH_TITLES_FILE = 'da/tasks.yaml';
/** The task form's fields that are not in the task file: where each is stored. */
export const TASK_FORM_ONLY_FIELDS = {
  address: 'the file name: guide/<phase>/<address>.md, the page /tasks/<address>/',
  titleDa: DANISH_TITLES_FILE,
  household: `${HOUSEHOLD_FILE} (under tasks:)`,
} as const;
export const ADDRESS_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** One household rule as the form shows it: every question a pick-list, nothing nested. */
export interface FormRule {
  who: string[];
  citizenship?: string[];
  reason?: string[];
  children?: string[];
  after?: string;
  why: string;
}
export interface Answers {
  citizenship: string[];
  reason: string[];
  children: string[];
}

export function answersOf(file: HouseholdChecklistsFile | undefined): Answers {
  const q = file?.questions;
  return {
    citizenship: q?.citizenship.answers.map((a) => a.id) ?? [],
    reason: q?.reason.answers.map((a) => a.id) ?? [],
    children: q?.children.ages.map((a) => a.id) ?? [],
  };
}

const inOrder = (values: unknown, order: readonly string[]): string[] => {
  const list = Array.isArray(values) ? values.map(String).filter((v) => v.trim()) : [];
  return [...new Set(list)].sort((a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9));
};

/** A rule of the file as the form shows it: "every answer" is every answer ticked; children: none ticked is "with or without children". */
export function ruleToForm(rule: ChecklistRule, answers: Answers): FormRule {
  return {
    who: [...rule.who],
    citizenship: rule.when?.citizenship ? [...rule.when.citizenship] : [...answers.citizenship],
    reason: rule.when?.reason ? [...rule.when.reason] : [...answers.reason],
    children: rule.when?.children ? [...rule.when.children] : [],
    ...(rule.after ? { after: rule.after } : {}),
    why: rule.why,
  };
}

/** A rule from the form as the file writes it: every answer ticked (or none) is no condition on that question. */
export function formToRule(form: Record<string, unknown>, answers: Answers): Record<string, unknown> {
  const when: Record<string, string[]> = {};
  for (const q of ['citizenship', 'reason'] as const) {
    const v = inOrder(form[q], answers[q]);
    if (v.length && !answers[q].every((a) => v.includes(a))) when[q] = v;
  }
  const children = inOrder(form.children, answers.children);
  if (children.length) when.children = children;
  const after = typeof form.after === 'string' && form.after.trim() ? form.after.trim() : undefined;
  return {
    who: inOrder(form.who, PEOPLE),
    ...(Object.keys(when).length ? { when } : {}),
    ...(after ? { after } : {}),
    why: typeof form.why === 'string' ? form.why.trim() : form.why,
  };
}

/** The default rule of a new task, which the editor confirms by writing why: for you, every answer. */
export function defaultFormRule(answers: Answers): Omit<FormRule, 'why'> {
  return { who: ['you'], citizenship: [...answers.citizenship], reason: [...answers.reason], children: [] };
}

// ---- Text edits that keep every other line byte-identical ------------------------------------------------------

const lineStart = (text: string, i: number) => text.lastIndexOf('\n', i - 1) + 1;
function lineEnd(text: string, i: number): number {
  if (i > 0 && text[i - 1] === '\n') return i;
  const n = text.indexOf('\n', i);
  return n === -1 ? text.length : n + 1;
}
/** Where a node's value ends (its last scalar), so comments and blank lines after it stay where they are. */
function nodeEnd(node: unknown): number {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length) {
    const last = node.items[node.items.length - 1] as Pair | Node;
    return isMap(node) ? nodeEnd((last as Pair).value ?? (last as Pair).key) : nodeEnd(last);
  }
  return (node as Node).range![1];
}
const keyOf = (p: Pair) => String(isScalar(p.key) ? p.key.value : p.key);
const scalarText = (v: string) => stringify(v, { lineWidth: 0 }).replace(/\n$/, '');
const flowList = (v: string[]) => `[${v.join(', ')}]`;

/** One task's rules in the file's own style: `who: [you]`, `when: { reason: [work] }`, `after:`, `why:`. */
export function renderRules(slug: string, rules: Record<string, unknown>[], indent = '  '): string {
  const lines = [`${indent}${slug}:`];
  for (const r of rules) {
    const when = r.when as Record<string, string[]> | undefined;
    const body = [
      `who: ${flowList(r.who as string[])}`,
      ...(when
        ? [
            `when: { ${Object.entries(when)
              .map(([k, v]) => `${k}: ${flowList(v)}`)
              .join(', ')} }`,
          ]
        : []),
      ...(typeof r.after === 'string' && r.after ? [`after: ${r.after}`] : []),
      `why: ${scalarText(typeof r.why === 'string' ? r.why : '')}`,
    ];
    body.forEach((l, i) => lines.push(`${indent}  ${i === 0 ? '- ' : '  '}${l}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The household file with this task's rules: replaced where they stand, or (a new task) inserted after the last task
 * of the same phase. Unchanged rules (the same meaning) leave the file as it is.
 */
export function withRules(
  text: string,
  slug: string,
  rules: Record<string, unknown>[],
  phaseOf: (slug: string) => string | undefined,
  phase: string,
): string {
  const doc = parseDocument(text);
  const tasks = doc.get('tasks', true);
  if (!isMap(tasks) || tasks.flow) throw new Error(`${HOUSEHOLD_FILE}: has no "tasks:" group to add the rules to`);
  const pairs = tasks.items;
  const current = pairs.find((p) => keyOf(p) === slug);
  const indent = pairs[0]
    ? ' '.repeat((pairs[0].key as Node).range![0] - lineStart(text, (pairs[0].key as Node).range![0]))
    : '  ';
  const block = renderRules(slug, rules, indent);
  const src = text.endsWith('\n') ? text : `${text}\n`;
  if (current) {
    const from = lineStart(src, (current.key as Node).range![0]);
    const to = lineEnd(src, nodeEnd(current.value ?? current.key));
    return src.slice(0, from) + block + src.slice(to);
  }
  const samePhase = pairs.filter((p) => phaseOf(keyOf(p)) === phase);
  const anchor = samePhase[samePhase.length - 1] ?? pairs[pairs.length - 1];
  const at = anchor ? lineEnd(src, nodeEnd(anchor.value ?? anchor.key)) : src.length;
  return src.slice(0, at) + block + src.slice(at);
}

/** The same rules, whatever the order of the answers and whether "every answer" is written out. */
export function sameRules(a: ChecklistRule[] | undefined, b: Record<string, unknown>[], answers: Answers): boolean {
  if (!a) return false;
  const norm = (r: Record<string, unknown>) => JSON.stringify(formToRule(r, answers));
  return (
    a.length === b.length &&
    a.every((r, i) => norm(ruleToForm(r, answers) as unknown as Record<string, unknown>) === norm(b[i]!))
  );
}

/**
 * da/tasks.yaml with this task's Danish title: replaced where it stands, or inserted in its phase's group
 * (`# <phase>`), in alphabetical order there. `stamp`: the new `translates:` fingerprint, when the titles were up to date.
 */
export function withDanishTitle(text: string, slug: string, title: string, phase: string, stamp?: string): string {
  const doc = parseDocument(text);
  const edits: { from: number; to: number; insert: string }[] = [];
  const src = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  const root = isMap(doc.contents) ? doc.contents : undefined;
  const pairs = (root?.items ?? []) as Pair[];
  const current = pairs.find((p) => keyOf(p) === slug);
  if (current && isScalar(current.value) && current.value.range) {
    if (current.value.value !== title)
      edits.push({ from: current.value.range[0], to: current.value.range[1], insert: JSON.stringify(title) });
  } else if (current) {
    throw new Error(`${DANISH_TITLES_FILE}: the title of "${slug}" is not one line of text`);
  } else {
    // The groups: a comment line "# <phase>" starts each.
    const line = `${slug}: ${JSON.stringify(title)}\n`;
    const headers = [...src.matchAll(/^# *([a-z0-9-]+) *$/gm)].map((m) => ({ phase: m[1]!, at: m.index }));
    const group = headers.findIndex((h) => h.phase === phase);
    const inGroup = (p: Pair) => {
      const at = (p.key as Node).range![0];
      return group >= 0 && at > headers[group]!.at && (group + 1 >= headers.length || at < headers[group + 1]!.at);
    };
    const members = pairs.filter((p) => keyOf(p) !== 'translates' && inGroup(p));
    const before = members.filter((p) => keyOf(p).localeCompare(slug, 'en') < 0).pop();
    if (before) {
      const at = lineEnd(src, nodeEnd(before.value ?? before.key));
      edits.push({ from: at, to: at, insert: line });
    } else if (members[0]) {
      const at = lineStart(src, (members[0].key as Node).range![0]);
      edits.push({ from: at, to: at, insert: line });
    } else edits.push({ from: src.length, to: src.length, insert: `# ${phase}\n${line}` });
  }
  const translates = pairs.find((p) => keyOf(p) === 'translates');
  if (stamp && translates && isScalar(translates.value) && translates.value.range && translates.value.value !== stamp) {
    edits.push({ from: translates.value.range[0], to: translates.value.range[1], insert: stamp });
  }
  let out = src;
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.insert + out.slice(e.to);
  return out;
}

/** The fingerprint da/tasks.yaml records: the English titles of all tasks. */
export function titlesFingerprint(titles: Record<string, string>): string {
  return fingerprintOf(Object.fromEntries(Object.entries(titles).sort(([a], [b]) => a.localeCompare(b))));
}

// ---- Reading: what the form shows for a task ------------------------------------------------------------------

/** Every task's slug, phase and English title (guide/<phase>/<slug>.md), read from the files. */
export function taskIndex(root: string, phases: string[]): Map<string, { phase: string; title?: string }> {
  const out = new Map<string, { phase: string; title?: string }>();
  for (const phase of phases) {
    const dir = join(root, 'guide', phase);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md') && !n.startsWith('.') && !n.startsWith('_'))) {
      const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, name), 'utf8'));
      let title: string | undefined;
      try {
        const d = m ? (parse(m[1]!) as { title?: unknown } | null) : undefined;
        title = typeof d?.title === 'string' ? d.title : undefined;
      } catch {
        /* the check reports it */
      }
      out.set(name.slice(0, -3), { phase, title });
    }
  }
  return out;
}

/** The extra fields of a task for the form: its address, rules and Danish title, appended to the front matter. */
export function formExtras(
  slug: string,
  household: HouseholdChecklistsFile | undefined,
  danish: Record<string, unknown> | undefined,
): string {
  const answers = answersOf(household);
  const rules = household?.tasks[slug];
  const data: Record<string, unknown> = { address: slug };
  if (rules) data.household = rules.map((r) => ruleToForm(r, answers));
  const da = danish?.[slug];
  if (typeof da === 'string') data.titleDa = da;
  return stringify(data, { lineWidth: 0 });
}

/** Appends the extra fields to a Markdown file's front matter (for the form only; the file is not changed). */
export function withFormExtras(text: string, extras: string): string {
  const m = /^(---\r?\n[\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))/.exec(text);
  if (!m) return text;
  return `${m[1]}${extras}${m[2]}${text.slice(m[0].length)}`;
}

/** Where an issue in the household file or da/tasks.yaml is in the task form, for the form's error list. */
export function formPathOf(issue: { file: string; field?: FieldPath }, slug: string): FieldPath | undefined {
  const f = issue.field ?? [];
  if (issue.file === HOUSEHOLD_FILE && f[0] === 'tasks' && f[1] === slug) {
    const rest = f.slice(2);
    if (rest[1] === 'when') return ['household', rest[0]!, ...rest.slice(2)];
    return ['household', ...rest];
  }
  if (issue.file === DANISH_TITLES_FILE && f[0] === slug) return ['titleDa'];
  return undefined;
}
