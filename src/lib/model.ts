/**
 * Builds the one typed model that both views (site and PDF) render: tasks, terms, tips, chapters and the
 * vocabularies, with every cross-reference resolved. Broken references become content issues.
 */
import type { ContentIssue, FieldPath } from './content/errors.ts';
import type { Entry, MarkdownEntry, RawContent, TaskEntry } from './content/load.ts';
import type { TaskData, Prerequisite } from './schemas/task.ts';
import type { TermData } from './schemas/term.ts';
import type { ChapterData, TipData } from './schemas/tip.ts';
import type { Authority, OfficialDomains, Phase, Situation } from './schemas/vocabulary.ts';
import { buildJourney, JOURNEY_FILE, type Journey } from './journey/model.ts';
import type { SelfServiceData } from './schemas/self-service.ts';

export const GLOSSARY_SIZE = 25;
export const TIP_COUNT = 6;

export interface Task extends TaskData {
  slug: string;
  phase: string;
  file: string;
  body: string;
  bodyLine: number;
  url: string;
}
export interface Term extends TermData { slug: string; file: string; anchor: string }
export interface Tip extends TipData { slug: string; file: string; body: string; bodyLine: number }
export interface Chapter extends ChapterData { slug: string; file: string; body: string; bodyLine: number }
export interface SelfService extends SelfServiceData { slug: string; file: string }

export interface Model {
  authorities: Map<string, Authority>;
  situations: Situation[];
  phases: Phase[];
  officialDomains: OfficialDomains;
  /** Sorted by phase, then by `order`. */
  tasks: Task[];
  /** Sorted by rank. */
  terms: Term[];
  tips: Tip[];
  chapters: Chapter[];
  journey: Journey;
  /** The self-service map, sorted by English name. */
  selfServices: SelfService[];
}

export function taskUrl(slug: string): string { return `/tasks/${slug}/`; }
export function termAnchor(slug: string): string { return slug; }

/** The task slugs a prerequisite refers to. */
export function prerequisiteSlugs(p: Prerequisite): string[] { return typeof p === 'string' ? [p] : p.anyOf; }

/** Tasks for one situation, in journey order. */
export function tasksForSituation(model: Model, situationId: string): Task[] {
  return model.tasks.filter((t) => t.situations.includes(situationId));
}

export function tasksInPhase(model: Model, phaseId: string): Task[] {
  return model.tasks.filter((t) => t.phase === phaseId);
}

