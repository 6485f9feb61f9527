/**
 * Facts that cannot drift between pages. When a task's deadline or fee changes since the last edition (or another
 * baseline), a sentence elsewhere that still states the old value next to the task's name has drifted: the residence
 * permit page saying "biometrics within 14 days" after the biometrics deadline became 30 days. A paragraph or list
 * item that names the task (a link to it, or a word of its address) and has a sentence with the old value is reported. Found in every text a
 * reader sees (tasks, tips, chapters, glossary definitions, the Danish texts), never in sources (they quote the
 * official page as it was). The fix is `:deadline[task]`, which always shows the field, or a corrected number.
 */
import type { ContentIssue, FieldPath } from '../content/errors.ts';
import type { RawContent } from '../content/load.ts';

export type FactField = 'deadline' | 'fee';
export interface FactChange {
  slug: string;
  title: string;
  field: FactField;
  before: string;
  after?: string;
}

/** One piece of text a reader sees, with where it is written. */
export interface ProseUnit {
  file: string;
  field: FieldPath;
  line?: number;
  text: string;
  /** The task it belongs to. */ owner?: string;
}

type FactValues = { title?: string; deadline?: string; fee?: string };

/** The deadlines and fees that changed from `before` to `now`, task by task. */
export function factChanges(
  before: Record<string, FactValues>,
  now: (FactValues & { slug: string; title: string })[],
): FactChange[] {
  const out: FactChange[] = [];
  for (const t of now) {
    const old = before[t.slug];
    if (!old) continue;
    for (const field of ['deadline', 'fee'] as const) {
      if (old[field] && old[field] !== t[field])
        out.push({ slug: t.slug, title: t.title, field, before: old[field], after: t[field] });
    }
  }
  return out;
}

const UNITS: Record<string, string> = {
  day: 'day',
  days: 'day',
  'working day': 'working day',
  'working days': 'working day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
  dag: 'day',
  dage: 'day',
  arbejdsdag: 'working day',
  arbejdsdage: 'working day',
  uge: 'week',
  uger: 'week',
  måned: 'month',
  måneder: 'month',
  år: 'year',
};
const QUANTITY =
  /(\d+(?:[.,]\d+)*)\s*(working days?|arbejdsdage?|days?|dage?|weeks?|uger?|months?|måneder|måned|years?|år)(?![\p{L}])/giu;
const AMOUNT = /(?:DKK|kr\.?)\s*(\d[\d.,]*\d|\d)|(\d[\d.,]*\d|\d)\s*(?:DKK|kr\.|kroner)/giu;

/** The periods and amounts in a text, normalised across English and Danish: "14 day", "DKK 2250". */
export function quantities(text: string): string[] {
  const found = [...text.matchAll(QUANTITY)].map((m) => `${m[1]} ${UNITS[m[2]!.toLowerCase()]}`);
  const amounts = [...text.matchAll(AMOUNT)].map((m) => `DKK ${(m[1] ?? m[2])!.replace(/[.,]/g, '')}`);
  return [...found, ...amounts];
}

