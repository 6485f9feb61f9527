import { describe, expect, it } from 'vitest';
import { danishDocumentPack, danishPeople } from '../../src/lib/danish/documents.ts';
import type { Appointment } from '../../src/lib/checklist/documents.ts';
import type { DanishTranslation } from '../../src/lib/model.ts';

const pack: Appointment[] = [
  {
    place: 'Citizen Service, or an ICS centre',
    visit: 'cpr-registration',
    tasks: [{ slug: 'cpr-number', title: 'Get a CPR number' }],
    items: [
      {
        what: 'Passport',
        who: ['you', 'partner', 'children'],
        whose: 'You, your partner and your children',
        form: 'original',
        notes: [],
      },
      {
        what: 'Birth certificate',
        who: ['children'],
        whose: 'Your children',
        notes: ['For each child under 18 who moves with you'],
      },
    ],
  },
  {
    place: 'Open a bank account',
    tasks: [{ slug: 'bank-account', title: 'Open a bank account' }],
    items: [
      {
        what: 'Employment contract',
        who: ['you', 'partner'],
        whose: 'You and your partner',
        notes: ['Some banks ask for it'],
      },
    ],
  },
];
const words = {
  heading: 'Dokumenter',
  intro: 'Intro',
  and: 'og',
  people: { you: 'borgeren', partner: 'partneren', children: 'børnene' },
  forms: { original: 'original', copy: 'kopi', 'original-and-copy': 'original og kopi' },
  places: { 'cpr-registration': 'Borgerservice' },
  names: { Passport: 'Pas', 'Birth certificate': 'Fødselsattest' },
  notes: { 'For each child under 18 who moves with you': 'For hvert barn under 18 år' },
};
const edition = (documents?: typeof words) =>
  ({
    guide: { documents } as unknown as DanishTranslation['guide'],
    chapters: new Map(),
    tips: new Map(),
    definitions: new Map(),
    taskTitles: new Map([['cpr-number', 'Få et CPR-nummer']]),
  }) as DanishTranslation;

describe('appendix C in Danish', () => {
  it('gives the places, task titles, documents, forms, people and notes in Danish', () => {
    const da = danishDocumentPack(pack, edition(words));
    expect(da.heading).toEqual({ text: 'Dokumenter', lang: 'da' });
    const [cpr] = da.appointments;
    expect(cpr!.place).toEqual({ text: 'Borgerservice', lang: 'da' });
    expect(cpr!.tasks).toEqual([{ text: 'Få et CPR-nummer', lang: 'da' }]);
    expect(cpr!.items[0]).toEqual({
      what: { text: 'Pas', lang: 'da' },
      form: { text: 'original', lang: 'da' },
      notes: [],
    });
    expect(cpr!.items[1]).toEqual({
      what: { text: 'Fødselsattest', lang: 'da' },
      whose: { text: 'børnene', lang: 'da' },
      notes: [{ text: 'For hvert barn under 18 år', lang: 'da' }],
    });
    expect(danishPeople(words, ['you', 'partner', 'children'])).toBe('borgeren, partneren og børnene');
  });

  it("falls back to English, marked as English, for a missing text, and names each one for the build's warnings", () => {
    const da = danishDocumentPack(pack, edition(words));
    const bank = da.appointments[1]!;
    expect(bank.place).toEqual({ text: 'Open a bank account', lang: 'en' });
    expect(bank.items[0]!.what).toEqual({ text: 'Employment contract', lang: 'en' });
    expect(bank.items[0]!.notes).toEqual([{ text: 'Some banks ask for it', lang: 'en' }]);
    expect(bank.items[0]!.whose).toEqual({ text: 'borgeren og partneren', lang: 'da' });
    expect(da.missing).toEqual([
      'da/tasks.yaml: the task "bank-account" has no Danish title',
      'da/guide.yaml: documents.names has no Danish for "Employment contract"',
      'da/guide.yaml: documents.notes has no Danish for "Some banks ask for it"',
    ]);
  });

  it('prints the whole appendix in English, with one warning, when da/guide.yaml has no documents section', () => {
    const da = danishDocumentPack(pack, edition());
    expect(da.heading.lang).toBe('en');
    expect(da.appointments[0]!.place).toEqual({ text: 'Citizen Service, or an ICS centre', lang: 'en' });
    expect(da.appointments[0]!.items[1]!.whose).toEqual({ text: 'your children', lang: 'en' });
    expect(da.missing).toEqual([
      'da/guide.yaml: no "documents:" section; appendix C of the Danish PDF is in English',
      'da/tasks.yaml: the task "bank-account" has no Danish title',
    ]);
  });
});