export function buildModel(raw: RawContent): { model: Model; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const at = (e: Entry<unknown>, field: FieldPath, message: string, hint?: string, severity: ContentIssue['severity'] = 'error') =>
    issues.push({ file: e.file, field, line: e.lineOf(field), message, hint, severity });

  const authorities = new Map(raw.authorities.map((a) => [a.id, a]));
  const authorityIds = [...authorities.keys()];
  const situationIds = new Set(raw.situations.map((s) => s.id));
  const phaseOrder = new Map(raw.phases.map((p, i) => [p.id, i]));

  const checkAuthority = (e: Entry<{ authority: string }>) => {
    if (!authorities.has(e.data.authority)) {
      at(e, ['authority'], `unknown authority "${e.data.authority}"`, `use one of: ${authorityIds.join(', ')} (journey/authorities.yaml)`);
    }
  };

  // Vocabulary files refer to each other too.
  raw.officialDomains.domains.forEach((d, i) => {
    if (!authorities.has(d.authority)) {
      const file = 'journey/official-domains.yaml';
      const field = ['domains', i, 'authority'];
      issues.push({ file, field, line: raw.lineOf(file, field), message: `unknown authority "${d.authority}"`, hint: `use one of: ${authorityIds.join(', ')}`, severity: 'error' });
    }
  });

  // Slugs are page addresses, so they must be unique across all phases.
  const firstBySlug = new Map<string, TaskEntry>();
  for (const t of raw.tasks) {
    const prev = firstBySlug.get(t.slug);
    if (prev) at(t, [], `duplicate task slug "${t.slug}": ${prev.file} has the same file name`, 'rename one of the files: the file name is the page address /tasks/<slug>/');
    else firstBySlug.set(t.slug, t);
  }

  for (const t of raw.tasks) {
    checkAuthority(t);
    t.data.situations.forEach((s, i) => {
      if (!situationIds.has(s)) at(t, ['situations', i], `unknown situation "${s}"`, `use one of: ${[...situationIds].join(', ')} (journey/situations.yaml)`);
    });
    t.data.prerequisites.forEach((p, i) => {
      for (const [j, slug] of prerequisiteSlugs(p).entries()) {
        const field = typeof p === 'string' ? ['prerequisites', i] : ['prerequisites', i, 'anyOf', j];
        if (slug === t.slug) at(t, field, 'a task cannot be its own prerequisite');
        else if (!firstBySlug.has(slug)) at(t, field, `prerequisite "${slug}" is not a task`, 'use the file name (without .md) of a task in guide/');
      }
    });
    if (!t.body.trim()) at(t, [], 'the page body is empty', 'write the explanation below the closing "---" of the front matter');
  }

  for (const e of [...raw.tips, ...raw.chapters]) {
    checkAuthority(e);
    if (!e.body.trim()) at(e, [], 'the page body is empty', 'write the text below the closing "---" of the front matter');
  }
  if (raw.tips.length !== TIP_COUNT) {
    issues.push({ file: 'guide/tips/', message: `there must be exactly ${TIP_COUNT} tips, found ${raw.tips.length}`, severity: 'error' });
  }

  // The glossary.
  const termSlugs = new Set(raw.terms.map((t) => t.slug));
  if (raw.terms.length !== GLOSSARY_SIZE) {
    issues.push({
      file: 'glossary/',
      message: `the glossary must have exactly ${GLOSSARY_SIZE} terms, found ${raw.terms.length}`,
      hint: raw.terms.length > GLOSSARY_SIZE ? 'remove a term: the Top-25 is a deliberate choice' : 'add the missing term, one file per term',
      severity: 'error',
    });
  }
  const seen = { danish: new Map<string, string>(), english: new Map<string, string>(), rank: new Map<number, string>() };
  for (const t of raw.terms) {
    checkAuthority(t);
    for (const key of ['danish', 'english'] as const) {
      const norm = t.data[key].toLocaleLowerCase('da');
      const prev = seen[key].get(norm);
      if (prev) at(t, [key], `duplicate ${key === 'danish' ? 'Danish' : 'English'} term "${t.data[key]}", also in ${prev}`);
      else seen[key].set(norm, t.file);
    }
    const prevRank = seen.rank.get(t.data.rank);
    if (prevRank) at(t, ['rank'], `rank ${t.data.rank} is also used by ${prevRank}`, 'each rank from 1 to 25 is used once');
    else seen.rank.set(t.data.rank, t.file);
    t.data.related.forEach((r, i) => {
      if (!termSlugs.has(r)) at(t, ['related', i], `related term "${r}" does not exist`, 'use the file name (without .yaml) of another term in glossary/');
    });
  }

  const toMd = <T,>(e: MarkdownEntry<T>) => ({ ...e.data, slug: e.slug, file: e.file, body: e.body, bodyLine: e.bodyLine });
  const tasks: Task[] = [...firstBySlug.values()]
    .map((t) => ({ ...toMd(t), phase: t.phase, url: taskUrl(t.slug) }))
    .sort((a, b) => (phaseOrder.get(a.phase)! - phaseOrder.get(b.phase)!) || a.order - b.order || a.slug.localeCompare(b.slug));

  // The self-service map.
  for (const e of raw.selfServices) {
    checkAuthority(e);
    e.data.tasks.forEach((slug, i) => {
      if (!firstBySlug.has(slug)) at(e, ['tasks', i], `task "${slug}" does not exist`, 'use the file name (without .md) of a task in guide/');
    });
  }

  const { journey, issues: journeyIssues } = raw.journey.steps.length
    ? buildJourney(raw.journey, tasks, raw.phases, [...situationIds], (field) => raw.lineOf(JOURNEY_FILE, field))
    : { journey: { title: '', description: '', steps: [] }, issues: [] };
  issues.push(...journeyIssues);

  const model: Model = {
    authorities,
    situations: raw.situations,
    phases: raw.phases,
    officialDomains: raw.officialDomains,
    tasks,
    terms: raw.terms.map((t) => ({ ...t.data, slug: t.slug, file: t.file, anchor: termAnchor(t.slug) })).sort((a, b) => a.rank - b.rank),
    tips: raw.tips.map(toMd).sort((a, b) => a.order - b.order),
    chapters: raw.chapters.map(toMd).sort((a, b) => a.order - b.order),
    journey,
    selfServices: raw.selfServices.map((e) => ({ ...e.data, slug: e.slug, file: e.file })).sort((a, b) => a.nameEn.localeCompare(b.nameEn)),
  };
  return { model, issues };
}

export type { Authority, Phase, Situation, TermData };

/** The self-service solutions a task uses, from the map. */
export function selfServicesForTask(model: Model, taskSlug: string): SelfService[] {
  return model.selfServices.filter((s) => s.tasks.includes(taskSlug));
}
