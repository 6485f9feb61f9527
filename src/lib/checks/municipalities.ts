/**
 * The municipalities list (journey/municipalities.yaml): every one of Denmark's 98 municipalities once, each naming an
 * ICS centre that exists (or `none`), with its addresses on an official domain (the municipality's own domain counts).
 */
import type { ContentIssue, FieldPath } from '../content/errors.ts';
import { MUNICIPALITIES_FILE } from '../content/load.ts';
import type { MunicipalityData } from '../schemas/local-help.ts';
import { MUNICIPALITY_COUNT } from '../schemas/local-help.ts';
import type { Authority, OfficialDomains } from '../schemas/vocabulary.ts';

/** The official domains, with each municipality's own domain added (owned by `municipality`). */
export function withMunicipalDomains(
  official: OfficialDomains,
  municipalities: Pick<MunicipalityData, 'domain' | 'name'>[],
): OfficialDomains {
  const known = new Set(official.domains.map((d) => d.domain));
  const extra = municipalities.flatMap((m) =>
    m.domain && !known.has(m.domain)
      ? [{ domain: m.domain, authority: 'municipality', site: m.name, note: `${m.name} (${MUNICIPALITIES_FILE})` }]
      : [],
  );
  return { ...official, domains: [...official.domains, ...extra] };
}

export function checkMunicipalities(
  municipalities: MunicipalityData[],
  authorities: Authority[],
  lineOf: (field: FieldPath) => number | undefined,
  expected = MUNICIPALITY_COUNT,
): ContentIssue[] {
  const file = MUNICIPALITIES_FILE;
  const issues: ContentIssue[] = [];
  const at = (field: FieldPath, message: string, hint: string) =>
    issues.push({ file, field, line: lineOf(field), severity: 'error', message, hint });
  if (municipalities.length === 0) return issues;
  if (municipalities.length !== expected) {
    issues.push({
      file,
      severity: 'error',
      message: `lists ${municipalities.length} municipalities, not ${expected}`,
      hint: `Denmark has ${expected} municipalities: list each of them once`,
    });
  }
  const centres = new Map(authorities.filter((a) => a.kind === 'ics-centre').map((a) => [a.id, a]));
  const seen = new Map<string, number>();
  municipalities.forEach((m, i) => {
    for (const key of ['slug', 'name', 'english'] as const) {
      const value = `${key}:${m[key].toLowerCase()}`;
      const first = seen.get(value);
      if (first !== undefined)
        at([i, key], `"${m[key]}" is listed twice (also entry ${first + 1})`, 'each municipality is listed once');
      else seen.set(value, i);
    }
    if (m.ics === 'unknown') {
      issues.push({
        file,
        field: [i, 'ics'],
        line: lineOf([i, 'ics']),
        severity: 'warning',
        message: `no official page found yet says which ICS centre serves ${m.name}`,
        hint: 'the page tells readers to ask Citizen Service; set the ICS centre (or none) when an official page says',
      });
    } else if (m.ics !== 'none' && !centres.has(m.ics)) {
      at(
        [i, 'ics'],
        `"${m.ics}" is not an ICS centre`,
        `use one of: ${[...centres.keys()].join(', ')}, or none (journey/authorities.yaml, kind: ics-centre)`,
      );
    }
    for (const key of ['citizenService', 'booking'] as const) {
      const url = m[key];
      if (!url) continue;
      let host = '';
      try {
        host = new URL(url).hostname;
      } catch {
        /* the schema has checked it is a URL */
      }
      const own = m.domain !== undefined && (host === m.domain || host.endsWith(`.${m.domain}`));
      const portal = host === 'borger.dk' || host.endsWith('.borger.dk');
      if (!own && !portal)
        at(
          [i, key],
          `${url} is not on ${m.domain ?? "the municipality's domain"} or borger.dk`,
          m.domain
            ? `link to ${m.name}'s own page (on ${m.domain}), or correct "domain"`
            : 'add "domain" (the municipality\'s own web domain, for example favrskov.dk)',
        );
    }
  });
  return issues;
}
