/**
 * The household's document pack: the documents each appointment needs (the `bring` lists of its tasks), merged per
 * appointment and without repeats across the household ("Passport, for you, your partner and your children"). An
 * appointment is the place a task's visit happens (Citizen Service or an ICS centre, SIRI, ...) or, for a task without
 * a visit, the task itself. Pure: the checklist page, the handover and the PDF use it.
 */
import type { BringItem } from '../schemas/task.ts';
import { LOCAL_SERVICES, type LocalService } from '../schemas/local-help.ts';
import type { Person } from '../schemas/checklist.ts';
import { whoText } from './household.ts';

/** Where a kind of visit happens when the reader's municipality is not known. */
export function appointmentPlace(visit: LocalService): string {
  return LOCAL_SERVICES[visit].place;
}
/** The same, short, for the handover's "Where" column. */
export function appointmentShort(visit: LocalService): string {
  return LOCAL_SERVICES[visit].short;
}

export interface PackTask {
  slug: string;
  title: string;
  visit?: LocalService;
  bring: BringItem[];
}
export interface PackStep {
  task: PackTask;
  who: Person[];
}

export interface PackItem {
  what: string;
  who: Person[];
  whose: string;
  form?: BringItem['form'];
  notes: string[];
}
/** One appointment: its place, the local service it is for (none: the task itself is the appointment), its tasks and documents. */
export interface Appointment {
  place: string;
  visit?: LocalService;
  tasks: { slug: string; title: string }[];
  items: PackItem[];
}

const FORM_TEXT: Record<NonNullable<BringItem['form']>, string> = {
  original: 'original',
  copy: 'a copy',
  'original-and-copy': 'the original and a copy',
};

/** "original", "a copy" or "the original and a copy", for a pack line. */
export function formText(form: BringItem['form']): string | undefined {
  return form ? FORM_TEXT[form] : undefined;
}

/**
 * The appointments of a checklist, in the order their first task comes, each with its documents merged: one line per
 * document, for everyone in the household who brings one. A document's `who` is narrowed to the people the task is
 * for in this household.
 */
export function documentPack(steps: PackStep[], ageLabels: string[] = []): Appointment[] {
  const byPlace = new Map<string, Appointment>();
  for (const { task, who } of steps) {
    if (!task.bring.length) continue;
    const place = task.visit ? appointmentPlace(task.visit) : task.title;
    const appointment = byPlace.get(place) ?? {
      place,
      ...(task.visit ? { visit: task.visit } : {}),
      tasks: [],
      items: [],
    };
    byPlace.set(place, appointment);
    appointment.tasks.push({ slug: task.slug, title: task.title });
    for (const b of task.bring) {
      const people = (b.who ?? who).filter((p) => who.includes(p));
      if (!people.length) continue;
      const key = b.what.toLowerCase();
      const known = appointment.items.find((i) => i.what.toLowerCase() === key);
      if (known) {
        known.who = (['you', 'partner', 'children'] as Person[]).filter(
          (p) => known.who.includes(p) || people.includes(p),
        );
        known.whose = whoText(known.who, ageLabels);
        if (b.note && !known.notes.includes(b.note)) known.notes.push(b.note);
        if (known.form !== b.form) known.form = known.form && b.form ? 'original-and-copy' : (known.form ?? b.form);
      } else {
        appointment.items.push({
          what: b.what,
          who: people,
          whose: whoText(people, ageLabels),
          form: b.form,
          notes: b.note ? [b.note] : [],
        });
      }
    }
  }
  return [...byPlace.values()].filter((a) => a.items.length);
}
