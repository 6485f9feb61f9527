/** Groupings of the self-service map for the site and the PDF: by phase, by authority, by English availability. */
import type { Model, SelfService } from '../model.ts';
import type { EnglishAvailability } from '../schemas/task.ts';
import { ENGLISH_BADGE } from '../presenters.ts';

export interface ServiceGroup {
  id: string;
  title: string;
  services: SelfService[];
}

const ENGLISH_ORDER: EnglishAvailability[] = ['full', 'english-guidance-only', 'danish-only', 'unknown'];

/** The phase of a solution: the earliest phase among the tasks that use it. */
export function phaseOf(model: Model, service: SelfService): string {
  const order = model.phases.map((p) => p.id);
  const phases = service.tasks
    .map((t) => model.tasks.find((x) => x.slug === t)?.phase)
    .filter((p): p is string => Boolean(p));
  return phases.sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] ?? order[0]!;
}

export function groupServices(model: Model, by: 'phase' | 'authority' | 'english'): ServiceGroup[] {
  const services = model.selfServices;
  if (by === 'phase') {
    return model.phases
      .map((p) => ({ id: p.id, title: p.name, services: services.filter((s) => phaseOf(model, s) === p.id) }))
      .filter((g) => g.services.length);
  }
  if (by === 'english') {
    return ENGLISH_ORDER.map((e) => ({
      id: e,
      title: ENGLISH_BADGE[e].label,
      services: services.filter((s) => s.english === e),
    })).filter((g) => g.services.length);
  }
  const ids = [...new Set(services.map((s) => s.authority))];
  return ids
    .map((id) => ({
      id,
      title: model.authorities.get(id)?.name ?? id,
      services: services.filter((s) => s.authority === id),
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

export const LOGIN_LABEL = {
  mitid: 'MitID',
  'mitid-or-password': 'MitID or E-tax password',
  none: 'No login',
  'eu-eid': 'EU eID (eID gateway)',
  unknown: 'Not verified',
} as const;

export function cprLabel(needsCpr: boolean | 'unknown'): string {
  return needsCpr === 'unknown' ? 'Not verified' : needsCpr ? 'Yes' : 'No';
}
