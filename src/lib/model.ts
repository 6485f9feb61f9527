/**
 * Builds the one typed model that both views (site and PDF) render: tasks, terms, tips, chapters and the
 * vocabularies, with every cross-reference resolved. Broken references become content issues; every other rule is a
 * check in src/lib/checks/ (content-rules.ts and the others), run by validate.ts.
 */
import type { ContentIssue, FieldPath, MissingRef } from './content/errors.ts';
import type { Entry, MarkdownEntry, RawContent, TaskEntry } from './content/load.ts';
import type { TaskData, Prerequisite } from './schemas/task.ts';
import type { TermData } from './schemas/term.ts';
import type { ChapterData, TipData } from './schemas/tip.ts';
import { SITE_PAGES, type SitePageData, type SitePageSlug } from './schemas/site-page.ts';
import type { DaGuide } from './schemas/danish.ts';
import type { Authority, OfficialDomains, Phase, Situation } from './schemas/vocabulary.ts';
import { buildJourney, dependencyIds, JOURNEY_FILE, type Journey } from './journey/model.ts';
import { buildChecklists, CHECKLISTS_FILE, type Checklist } from './checklist/household.ts';
import type { HouseholdChecklistsFile } from './schemas/checklist.ts';
import type { SelfServiceData } from './schemas/self-service.ts';
import type { MunicipalityData } from './schemas/local-help.ts';
import { withMunicipalDomains } from './checks/municipalities.ts';
import { expandFacts, findFactUses, type FactContext, type FactUse, type FactValues } from './facts.ts';

export interface Task extends TaskData {
  slug: string;
  phase: string;
  file: string;
  body: string;
  bodyLine: number;
  url: string;
}
export interface Term extends TermData {
  slug: string;
  file: string;
  anchor: string;
}
export interface Tip extends TipData {
  slug: string;
  file: string;
  body: string;
  bodyLine: number;
}
export interface Chapter extends ChapterData {
  slug: string;
  file: string;
  body: string;
  bodyLine: number;
}
export type Municipality = MunicipalityData;
export interface SitePage extends SitePageData {
  slug: SitePageSlug;
  file: string;
  body: string;
  bodyLine: number;
  url: string;
}
/** A Danish text with a Markdown body (a chapter or a tip), by the slug of the English it translates. */
export interface DanishText {
  slug: string;
  file: string;
  title: string;
  summary: string;
  body: string;
  bodyLine: number;
  do?: string;
  dont?: string;
}
/** The Danish translation (da/): what the Danish pages show. Missing pieces fall back to nothing; check:content reports them. */
export interface DanishTranslation {
  guide: DaGuide;
  chapters: Map<string, DanishText>;
  tips: Map<string, DanishText>;
  definitions: Map<string, string>;
  journey?: { title: string; description: string; steps: Record<string, string> };
  taskTitles: Map<string, string>;
}
export interface SelfService extends SelfServiceData {
  slug: string;
  file: string;
}

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
  /** The site's own pages (guide/pages/), by file name: every one in SITE_PAGES exists. */
  sitePages: Map<SitePageSlug, SitePage>;
  journey: Journey;
  /** The self-service map, sorted by English name. */
  selfServices: SelfService[];
  /** The Danish translation, when the content has da/ with its fixed texts (da/guide.yaml). */
  danish?: DanishTranslation;
  /** Every municipality with its Citizen Service and ICS centre, sorted by Danish name; empty when the content has none. */
  municipalities: Municipality[];
  /** The household questions, and one checklist per combination of answers. */
  household?: { questions: HouseholdChecklistsFile['questions']; checklists: Checklist<Task>[] };
}

export function taskUrl(slug: string): string {
  return `/tasks/${slug}/`;
}
export function termAnchor(slug: string): string {
  return slug;
}

/** The task slugs a prerequisite refers to. */
export function prerequisiteSlugs(p: Prerequisite): string[] {
  return typeof p === 'string' ? [p] : p.anyOf;
}

/** Tasks for one situation, in journey order. */
export function tasksForSituation(model: Model, situationId: string): Task[] {
  return model.tasks.filter((t) => t.situations.includes(situationId));
}

/** One of the site's own pages. check:content makes sure every one exists, so a missing page here is a bug. */
export function sitePage(model: Model, slug: SitePageSlug): SitePage {
  const page = model.sitePages.get(slug);
  if (!page) throw new Error(`guide/pages/${slug}.md is missing: run npm run check:content`);
  return page;
}

