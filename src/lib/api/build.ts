/**
 * The data of each API file, from the one model: ids are slugs, names of authorities and phases are resolved, and
 * every address is absolute. Pure: the site's address, the edition and the editions come in as arguments.
 */
import type { Model, Task } from '../model.ts';
import { prerequisiteSlugs, selfServicesForTask, tasksForSituation } from '../model.ts';
import type { Prerequisite } from '../schemas/task.ts';
import type { Source } from '../schemas/common.ts';
import { phaseOf } from '../self-service/views.ts';
import type { EditionEntry } from '../release/editions.ts';
import { checklistUrl } from '../checklist/household.ts';
import { API_VERSION } from './schemas.ts';

export interface ApiContext {
  /** The site's public address, without a trailing slash. */
  site: string;
  edition: { id: string; date: string; draft: boolean };
  /** Published editions, newest first. */
  editions: EditionEntry[];
}

const header = (ctx: ApiContext) => ({ apiVersion: API_VERSION, edition: ctx.edition });
const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const apiSource = (s: Source) => ({ url: s.url, supports: s.supports, checked: s.checked, quote: orNull(s.quote) });
const alternatives = (deps: Prerequisite[]) => deps.map((d) => ({ anyOf: prerequisiteSlugs(d) }));

function authorityRef(model: Model, id: string): { id: string; name: string } {
  return { id, name: model.authorities.get(id)?.name ?? id };
}

function apiTask(model: Model, t: Task, ctx: ApiContext) {
  return {
    slug: t.slug,
    url: `${ctx.site}${t.url}`,
    title: t.title,
    summary: t.summary,
    phase: { id: t.phase, name: model.phases.find((p) => p.id === t.phase)?.name ?? t.phase },
    order: t.order,
    authority: authorityRef(model, t.authority),
    situations: t.situations,
    deadline: orNull(t.deadline),
    fee: orNull(t.fee),
    prerequisites: alternatives(t.prerequisites),
    youDo: t.youDo,
    automatic: t.automatic,
    confirmation: orNull(t.confirmation),
    officialLink: t.officialLink,
    selfService: orNull(t.selfService),
    selfServices: selfServicesForTask(model, t.slug).map((s) => s.slug),
    sources: t.sources.map(apiSource),
    ruleChanges: [...t.ruleChanges].sort((a, b) => a.from.localeCompare(b.from)),
    legalBasis: t.legalBasis.map((l) => ({ name: l.name, url: orNull(l.url) })),
    help: t.help.map((h) => ({
      kind: h.kind,
      label: h.label,
      url: orNull(h.url),
      authority: h.authority ? authorityRef(model, h.authority) : null,
    })),
    lastReviewed: t.lastReviewed,
    optional: t.optional,
    inJourney: t.inJourney,
  };
}

export function apiTasks(model: Model, ctx: ApiContext) {
  return { ...header(ctx), tasks: model.tasks.map((t) => apiTask(model, t, ctx)) };
}

export function apiGlossary(model: Model, ctx: ApiContext) {
  return {
    ...header(ctx),
    terms: model.terms.map((t) => ({
      slug: t.slug,
      url: `${ctx.site}/glossary/#${t.anchor}`,
      rank: t.rank,
      danish: t.danish,
      danishVariants: t.danishVariants,
      english: t.english,
      variants: t.variants,
      avoid: t.avoid,
      definition: t.definition,
      historyNote: orNull(t.historyNote),
      authority: authorityRef(model, t.authority),
      officialUrl: t.url,
      related: t.related,
      sources: t.sources.map(apiSource),
      lastReviewed: t.lastReviewed,
    })),
  };
}

export function apiJourney(model: Model, ctx: ApiContext) {
  const j = model.journey;
  return {
    ...header(ctx),
    journey: {
      title: j.title,
      description: j.description,
      url: `${ctx.site}/journey/`,
      phases: model.phases.map((p) => ({ id: p.id, name: p.name, summary: p.summary })),
      steps: j.steps.map((s) => ({
        id: s.id,
        label: s.label,
        phase: s.phase,
        task: s.task,
        dependsOn: alternatives(s.dependsOn),
        optional: s.optional,
        key: s.key,
        situations: s.situations,
      })),
    },
  };
}

export function apiSelfServices(model: Model, ctx: ApiContext) {
  return {
    ...header(ctx),
    selfServices: model.selfServices.map((s) => ({
      id: s.slug,
      nameEn: s.nameEn,
      nameDa: s.nameDa,
      authority: authorityRef(model, s.authority),
      phase: phaseOf(model, s),
      urlDa: s.urlDa,
      specific: s.specific,
      frontPageReason: orNull(s.frontPageReason),
      urlEn: orNull(s.urlEn),
      english: s.english,
      englishEvidence: orNull(s.englishEvidence),
      login: s.login,
      needsCpr: s.needsCpr,
      accessEvidence: orNull(s.accessEvidence),
      crib: s.crib,
      tasks: s.tasks,
      variesByMunicipality: s.variesByMunicipality,
      note: orNull(s.note),
      lastVerified: s.lastVerified,
    })),
  };
}

export function apiSituations(model: Model, ctx: ApiContext) {
  return {
    ...header(ctx),
    situations: model.situations.map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description,
      url: `${ctx.site}/situations/${s.id}/`,
      journeyUrl: `${ctx.site}/journey/${s.id}/`,
      tasks: tasksForSituation(model, s.id).map((t) => t.slug),
    })),
  };
}

/** The household checklists, or undefined for a content tree without journey/household-checklists.yaml. */
export function apiChecklists(model: Model, ctx: ApiContext) {
  if (!model.household) return undefined;
  const q = model.household.questions;
  const answer = (a: { id: string; label: string; hint?: string }) => ({
    id: a.id,
    label: a.label,
    hint: orNull(a.hint),
  });
  const choice = (c: typeof q.citizenship) => ({
    question: c.question,
    hint: orNull(c.hint),
    answers: c.answers.map(answer),
  });
  return {
    ...header(ctx),
    checklists: {
      questions: {
        citizenship: choice(q.citizenship),
        reason: choice(q.reason),
        partner: { question: q.partner.question, hint: orNull(q.partner.hint), yes: q.partner.yes, no: q.partner.no },
        children: {
          question: q.children.question,
          hint: orNull(q.children.hint),
          none: q.children.none,
          ages: q.children.ages.map(answer),
        },
      },
      households: model.household.checklists.map((c) => ({
        id: c.path,
        url: `${ctx.site}${checklistUrl(c.household)}`,
        answers: {
          citizenship: c.household.citizenship,
          reason: c.household.reason,
          partner: c.household.partner,
          children: c.household.ages,
        },
        items: c.items.map((i) => ({
          task: i.task.slug,
          who: i.who,
          children: i.ages,
          why: i.why,
          phase: i.phase,
          after: orNull(i.after),
        })),
      })),
    },
  };
}

export function apiEditions(ctx: ApiContext) {
  return {
    ...header(ctx),
    editions: ctx.editions.map((e) => ({
      id: e.id,
      date: e.date,
      url: `${ctx.site}/editions/${e.id}/`,
      pdf: e.pdf ? `${ctx.site}/editions/${e.id}/${e.pdf}` : null,
      poster: e.poster ? `${ctx.site}/editions/${e.id}/${e.poster}` : null,
    })),
  };
}
