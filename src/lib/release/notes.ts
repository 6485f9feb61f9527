/**
 * Release notes computed from two manifests: what was added, removed and changed since the previous edition, in the
 * words readers see (titles, not file names; the commit is in manifest.json, not in the public notes).
 */
import type { Manifest, ManifestItem } from './manifest.ts';
import { stableJson } from './manifest.ts';

interface Diff {
  added: string[];
  removed: string[];
  changed: { key: string; fields: string[]; before: ManifestItem; after: ManifestItem }[];
}

export function diffItems(before: Record<string, ManifestItem>, after: Record<string, ManifestItem>): Diff {
  const added = Object.keys(after).filter((k) => !(k in before));
  const removed = Object.keys(before).filter((k) => !(k in after));
  const changed = Object.keys(after)
    .filter((k) => k in before && before[k]!.hash !== after[k]!.hash)
    .map((key) => {
      const b = before[key]!.data;
      const a = after[key]!.data;
      const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])]
        .filter((f) => stableJson(b[f]) !== stableJson(a[f]))
        .sort();
      return { key, fields, before: before[key]!, after: after[key]! };
    });
  return { added, removed, changed };
}

const FIELD_NAMES: Record<string, string> = {
  bodyHash: 'text',
  youDo: 'steps',
  lastReviewed: 'review date',
  lastVerified: 'verification date',
  officialLink: 'official link',
  selfService: 'self-service',
  dependsOn: 'dependencies',
  english: 'English',
  englishEvidence: 'English evidence',
  urlDa: 'Danish address',
  urlEn: 'English address',
  nameEn: 'English name',
  nameDa: 'Danish name',
  needsCpr: 'needs a CPR number',
};
const label = (f: string) => FIELD_NAMES[f] ?? f;
const show = (v: unknown) => (v === undefined ? '(none)' : typeof v === 'string' ? `“${v}”` : JSON.stringify(v));
const title = (i: ManifestItem | undefined, key: string): string => {
  const name = [i?.data.title, i?.data.label, i?.data.nameEn, i?.data.english].find(
    (v) => typeof v === 'string' || typeof v === 'number',
  );
  return name === undefined ? key : String(name);
};

/** Scalar fields whose old and new values are worth showing in full. */
const SHOW_VALUES = new Set([
  'deadline',
  'fee',
  'title',
  'authority',
  'english',
  'danish',
  'label',
  'phase',
  'nameEn',
  'nameDa',
  'login',
  'needsCpr',
  'urlDa',
  'urlEn',
  'summary',
]);
const DATE_FIELDS = new Set(['lastReviewed', 'lastVerified']);

/** A list of text that changed: which lines were added and removed ("steps: added “Bring your lease”"). */
function listChange(f: string, before: unknown, after: unknown): string | undefined {
  if (
    !Array.isArray(before) ||
    !Array.isArray(after) ||
    ![...(before as unknown[]), ...(after as unknown[])].every((v) => typeof v === 'string')
  )
    return undefined;
  const added = (after as string[]).filter((v) => !(before as string[]).includes(v));
  const removed = (before as string[]).filter((v) => !(after as string[]).includes(v));
  const parts = [...added.map((v) => `added ${show(v)}`), ...removed.map((v) => `removed ${show(v)}`)];
  return `${label(f)}: ${parts.length ? parts.join(', ') : 'new order'}`;
}

/** What changed in one item, in readers' words ("deadline changed: “…” → “…”"), or that it was only reviewed. */
function changeText(c: Diff['changed'][number]): string {
  const details = c.fields
    .filter((f) => !DATE_FIELDS.has(f))
    .map((f) =>
      SHOW_VALUES.has(f)
        ? `${label(f)} changed: ${show(c.before.data[f])} → ${show(c.after.data[f])}`
        : (listChange(f, c.before.data[f], c.after.data[f]) ?? `${label(f)} changed`),
    );
  return details.length === 0 ? 'reviewed, no change in content' : details.join('; ');
}

/** One added, removed or changed item between two manifests: its key (slug or id), its title and what changed. */
export interface ItemChange {
  key: string;
  kind: 'added' | 'removed' | 'changed';
  title: string;
  text: string;
}

/** The changes between two sets of manifest items, in the order of the release notes: added, removed, changed. */
export function itemChanges(before: Record<string, ManifestItem>, after: Record<string, ManifestItem>): ItemChange[] {
  const d = diffItems(before, after);
  return [
    ...d.added.map((key): ItemChange => ({ key, kind: 'added', title: title(after[key], key), text: 'added' })),
    ...d.removed.map((key): ItemChange => ({ key, kind: 'removed', title: title(before[key], key), text: 'removed' })),
    ...d.changed.map((c): ItemChange => ({
      key: c.key,
      kind: 'changed',
      title: title(c.after, c.key),
      text: changeText(c),
    })),
  ];
}