export function tasksInPhase(model: Model, phaseId: string): Task[] {
  return model.tasks.filter((t) => t.phase === phaseId);
}

export function buildModel(raw: RawContent): { model: Model; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const at = (
    e: Entry<unknown>,
    field: FieldPath,
    message: string,
    hint?: string,
    severity: ContentIssue['severity'] = 'error',
    missing?: MissingRef,
  ) =>
    issues.push({
      file: e.file,
      field,
      line: e.lineOf(field),
      message,
      hint,
      severity,
      ...(missing ? { missing } : {}),
    });

  const authorities = new Map(raw.authorities.map((a) => [a.id, a]));
  const authorityIds = [...authorities.keys()];
  const situationIds = new Set(raw.situations.map((s) => s.id));
  const phaseOrder = new Map(raw.phases.map((p, i) => [p.id, i]));

  const checkAuthority = (e: Entry<{ authority: string }>) => {
    if (!authorities.has(e.data.authority)) {
      at(
        e,
        ['authority'],
        `unknown authority "${e.data.authority}"`,
        `use one of: ${authorityIds.join(', ')} (journey/authorities.yaml)`,
      );
    }
  };

  // Vocabulary files refer to each other too.
  raw.officialDomains.domains.forEach((d, i) => {
    if (!authorities.has(d.authority)) {
      const file = 'journey/official-domains.yaml';
      const field = ['domains', i, 'authority'];
      issues.push({
        file,
        field,
        line: raw.lineOf(file, field),
        message: `unknown authority "${d.authority}"`,
        hint: `use one of: ${authorityIds.join(', ')}`,
        severity: 'error',
      });
    }
  });

  // Slugs are page addresses, so they must be unique across all phases.
  const firstBySlug = new Map<string, TaskEntry>();
  for (const t of raw.tasks) {
    const prev = firstBySlug.get(t.slug);
    if (prev)
      at(
        t,
        [],
        `duplicate task slug "${t.slug}": ${prev.file} has the same file name`,
        'rename one of the files: the file name is the page address /tasks/<slug>/',
      );
    else firstBySlug.set(t.slug, t);
  }

  for (const t of raw.tasks) {
    checkAuthority(t);
    t.data.situations.forEach((s, i) => {
      if (!situationIds.has(s))
        at(
          t,
          ['situations', i],
          `unknown situation "${s}"`,
          `use one of: ${[...situationIds].join(', ')} (journey/situations.yaml)`,
        );
    });
    t.data.prerequisites.forEach((p, i) => {
      for (const [j, slug] of prerequisiteSlugs(p).entries()) {
        const field = typeof p === 'string' ? ['prerequisites', i] : ['prerequisites', i, 'anyOf', j];
        if (slug === t.slug) at(t, field, 'a task cannot be its own prerequisite');
        else if (!firstBySlug.has(slug))
          at(
            t,
            field,
            `prerequisite "${slug}" is not a task`,
            'use the file name (without .md) of a task in guide/',
            'error',
            { kind: 'task', slug },
          );
      }
    });
  }

  for (const e of [...raw.tips, ...raw.chapters, ...raw.sitePages]) checkAuthority(e);

  // The glossary.
  const termSlugs = new Set(raw.terms.map((t) => t.slug));
  for (const t of raw.terms) {
    checkAuthority(t);
    t.data.related.forEach((r, i) => {
      if (!termSlugs.has(r))
        at(
          t,
          ['related', i],
          `related term "${r}" does not exist`,
          'use the file name (without .yaml) of another term in glossary/',
          'error',
          { kind: 'term', slug: r },
        );
    });
  }

  const toMd = <T>(e: MarkdownEntry<T>) => ({
    ...e.data,
    slug: e.slug,
    file: e.file,
    body: e.body,
    bodyLine: e.bodyLine,
  });
  const tasks: Task[] = [...firstBySlug.values()]
    .map((t) => ({ ...toMd(t), phase: t.phase, url: taskUrl(t.slug) }))
    .sort(
      (a, b) =>
        phaseOrder.get(a.phase)! - phaseOrder.get(b.phase)! || a.order - b.order || a.slug.localeCompare(b.slug),
    );

  // The self-service map.
  for (const e of raw.selfServices) {
    checkAuthority(e);
    e.data.tasks.forEach((slug, i) => {
      if (!firstBySlug.has(slug))
        at(
          e,
          ['tasks', i],
          `task "${slug}" does not exist`,
          'use the file name (without .md) of a task in guide/',
          'error',
          { kind: 'task', slug },
        );
    });
  }

  // A task names its self-service by the map's id, so the task page, the map and the PDF appendices agree.
  const mapById = new Map(raw.selfServices.map((e) => [e.slug, e]));
  for (const t of raw.tasks) {
    const id = t.data.selfService;
    if (id && !mapById.has(id)) {
      at(
        t,
        ['selfService'],
        `self-service "${id}" is not in the self-service map`,
        `use the file name (without .yaml) of a solution in journey/self-service/: ${[...mapById.keys()].join(', ')}`,
      );
    } else if (id && !mapById.get(id)!.data.tasks.includes(t.slug)) {
      at(
        t,
        ['selfService'],
        `self-service "${id}" does not list this task in its "tasks"`,
        `add "${t.slug}" to tasks in journey/self-service/${id}.yaml, so the map and the task agree`,
      );
    }
    t.data.help.forEach((h, i) => {
      if (h.authority && !authorities.has(h.authority))
        at(
          t,
          ['help', i, 'authority'],
          `unknown authority "${h.authority}"`,
          `use one of: ${authorityIds.join(', ')} (journey/authorities.yaml)`,
        );
    });
  }

  const { journey, issues: journeyIssues } = raw.journey.steps.length
    ? buildJourney(raw.journey, tasks, raw.phases, [...situationIds], (field) => raw.lineOf(JOURNEY_FILE, field))
    : { journey: { title: '', description: '', steps: [] }, issues: [] };
  issues.push(...journeyIssues);

  // Household checklists: dependencies are the tasks' prerequisites and the journey's arrows.
  let household: Model['household'];
  if (raw.householdChecklists) {
    const built = buildChecklists(raw.householdChecklists, tasks, taskDependencies(tasks, journey), (field) =>
      raw.lineOf(CHECKLISTS_FILE, field),
    );
    issues.push(...built.issues);
    household = { questions: raw.householdChecklists.questions, checklists: built.checklists };
  }

  const model: Model = {
    authorities,
    situations: raw.situations,
    phases: raw.phases,
    officialDomains: withMunicipalDomains(raw.officialDomains, raw.municipalities),
    tasks,
    terms: raw.terms
      .map((t) => ({ ...t.data, slug: t.slug, file: t.file, anchor: termAnchor(t.slug) }))
      .sort((a, b) => a.rank - b.rank),
    tips: raw.tips.map(toMd).sort((a, b) => a.order - b.order),
    chapters: raw.chapters.map(toMd).sort((a, b) => a.order - b.order),
    sitePages: new Map(
      raw.sitePages
        .filter((e): e is typeof e & { slug: SitePageSlug } => e.slug in SITE_PAGES)
        .map((e) => [e.slug, { ...toMd(e), slug: e.slug, url: SITE_PAGES[e.slug].url }]),
    ),
    journey,
    selfServices: raw.selfServices
      .map((e) => ({ ...e.data, slug: e.slug, file: e.file }))
      .sort((a, b) => a.nameEn.localeCompare(b.nameEn)),
    household,
    municipalities: [...raw.municipalities].sort((a, b) => a.name.localeCompare(b.name, 'da')),
    danish: danishTranslation(raw),
  };
  issues.push(...expandModelFacts(model, raw));
  return { model, issues };
}

