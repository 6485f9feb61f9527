/**
 * The Danish translation of the best-practice guide (the Danish PDF; "edition" means a quarterly release): whether
 * every text it needs is translated, and the journey, phases, key and badges in Danish. Pure; the print page /print/da/ and the build use it.
 */
import type { DanishTranslation, Model } from '../model.ts';
import type { Phase } from '../schemas/vocabulary.ts';
import type { EnglishAvailability } from '../schemas/task.ts';
import type { Journey } from '../journey/model.ts';
import type { KeyItem } from '../journey/key.ts';
import { JOURNEY_KEY } from '../journey/key.ts';
import { selfServicesForTask } from '../model.ts';
import { fillTemplate } from '../text.ts';

/** The file name of the Danish PDF, beside the English best-practice-guide.pdf. */
export const DANISH_PDF_NAME = 'best-practice-guide-da.pdf';

/**
 * What the Danish PDF still waits for, one line per missing translation (empty: it can be built). A Danish PDF with
 * English holes would mislead, so it is built only when nothing is missing; out-of-date translations do not stop it
 * (the release reports them).
 */
export function danishPdfMissing(model: Model): string[] {
  const da = model.danish;
  if (!da) return ['da/guide.yaml (the Danish edition has not been started)'];
  const missing: string[] = [];
  for (const c of model.chapters) if (!da.chapters.has(c.slug)) missing.push(`da/professionals/${c.slug}.md`);
  for (const t of model.tips) if (!da.tips.has(t.slug)) missing.push(`da/tips/${t.slug}.md`);
  for (const t of model.terms) if (!da.definitions.has(t.slug)) missing.push(`da/glossary/${t.slug}.yaml`);
  // The journey's needs, then every task title (the appendix lists them all); a task in both is named once.
  missing.push(...danishJourneyMissing(model));
  for (const t of model.tasks) if (!da.taskTitles.has(t.slug)) missing.push(`da/tasks.yaml: the task "${t.slug}"`);
  return [...new Set(missing)];
}

/** What the Danish journey (the page /da/journey/ and the PDF's chapter) still waits for; empty: it can be shown. */
export function danishJourneyMissing(model: Model): string[] {
  const da = model.danish;
  if (!da) return ['da/guide.yaml (the Danish edition has not been started)'];
  const missing: string[] = [];
  if (!da.journey) missing.push('da/journey.yaml');
  else
    for (const s of model.journey.steps)
      if (!da.journey.steps[s.id]) missing.push(`da/journey.yaml: the step "${s.id}"`);
  for (const p of model.phases) if (!da.guide.phases[p.id]) missing.push(`da/guide.yaml: the phase "${p.id}"`);
  for (const task of new Set(model.journey.steps.map((s) => s.task)))
    if (!da.taskTitles.has(task)) missing.push(`da/tasks.yaml: the task "${task}"`);
  return missing;
}

/** The phases with their Danish names. */
export function danishPhases(model: Model, da: DanishTranslation): Phase[] {
  return model.phases.map((p) => ({ ...p, name: da.guide.phases[p.id] ?? p.name }));
}

/** The journey with its Danish title, description, step labels and task titles (ids, order and arrows unchanged). */
export function danishJourney(model: Model, da: DanishTranslation): Journey {
  const j = model.journey;
  return {
    title: da.journey?.title ?? j.title,
    description: da.journey?.description ?? j.description,
    steps: j.steps.map((s) => ({
      ...s,
      label: da.journey?.steps[s.id] ?? s.label,
      taskTitle: da.taskTitles.get(s.task) ?? s.taskTitle,
    })),
  };
}

/** The Danish journey figure's text alternative, from the template in da/guide.yaml. */
export function danishJourneyAlt(journey: Journey, phases: Phase[], template: string, or: string): string {
  const used = phases.filter((p) => journey.steps.some((s) => s.phase === p.id));
  const keys = journey.steps.filter((s) => s.key).map((s) => `“${s.label}”`);
  const list = keys.length > 1 ? `${keys.slice(0, -1).join(', ')} ${or} ${keys.at(-1)}` : (keys[0] ?? '');
  return fillTemplate(template, {
    steps: journey.steps.length,
    phases: used.length,
    first: used[0]?.name ?? '',
    last: used.at(-1)?.name ?? '',
    keys: list,
  });
}

/** The key to the journey figure in Danish. */
export function danishJourneyKey(da: DanishTranslation): KeyItem[] {
  const s = da.guide.sentences;
  const text = { arrow: s.keyArrow, key: s.keyKey, optional: s.keyOptional, or: s.keyOr } as const;
  return JOURNEY_KEY.map((k) => ({ symbol: k.symbol, text: text[k.symbol] }));
}

/** The Danish language badge of a self-service solution. */
export function danishBadge(da: DanishTranslation, english: EnglishAvailability): string {
  return da.guide.badges[english];
}

/** A task's self-service solutions with their Danish names and badges, for the tasks appendix. */
export function danishSelfServiceSummary(model: Model, da: DanishTranslation, slug: string): string {
  const services = selfServicesForTask(model, slug);
  if (!services.length) return da.guide.labels.noSelfService;
  return services.map((s) => `${s.nameDa}: ${danishBadge(da, s.english)}`).join('; ');
}
