/** Small pure helpers that turn model values into the words shown on both the site and the PDF. */
import type { EnglishAvailability } from './schemas/task.ts';
import type { Model, Task } from './model.ts';
import { prerequisiteSlugs, selfServicesForTask } from './model.ts';

export const ENGLISH_BADGE: Record<EnglishAvailability, { label: string; className: string }> = {
  full: { label: 'In English', className: 'badge-en-full' },
  'english-guidance-only': { label: 'Danish only — see English guidance', className: 'badge-en-partial' },
  'danish-only': { label: 'Danish only', className: 'badge-en-partial' },
  unknown: { label: 'Language not verified', className: 'badge-en-unknown' },
};

export const HELP_KIND_LABEL = { 'in-person': 'In person', phone: 'By phone', online: 'Online' } as const;

/** Prerequisites as groups of linked tasks: each group is one requirement; a group of several means "any one of". */
export function prerequisiteGroups(model: Model, task: Task): { slug: string; title: string; url: string }[][] {
  const bySlug = new Map(model.tasks.map((t) => [t.slug, t]));
  return task.prerequisites.map((p) =>
    prerequisiteSlugs(p).map((slug) => {
      const t = bySlug.get(slug)!;
      return { slug, title: t.title, url: t.url };
    }),
  );
}

/** "EU/EEA or Swiss citizen, Student" */
export function situationNames(model: Model, ids: string[]): string[] {
  return ids.map((id) => model.situations.find((s) => s.id === id)?.name ?? id);
}

export function phaseName(model: Model, phaseId: string): string {
  return model.phases.find((p) => p.id === phaseId)?.name ?? phaseId;
}

/** A fact field shown on its own ("Within 5 days of …"): the field is written to read inline, so capitalise it. */
export function asStandalone(fact: string): string {
  return fact.charAt(0).toLocaleUpperCase('en') + fact.slice(1);
}

/** What the PDF's task appendix says about a task's self-service: from the self-service map, like appendix B. */
export function selfServiceSummary(model: Model, task: Task): string {
  const services = selfServicesForTask(model, task.slug);
  if (!services.length) return 'No self-service';
  return services.map((s) => `${s.nameEn}: ${ENGLISH_BADGE[s.english].label}`).join('; ');
}

/** The contact details of an authority or ICS centre, for "Where to get help". */
export function authorityContact(
  model: Model,
  id: string | undefined,
): { name: string; phone?: string; phoneNote?: string; contactUrl?: string; bookingUrl?: string } | undefined {
  const a = id ? model.authorities.get(id) : undefined;
  if (!a || (!a.phone && !a.contactUrl && !a.bookingUrl)) return undefined;
  return { name: a.name, phone: a.phone, phoneNote: a.phoneNote, contactUrl: a.contactUrl, bookingUrl: a.bookingUrl };
}
