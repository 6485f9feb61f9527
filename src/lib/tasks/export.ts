/** The guide's tasks as CSV (UTF-8 with BOM) and JSON: deadline, fee, official link, self-service and sources, from the one model. */
import type { Model } from '../model.ts';
import { selfServicesForTask } from '../model.ts';
import { csvFile } from '../text.ts';

const COLUMNS = [
  'slug',
  'title',
  'phase',
  'authority',
  'deadline',
  'fee',
  'official_link',
  'official_link_is_front_page',
  'self_services',
  'sources',
  'last_reviewed',
] as const;

export function tasksCsv(model: Model): string {
  return csvFile(
    COLUMNS,
    model.tasks.map((t) => [
      t.slug,
      t.title,
      t.phase,
      model.authorities.get(t.authority)?.name ?? t.authority,
      t.deadline ?? '',
      t.fee ?? '',
      t.officialLink.url,
      String(!t.officialLink.specific),
      selfServicesForTask(model, t.slug)
        .map((s) => s.slug)
        .join('; '),
      t.sources.map((s) => s.url).join('; '),
      t.lastReviewed,
    ]),
  );
}

export function tasksJson(model: Model, edition: string): string {
  return `${JSON.stringify(
    {
      edition,
      tasks: model.tasks.map((t) => {
        const { file: _f, body: _b, bodyLine: _l, ...rest } = t;
        return { ...rest, selfServices: selfServicesForTask(model, t.slug).map((s) => s.slug) };
      }),
    },
    null,
    2,
  )}\n`;
}