function danishTranslation(raw: RawContent): DanishTranslation | undefined {
  const da = raw.danish;
  if (!da?.guide) return undefined;
  const text = (
    e: MarkdownEntry<{ title: string; summary: string; do?: string; dont?: string }>,
  ): [string, DanishText] => [
    e.slug,
    {
      slug: e.slug,
      file: e.file,
      title: e.data.title,
      summary: e.data.summary,
      body: e.body,
      bodyLine: e.bodyLine,
      do: e.data.do,
      dont: e.data.dont,
    },
  ];
  return {
    guide: da.guide,
    chapters: new Map(da.chapters.map(text)),
    tips: new Map(da.tips.map(text)),
    definitions: new Map(da.terms.map((t) => [t.slug, t.data.definition])),
    journey: da.journey,
    taskTitles: new Map(
      Object.entries(da.tasks ?? {}).filter(
        (e): e is [string, string] => e[0] !== 'translates' && typeof e[1] === 'string',
      ),
    ),
  };
}

/** For each task, the tasks it depends on: its prerequisites and the tasks of the journey steps it has arrows from. */
export function taskDependencies(
  tasks: Pick<Task, 'slug' | 'prerequisites'>[],
  journey: Journey,
): Map<string, string[]> {
  const taskOfStep = new Map(journey.steps.map((s) => [s.id, s.task]));
  const deps = new Map(tasks.map((t) => [t.slug, t.prerequisites.flatMap(prerequisiteSlugs)]));
  for (const step of journey.steps) {
    const from = dependencyIds(step.dependsOn)
      .map((id) => taskOfStep.get(id))
      .filter((s): s is string => !!s);
    deps.set(step.task, [...new Set([...(deps.get(step.task) ?? []), ...from])]);
  }
  return deps;
}

