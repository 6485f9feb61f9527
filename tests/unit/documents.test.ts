import { describe, expect, it } from 'vitest';
import { documentPack, type PackStep } from '../../src/lib/checklist/documents.ts';

const src = 'https://lifeindenmark.borger.dk/x';
const steps: PackStep[] = [
  {
    task: {
      slug: 'eu',
      title: 'EU residence document',
      visit: 'eu-residence-document',
      bring: [
        { what: 'Passport', source: src, form: 'original' },
        { what: 'Employment contract', who: ['you'], source: src },
      ],
    },
    who: ['you', 'partner', 'children'],
  },
  {
    task: {
      slug: 'cpr',
      title: 'CPR number',
      visit: 'cpr-registration',
      bring: [
        { what: 'Passport', source: src },
        { what: 'Birth certificate', who: ['children'], source: src, note: 'Translated into Danish or English' },
        { what: 'Marriage certificate', who: ['partner'], source: src },
      ],
    },
    who: ['you', 'children'],
  },
  {
    task: {
      slug: 'hic',
      title: 'Health insurance card',
      visit: 'health-insurance-card',
      bring: [{ what: 'passport', source: src, form: 'copy' }],
    },
    who: ['you', 'partner', 'children'],
  },
  { task: { slug: 'bank', title: 'Open a bank account', bring: [{ what: 'Passport', source: src }] }, who: ['you'] },
  { task: { slug: 'none', title: 'Nothing to bring', bring: [] }, who: ['you'] },
];

describe('the document pack', () => {
  const pack = documentPack(steps, ['Under 6']);
  it('has one appointment per place, in the order of the first task there', () => {
    expect(pack.map((a) => [a.place.split(',')[0], a.tasks.map((t) => t.slug)])).toEqual([
      ['SIRI', ['eu']],
      ['Citizen Service', ['cpr', 'hic']],
      ['Open a bank account', ['bank']],
    ]);
  });
  it('merges a document across the tasks of one appointment, for everyone who brings one', () => {
    const cs = pack[1]!;
    const passport = cs.items.find((i) => i.what === 'Passport')!;
    expect(passport.who).toEqual(['you', 'partner', 'children']);
    expect(passport.whose).toBe('You, your partner and your children (under 6)');
    expect(passport.form).toBe('copy');
    expect(cs.items.filter((i) => i.what.toLowerCase() === 'passport')).toHaveLength(1);
    expect(cs.items.find((i) => i.what === 'Birth certificate')).toMatchObject({
      who: ['children'],
      notes: ['Translated into Danish or English'],
    });
  });
  it('leaves out a document of someone the task is not for in this household', () => {
    // The CPR task is for you and the children here, so the partner's marriage certificate is not listed.
    expect(pack[1]!.items.map((i) => i.what)).not.toContain('Marriage certificate');
    expect(pack[0]!.items.find((i) => i.what === 'Employment contract')!.whose).toBe('You');
  });
});
