/** The self-service map as CSV (UTF-8 with BOM) and JSON, for authorities. */
import type { Model } from '../model.ts';
import { phaseOf } from './views.ts';
import { csvFile } from '../text.ts';

const COLUMNS = [
  'slug',
  'name_en',
  'name_da',
  'authority',
  'phase',
  'english',
  'login',
  'needs_cpr',
  'url_da',
  'url_en',
  'tasks',
  'varies_by_municipality',
  'last_verified',
  'front_page_reason',
  'danish_crib',
] as const;

export function selfServiceCsv(model: Model): string {
  return csvFile(
    COLUMNS,
    model.selfServices.map((s) => [
      s.slug,
      s.nameEn,
      s.nameDa,
      model.authorities.get(s.authority)?.name ?? s.authority,
      phaseOf(model, s),
      s.english,
      s.login,
      String(s.needsCpr),
      s.urlDa,
      s.urlEn ?? '',
      s.tasks.join('; '),
      String(s.variesByMunicipality),
      s.lastVerified,
      s.specific ? '' : (s.frontPageReason ?? ''),
      s.crib.map((c) => `${c.da} = ${c.en}`).join('; '),
    ]),
  );
}

export function selfServiceJson(model: Model, edition: string): string {
  return `${JSON.stringify(
    {
      edition,
      selfServices: model.selfServices.map((s) => {
        const { file: _file, ...rest } = s;
        return { ...rest, phase: phaseOf(model, s) };
      }),
    },
    null,
    2,
  )}\n`;
}