/** Words that name a task in a sentence: its address's longer words, cut to a stem ("biometrics" → "biometri"). */
function nameStems(slug: string): string[] {
  return slug
    .split('-')
    .filter((w) => w.length >= 5)
    .map((w) => w.slice(0, Math.max(5, w.length - 2)).toLowerCase());
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A text that names the task: a link to its page, or a word of its address. */
function namesTask(text: string, slug: string): boolean {
  const lower = text.toLowerCase();
  if (lower.includes(`/tasks/${slug}/`) || lower.includes(`](${slug})`)) return true;
  return nameStems(slug).some((stem) => new RegExp(`(^|[^\\p{L}])${stem}`, 'u').test(lower));
}

/** Every sentence that states an old value of a changed fact next to the task's name, as a warning at its place. */
export function staleMentions(changes: FactChange[], units: ProseUnit[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const change of changes) {
    const now = new Set(quantities(change.after ?? ''));
    const stale = [...new Set(quantities(change.before))].filter((q) => !now.has(q));
    if (!stale.length) continue;
    for (const unit of units) {
      // The task's own page: the check of its deadline against its own text (facts.ts) already reports it.
      if (unit.owner === change.slug) continue;
      // The paragraph or list item names the task; a sentence in it states the old value.
      if (!namesTask(unit.text, change.slug)) continue;
      for (const sentence of sentences(unit.text)) {
        const said = quantities(sentence).filter((q) => stale.includes(q));
        if (!said.length) continue;
        issues.push({
          file: unit.file,
          field: unit.field,
          line: unit.line,
          severity: 'warning',
          message: `"${sentence.slice(0, 140)}" still says ${said.map((q) => `"${q}"`).join(', ')}, the old ${change.field} of "${change.title}" (${change.slug}), which now says "${change.after ?? '(none)'}"`,
          hint: `if the sentence means that ${change.field}, write :${change.field}[${change.slug}] instead of the number, so it always shows the field; if it is another fact, leave it`,
        });
      }
    }
  }
  return issues;
}

/** Every text a reader sees, paragraph by paragraph, with its file and line: tasks, tips, chapters, definitions, the Danish texts. */
export function proseUnits(raw: RawContent): ProseUnit[] {
  const bodyLine = (e: { text: string; bodyLine: number }, sentence: string) => {
    const lines = e.text.split('\n');
    const i = lines.findIndex(
      (l, n) =>
        n >= e.bodyLine - 1 &&
        sentence
          .split(/\s+/)
          .slice(0, 4)
          .every((w) => l.includes(w)),
    );
    return i >= 0 ? i + 1 : e.bodyLine;
  };
  const markdownUnits = (
    e: { file: string; text: string; body: string; bodyLine: number },
    owner?: string,
  ): ProseUnit[] =>
    e.body
      .split(/\n{2,}/)
      .map((para) => ({ file: e.file, field: ['body'], line: bodyLine(e, para.trim()), text: para, owner }));
  return [
    ...raw.tasks.flatMap(
      (t) =>
        [
          { file: t.file, field: ['summary'], line: t.lineOf(['summary']), text: t.data.summary, owner: t.slug },
          ...t.data.youDo.map((y, i) => ({
            file: t.file,
            field: ['youDo', i],
            line: t.lineOf(['youDo', i]),
            text: y,
            owner: t.slug,
          })),
          ...t.data.automatic.map((y, i) => ({
            file: t.file,
            field: ['automatic', i],
            line: t.lineOf(['automatic', i]),
            text: y,
            owner: t.slug,
          })),
          ...(t.data.confirmation
            ? [
                {
                  file: t.file,
                  field: ['confirmation'],
                  line: t.lineOf(['confirmation']),
                  text: t.data.confirmation,
                  owner: t.slug,
                },
              ]
            : []),
          ...(t.data.deadline
            ? [
                {
                  file: t.file,
                  field: ['deadline'],
                  line: t.lineOf(['deadline']),
                  text: t.data.deadline,
                  owner: t.slug,
                },
              ]
            : []),
          ...markdownUnits(t, t.slug),
        ] as ProseUnit[],
    ),
    ...raw.tips.flatMap((e) => markdownUnits(e)),
    ...raw.chapters.flatMap((e) => markdownUnits(e)),
    ...raw.terms.map((e): ProseUnit => ({
      file: e.file,
      field: ['definition'],
      line: e.lineOf(['definition']),
      text: e.data.definition,
    })),
    ...(raw.danish
      ? [
          ...raw.danish.chapters.flatMap((e) => markdownUnits(e)),
          ...raw.danish.tips.flatMap((e) => markdownUnits(e)),
          ...raw.danish.terms.map((e): ProseUnit => ({
            file: e.file,
            field: ['definition'],
            line: e.lineOf(['definition']),
            text: e.data.definition,
          })),
        ]
      : []),
  ];
}

/**
 * The warnings for the content as it is now against a baseline of facts (the last edition's, the last commit's, or
 * the file as it was before a form's save): every sentence that still states a changed deadline or fee.
 */
export function driftWarnings(raw: RawContent, baseline: Record<string, FactValues>): ContentIssue[] {
  const changes = factChanges(
    baseline,
    raw.tasks.map((t) => ({ slug: t.slug, title: t.data.title, deadline: t.data.deadline, fee: t.data.fee })),
  );
  return changes.length ? staleMentions(changes, proseUnits(raw)) : [];
}
