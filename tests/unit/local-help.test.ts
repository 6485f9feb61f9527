import { describe, expect, it } from 'vitest';
import { checkMunicipalities, withMunicipalDomains } from '../../src/lib/checks/municipalities.ts';
import {
  icsCentreFor,
  municipalitiesByCentre,
  needsVisit,
  placeFor,
  shortName,
} from '../../src/lib/local-help/offices.ts';
import type { MunicipalityData } from '../../src/lib/schemas/local-help.ts';
import type { Authority } from '../../src/lib/schemas/vocabulary.ts';

const source = [{ url: 'https://lifeindenmark.borger.dk/ics', supports: 'serves', checked: '2026-12-07' }];
const m = (slug: string, ics = 'ics-aarhus', over: Partial<MunicipalityData> = {}): MunicipalityData => ({
  slug,
  name: `${slug[0]!.toUpperCase()}${slug.slice(1)} Kommune`,
  english: `${slug} Municipality`,
  domain: `${slug}.dk`,
  ics,
  sources: source,
  ...over,
});
const ics: Authority = {
  id: 'ics-aarhus',
  name: 'ICS West in Aarhus',
  kind: 'ics-centre',
  services: ['cpr-registration'],
  sources: [],
  workingGroup: false,
};
const lineOf = (f: (string | number)[]) => (typeof f[0] === 'number' ? f[0] + 2 : undefined);

describe('the municipalities check', () => {
  it('accepts a complete list', () => {
    expect(checkMunicipalities([m('favrskov'), m('aarhus'), m('bornholm', 'none')], [ics], lineOf, 3)).toEqual([]);
  });
  it('counts the municipalities', () => {
    const issues = checkMunicipalities([m('favrskov'), m('aarhus')], [ics], lineOf, 3);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'journey/municipalities.yaml',
        message: 'lists 2 municipalities, not 3',
      }),
    ]);
  });
  it('names a municipality listed twice, with its line', () => {
    const issues = checkMunicipalities([m('favrskov'), m('favrskov')], [ics], lineOf, 2);
    expect(issues.map((i) => [i.line, i.field?.[1]])).toEqual([
      [3, 'slug'],
      [3, 'name'],
      [3, 'english'],
    ]);
  });
  it('refuses an ICS centre that does not exist, or an authority that is not a centre', () => {
    const siri: Authority = { ...ics, id: 'siri', kind: 'authority' };
    const issues = checkMunicipalities([m('favrskov', 'ics-vejle'), m('aarhus', 'siri')], [ics, siri], lineOf, 2);
    expect(issues.map((i) => i.message)).toEqual(['"ics-vejle" is not an ICS centre', '"siri" is not an ICS centre']);
  });
  it('refuses a Citizen Service page on another domain', () => {
    const issues = checkMunicipalities(
      [m('favrskov', 'ics-aarhus', { citizenService: 'https://www.aarhus.dk/borgerservice' })],
      [ics],
      lineOf,
      1,
    );
    expect(issues).toEqual([expect.objectContaining({ field: [0, 'citizenService'], line: 2 })]);
    expect(
      checkMunicipalities(
        [
          m('favrskov', 'ics-aarhus', {
            citizenService: 'https://www.favrskov.dk/borgerservice',
            booking: 'https://www.borger.dk/x',
          }),
        ],
        [ics],
        lineOf,
        1,
      ),
    ).toEqual([]);
  });
  it("makes each municipality's own domain official, once", () => {
    const official = withMunicipalDomains({ domains: [{ domain: 'aarhus.dk', authority: 'aarhus' }], exceptions: [] }, [
      m('aarhus'),
      m('favrskov'),
    ]);
    expect(official.domains.map((d) => [d.domain, d.authority])).toEqual([
      ['aarhus.dk', 'aarhus'],
      ['favrskov.dk', 'municipality'],
    ]);
  });
});

describe('local offices', () => {
  const model = {
    authorities: new Map([[ics.id, ics]]),
    municipalities: [m('favrskov'), m('aarhus'), m('bornholm', 'none')],
  };
  it('finds the ICS centre, or none', () => {
    expect(icsCentreFor(model, model.municipalities[0]!)?.id).toBe('ics-aarhus');
    expect(icsCentreFor(model, model.municipalities[2]!)).toBeUndefined();
  });
  it('groups the municipalities by centre', () => {
    const by = municipalitiesByCentre(model);
    expect(by.get('ics-aarhus')?.map((x) => x.slug)).toEqual(['favrskov', 'aarhus']);
    expect(by.get('none')?.map((x) => x.slug)).toEqual(['bornholm']);
  });
  it('knows which tasks need a visit', () => {
    expect(needsVisit({ visit: 'cpr-registration' })).toBe(true);
    expect(needsVisit({})).toBe(false);
  });
  it('shortens the Danish name', () => {
    expect(shortName({ name: 'Favrskov Kommune' })).toBe('Favrskov');
    expect(shortName({ name: 'Bornholms Regionskommune' })).toBe('Bornholms');
  });
});

describe('where a reader goes for a task', () => {
  const centre: Authority = {
    id: 'ics-aarhus',
    name: 'ICS West in Aarhus',
    kind: 'ics-centre',
    services: ['cpr-registration', 'eu-residence-document'],
    sources: [],
    workingGroup: false,
  };
  const model = { authorities: new Map([[centre.id, centre]]) };
  const hjorring = { ics: 'none', name: 'Hjørring Kommune' };
  it('goes to the ICS centre when it offers the service there, else to Citizen Service', () => {
    expect(placeFor(model, { ics: 'ics-aarhus', name: 'Aarhus Kommune' }, { visit: 'cpr-registration' })).toEqual({
      kind: 'ics',
      office: centre,
    });
    expect(placeFor(model, { ics: 'ics-aarhus', name: 'Aarhus Kommune' }, { visit: 'driving-licence' })).toEqual({
      kind: 'local',
      where: 'Citizen Service in Aarhus',
    });
    expect(placeFor(model, hjorring, { visit: 'cpr-registration' })).toEqual({
      kind: 'local',
      where: 'Citizen Service in Hjørring',
    });
  });
  it('sends permits, biometrics and the EU residence document to SIRI, never to the municipality', () => {
    for (const visit of ['biometrics', 'siri-permits', 'eu-residence-document'] as const) {
      const place = placeFor(model, { ics: 'unknown', name: 'Hjørring Kommune' }, { visit });
      expect(place.kind === 'local' && place.where).toMatch(/^SIRI, not the municipality/);
    }
  });
  it('sends a PD U2 registration to the job centre or Citizen Service, and Danish lessons to the language centre', () => {
    expect(placeFor(model, hjorring, { visit: 'unemployment-benefit-registration' })).toEqual({
      kind: 'local',
      where: 'the job centre or Citizen Service in Hjørring',
    });
    expect(placeFor(model, hjorring, { visit: 'danish-lessons' })).toEqual({
      kind: 'local',
      where: 'the language centre Hjørring refers you to, or Citizen Service in Hjørring',
    });
  });
});
