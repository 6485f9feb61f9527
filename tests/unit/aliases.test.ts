import { describe, expect, it } from 'vitest';
import { termAliases } from '../../src/lib/glossary/aliases.ts';

const terms = [
  { english: 'EU residence document', variants: ['registration certificate'], danish: 'registreringsbevis' },
  {
    english: 'CPR number',
    variants: ['civil registration number', 'personal identification number'],
    danish: 'CPR-nummer',
  },
  { english: 'MitID', variants: [], danish: 'MitID' },
];

describe('other names of the terms a title uses', () => {
  it('gives the former English name and the Danish term', () => {
    expect(termAliases(terms, 'Apply for an EU residence document')).toEqual([
      { text: 'registration certificate', lang: 'en' },
      { text: 'registreringsbevis', lang: 'da' },
    ]);
  });
  it('leaves out a name the title already says, and terms the title does not use', () => {
    expect(termAliases(terms, 'Get MitID, your digital ID')).toEqual([]);
    expect(termAliases(terms, 'Register your address and get a CPR number').map((a) => a.text)).toEqual([
      'civil registration number',
      'personal identification number',
      'CPR-nummer',
    ]);
  });
  it('matches whole words only', () => {
    expect(termAliases(terms, 'Get MitIDs')).toEqual([]);
  });
});