/** Task facts by slug, for the fact directives. */
export function factsBySlug(tasks: { slug: string; deadline?: string; fee?: string }[]): Map<string, FactValues> {
  return new Map(tasks.map((t) => [t.slug, { deadline: t.deadline, fee: t.fee }]));
}

/**
 * Replaces the fact directives (`:deadline`, `:deadline[task]`, `:fee`) in every plain-text field of the model by
 * the field they name, and reports the ones that cannot be resolved. Bodies are rendered by remark-facts.
 */
function expandModelFacts(model: Model, raw: RawContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const tasks = factsBySlug(model.tasks);
  // `:deadline[task]` naming a task that is not there refers to that task.
  const missingTask = (use: FactUse): { missing?: MissingRef } =>
    use.target && !tasks.has(use.target) ? { missing: { kind: 'task', slug: use.target } } : {};
  const rawBySlug = new Map<string, Entry<unknown>>(
    [...raw.tasks, ...raw.terms, ...raw.tips, ...raw.selfServices].map((e) => [e.file, e]),
  );
  const expand = (file: string, field: FieldPath, text: string, ctx: FactContext): string => {
    const uses = findFactUses(text, ctx);
    for (const use of uses) {
      if (use.problem)
        issues.push({
          file,
          field,
          line: rawBySlug.get(file)?.lineOf(field),
          severity: 'error',
          message: use.problem,
          hint: "write :deadline for this task's deadline, or :deadline[task-slug] for another task's",
          ...missingTask(use),
        });
    }
    return expandFacts(text, ctx, uses);
  };
  for (const t of model.tasks) {
    const ctx = { own: { deadline: t.deadline, fee: t.fee }, tasks };
    t.summary = expand(t.file, ['summary'], t.summary, ctx);
    t.youDo = t.youDo.map((s, i) => expand(t.file, ['youDo', i], s, ctx));
    t.automatic = t.automatic.map((s, i) => expand(t.file, ['automatic', i], s, ctx));
    if (t.confirmation) t.confirmation = expand(t.file, ['confirmation'], t.confirmation, ctx);
    t.help = t.help.map((h, i) => ({ ...h, label: expand(t.file, ['help', i, 'label'], h.label, ctx) }));
    // Body directives are checked here and rendered by remark-facts.
    for (const use of findFactUses(t.body, ctx)) {
      if (use.problem)
        issues.push({
          file: t.file,
          line: t.bodyLine + lineAt(t.body, use.start),
          severity: 'error',
          message: use.problem,
          ...missingTask(use),
        });
    }
  }
  const shared = { tasks };
  for (const term of model.terms) term.definition = expand(term.file, ['definition'], term.definition, shared);
  for (const s of model.selfServices) if (s.note) s.note = expand(s.file, ['note'], s.note, shared);
  for (const tip of model.tips) {
    tip.do = expand(tip.file, ['do'], tip.do, shared);
    tip.dont = expand(tip.file, ['dont'], tip.dont, shared);
  }
  for (const tip of [...model.tips, ...model.chapters]) {
    tip.summary = expand(tip.file, ['summary'], tip.summary, shared);
    for (const use of findFactUses(tip.body, shared)) {
      if (use.problem)
        issues.push({
          file: tip.file,
          line: tip.bodyLine + lineAt(tip.body, use.start),
          severity: 'error',
          message: use.problem,
          ...missingTask(use),
        });
    }
  }
  model.journey.description = expandFacts(model.journey.description, shared);
  return issues;
}

/** The 0-based line of an offset in a text. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length - 1;
}

export type { Authority, Phase, Situation, TermData };

/** The self-service solutions a task uses, from the map. */
export function selfServicesForTask(model: Model, taskSlug: string): SelfService[] {
  return model.selfServices.filter((s) => s.tasks.includes(taskSlug));
}