const noteLine = (c: ItemChange) =>
  c.kind === 'changed' ? `- ${c.title}: ${c.text}` : `- ${c.kind === 'added' ? 'Added' : 'Removed'}: ${c.title}`;

/**
 * The notes, compared with the previous edition; or, for the first edition, with a baseline (the content on an earlier
 * day, `--since`), or with nothing.
 */
export function releaseNotes(previous: Manifest | undefined, current: Manifest, baseline?: Manifest): string {
  const lines = [`# What's new in edition ${current.edition}`, '', `Published ${current.date}.`, ''];
  if (!previous && baseline) {
    lines.push('This is the first edition.', '', `Compared with the content as it was on ${baseline.date}.`, '');
    return `${lines.join('\n')}\n${changeSections(baseline, current)}`;
  }
  if (!previous) {
    lines.push(
      'This is the first edition.',
      '',
      `It has ${Object.keys(current.tasks).length} tasks, ${Object.keys(current.terms).length} glossary terms, ${Object.keys(current.steps).length} journey steps, ${Object.keys(current.tips).length} tips and ${Object.keys(current.selfServices ?? {}).length} self-service entries.`,
      '',
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(`Compared with edition ${previous.edition} (${previous.date}).`, '');
  return `${lines.join('\n')}\n${changeSections(previous, current)}`;
}

/** One section per kind of content: what was added, removed and changed. */
function changeSections(previous: Manifest, current: Manifest): string {
  const lines: string[] = [];
  const sections: [string, keyof Pick<Manifest, 'tasks' | 'terms' | 'steps' | 'tips' | 'selfServices'>][] = [
    ['Tasks', 'tasks'],
    ['Glossary', 'terms'],
    ['Journey steps', 'steps'],
    ['Tips', 'tips'],
    ['Self-service map', 'selfServices'],
  ];
  for (const [heading, key] of sections) {
    const before = previous[key] ?? {};
    const after = current[key] ?? {};
    if (key === 'selfServices' && !previous.selfServices) {
      lines.push(
        `## ${heading}`,
        '',
        `The previous edition did not record the map; it now has ${Object.keys(after).length} ${Object.keys(after).length === 1 ? 'entry' : 'entries'}.`,
        '',
      );
      continue;
    }
    const changes = itemChanges(before, after);
    lines.push(`## ${heading}`, '');
    if (!changes.length) {
      lines.push('No changes.', '');
      continue;
    }
    lines.push(...changes.map(noteLine), '');
  }
  return `${lines.join('\n')}\n`;
}

/** One sentence for the PDF colophon. */
export function notesSummary(previous: Manifest | undefined, current: Manifest): string {
  if (!previous) return 'This is the first edition.';
  const parts = (['tasks', 'terms', 'steps', 'tips'] as const)
    .map((k) => {
      const d = diffItems(previous[k], current[k]);
      const n = d.added.length + d.removed.length + d.changed.length;
      return n
        ? `${n} ${k === 'terms' ? 'glossary term' : k === 'steps' ? 'journey step' : k.slice(0, -1)}${n === 1 ? '' : 's'}`
        : '';
    })
    .filter(Boolean);
  return parts.length
    ? `Changed since edition ${previous.edition}: ${parts.join(', ')}.`
    : `No content changes since edition ${previous.edition}.`;
}

/**
 * The line that separates the editor's own text (above it, kept on every run) from the computed list of changes
 * (below it, written again on every run, also with --force). It is an HTML comment, so readers never see it.
 */
export const NOTES_MARKER =
  '<!-- Write your own text ABOVE this line: npm run release keeps it. Everything below is computed and replaced on every run. -->';

/**
 * The notes file: the editor's part of the existing file (or, the first time, the computed title) above the marker,
 * and the freshly computed changes below it. A file written before the marker existed is kept whole above it.
 */
export function mergeNotes(existing: string | undefined, computed: string): string {
  const split = computed.indexOf('\n\n', computed.indexOf('Published'));
  const head = computed.slice(0, split + 2);
  const body = computed.slice(split + 2);
  const editorPart =
    existing === undefined
      ? head
      : existing.includes(NOTES_MARKER)
        ? existing.slice(0, existing.indexOf(NOTES_MARKER))
        : `${existing.trimEnd()}\n\n`;
  return `${editorPart}${NOTES_MARKER}\n\n${body}`;
}
