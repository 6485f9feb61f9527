/**
 * Where a reader goes in person: their municipality's Citizen Service, the International Citizen Service (ICS) centre
 * that serves the municipality (if any), and SIRI's branch offices. Pure functions over the model.
 */
import type { Authority, Model, Municipality, Task } from '../model.ts';
import { LOCAL_SERVICES, type LocalService } from '../schemas/local-help.ts';

export { LOCAL_HELP_URL, municipalityUrl } from './urls.ts';

/** The ICS centre that serves a municipality, or undefined when none does. */
export function icsCentreFor(model: Pick<Model, 'authorities'>, m: Pick<Municipality, 'ics'>): Authority | undefined {
  return m.ics === 'none' || m.ics === 'unknown' ? undefined : model.authorities.get(m.ics);
}

/** SIRI's branch offices (kind siri-branch), by name. */
export function siriBranches(model: Pick<Model, 'authorities'>): Authority[] {
  return [...model.authorities.values()]
    .filter((a) => a.kind === 'siri-branch')
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The municipalities each ICS centre serves (centre id → municipalities), and those no centre serves under `none`. */
export function municipalitiesByCentre(model: Pick<Model, 'municipalities'>): Map<string, Municipality[]> {
  const out = new Map<string, Municipality[]>();
  for (const m of model.municipalities) out.set(m.ics, [...(out.get(m.ics) ?? []), m]);
  return out;
}

/** Tasks a reader does in person (they name the local service they need, `visit:`): their pages link to "where to go". */
export function visitTasks(model: Pick<Model, 'tasks'>): Task[] {
  return model.tasks.filter(needsVisit);
}
export function needsVisit(task: Pick<Task, 'visit'>): boolean {
  return task.visit !== undefined;
}

/**
 * Where a reader in municipality `m` goes for a task: the ICS centre when it offers the task's service, else the
 * service's local place (Citizen Service, the job centre, SIRI...) in the municipality's name.
 */
export function placeFor(
  model: Pick<Model, 'authorities'>,
  m: Pick<Municipality, 'ics' | 'name'>,
  task: Pick<Task, 'visit'>,
): { kind: 'ics'; office: Authority } | { kind: 'local'; where: string } {
  const centre = icsCentreFor(model, m);
  if (task.visit && centre?.services.includes(task.visit)) return { kind: 'ics', office: centre };
  const local: string = task.visit ? LOCAL_SERVICES[task.visit].local : 'Citizen Service in {m}';
  return { kind: 'local', where: local.replaceAll('{m}', shortName(m)) };
}

export function serviceLabel(s: LocalService): string {
  return LOCAL_SERVICES[s].label;
}

/** The Danish and English names a reader may type, for search and the A–Z list ("Favrskov", "Favrskov Kommune"). */
export function shortName(m: Pick<Municipality, 'name'>): string {
  return m.name.replace(/\s+(Kommune|Regionskommune)$/u, '');
}
