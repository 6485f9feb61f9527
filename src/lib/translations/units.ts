/**
 * The translatable units of the content and their Danish counterparts in da/: the professionals' chapters, the tips,
 * the glossary definitions, the journey and the task titles. Also the Danish files that translate nothing (an English
 * file was renamed or removed), which are errors.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from '../content/errors.ts';
import { DANISH_FOLDER, type RawContent } from '../content/load.ts';
import { fingerprintOf, type TranslationUnit } from './status.ts';
import { titlesFingerprint } from './changed-items.ts';
import { expandFacts, findFactUses, type FactContext } from '../facts.ts';

export function translationUnits(raw: RawContent): { units: TranslationUnit[]; issues: ContentIssue[] } {
  const da = raw.danish;
  if (!da) return { units: [], issues: [] };
  const issues: ContentIssue[] = [];
  const units: TranslationUnit[] = [];
  // The English as readers see it, facts filled in: when a deadline changes, the Danish that states it is out of date.
  const facts: FactContext = {
    tasks: new Map(raw.tasks.map((t) => [t.slug, { deadline: t.data.deadline, fee: t.data.fee }])),
  };
  const shown = (text: string) => expandFacts(text, facts);
  const pair = <
    E extends { slug: string; file: string },
    D extends { slug: string; file: string; data: { translates?: string } },
  >(
    english: E[],
    danish: D[],
    folder: string,
    ext: string,
    title: (e: E) => string,
    value: (e: E) => unknown,
  ) => {
    for (const e of english) {
      const d = danish.find((x) => x.slug === e.slug);
      units.push({
        file: d?.file ?? `${DANISH_FOLDER}/${folder}/${e.slug}${ext}`,
        source: e.file,
        title: title(e),
        english: fingerprintOf(value(e)),
        translates: d?.data.translates,
        exists: !!d,
      });
    }
    for (const d of danish) {
      if (!english.some((e) => e.slug === d.slug)) {
        // A warning, not an error: it is published nowhere, and an editor who renames or removes an English file keeps CI green.
        issues.push({
          file: d.file,
          severity: 'warning',
          ...(folder === 'glossary' ? { missing: { kind: 'term' as const, slug: d.slug } } : {}),
          message: `translates nothing: there is no English ${folder === 'glossary' ? 'term' : 'file'} "${d.slug}", so it is not published`,
          hint: `if the English file was renamed, rename this one to match (${english.map((e) => `${e.slug}${ext}`).join(', ')}); if it was removed, delete this one`,
        });
      }
    }
  };
  pair(
    raw.chapters,
    da.chapters,
    'professionals',
    '.md',
    (e) => e.data.title,
    (e) => ({ title: e.data.title, summary: shown(e.data.summary), body: shown(e.body) }),
  );
  pair(
    raw.tips,
    da.tips,
    'tips',
    '.md',
    (e) => `Tip: ${e.data.title}`,
    (e) => ({
      title: e.data.title,
      summary: shown(e.data.summary),
      do: shown(e.data.do),
      dont: shown(e.data.dont),
      body: shown(e.body),
    }),
  );
  pair(
    raw.terms,
    da.terms,
    'glossary',
    '.yaml',
    (e) => `Glossary: ${e.data.danish}`,
    (e) => ({ danish: e.data.danish, english: e.data.english, definition: shown(e.data.definition) }),
  );
  // Facts are filled in from the English fields, so Danish text writes them out in Danish.
  const factIssue = (file: string, line: number | undefined): ContentIssue => ({
    file,
    line,
    severity: 'error',
    message: 'uses :deadline or :fee, which would show the English wording on a Danish page',
    hint: 'write the deadline or fee out in Danish (a change to the English fact then shows this text as out of date)',
  });
  for (const e of [...da.chapters, ...da.tips, ...da.terms]) {
    for (const [field, value] of Object.entries(e.data)) {
      if (typeof value === 'string' && findFactUses(value, facts).length)
        issues.push(factIssue(e.file, e.lineOf([field])));
    }
    if ('body' in e) {
      const use = findFactUses(e.body, facts)[0];
      if (use) issues.push(factIssue(e.file, e.bodyLine + e.body.slice(0, use.start).split('\n').length - 1));
    }
  }

  const journeyFile = `${DANISH_FOLDER}/journey.yaml`;
  units.push({
    file: journeyFile,
    source: 'journey/steps.yaml',
    title: 'The journey (title, description and step labels)',
    exists: !!da.journey,
    translates: da.journey?.translates,
    english: fingerprintOf({
      title: raw.journey.title,
      description: raw.journey.description,
      steps: raw.journey.steps.map((s) => [s.id, s.label]),
    }),
  });
  if (da.journey) {
    const ids = new Set(raw.journey.steps.map((s) => s.id));
    for (const id of Object.keys(da.journey.steps)) {
      if (!ids.has(id))
        issues.push({
          file: journeyFile,
          field: ['steps', id],
          line: raw.lineOf(journeyFile, ['steps', id]),
          severity: 'error',
          message: `"${id}" is not a step in journey/steps.yaml`,
          hint: 'use the ids of journey/steps.yaml',
        });
    }
    for (const id of ids) {
      if (!(id in da.journey.steps))
        issues.push({
          file: journeyFile,
          field: ['steps'],
          line: raw.lineOf(journeyFile, ['steps']),
          severity: 'warning',
          message: `the step "${id}" has no Danish label`,
          hint: `add "${id}: <Danish label>" under steps`,
        });
    }
  }

  const tasksFile = `${DANISH_FOLDER}/tasks.yaml`;
  units.push({
    file: tasksFile,
    source: 'guide/ (the task titles)',
    title: 'The task titles',
    exists: !!da.tasks,
    translates: da.tasks?.translates,
    english: titlesFingerprint(Object.fromEntries(raw.tasks.map((t) => [t.slug, t.data.title]))),
  });
  if (da.tasks) {
    const slugs = new Set(raw.tasks.map((t) => t.slug));
    for (const key of Object.keys(da.tasks).filter((k) => k !== 'translates')) {
      if (!slugs.has(key))
        issues.push({
          file: tasksFile,
          field: [key],
          line: raw.lineOf(tasksFile, [key]),
          severity: 'error',
          message: `"${key}" is not a task`,
          hint: 'use the file names (without .md) of the tasks in guide/',
          missing: { kind: 'task', slug: key },
        });
    }
    for (const slug of slugs) {
      if (!(slug in da.tasks))
        issues.push({
          file: tasksFile,
          severity: 'warning',
          message: `the task "${slug}" has no Danish title`,
          hint: `add "${slug}: <Danish title>"`,
        });
    }
  }
  if (!da.guide && !existsSync(join(raw.root, DANISH_FOLDER, 'guide.yaml')))
    issues.push({
      file: `${DANISH_FOLDER}/guide.yaml`,
      severity: 'error',
      message: 'is missing',
      hint: 'the Danish pages need their headings and labels from it (see docs/content-reference.md, "Danish edition: fixed texts")',
    });
  return { units, issues };
}
