import { describe, expect, it } from 'vitest';
import { parseRemembered, visitLinkText } from '../../src/lib/local-help/remembered.ts';

describe('the remembered municipality', () => {
  const stored = JSON.stringify({
    slug: 'favrskov',
    name: 'Favrskov',
    places: { 'cpr-number': 'ICS West in Aarhus', bad: 3, 'Evil Key': 'x' },
  });
  it('reads a stored choice, dropping anything malformed', () => {
    expect(parseRemembered(stored)).toEqual({
      slug: 'favrskov',
      name: 'Favrskov',
      places: { 'cpr-number': 'ICS West in Aarhus' },
    });
  });
  it('ignores missing, broken or foreign data', () => {
    for (const t of [
      null,
      '',
      '{',
      '[]',
      '"x"',
      JSON.stringify({ slug: '../x', name: 'X', places: {} }),
      JSON.stringify({ slug: 'x', places: {} }),
    ])
      expect(parseRemembered(t), String(t)).toBeUndefined();
  });
  it('names the office for a visit, or just the municipality', () => {
    const m = parseRemembered(stored)!;
    expect(visitLinkText(m, 'cpr-number')).toBe('Where to go in Favrskov: ICS West in Aarhus');
    expect(visitLinkText(m, 'driving-licence')).toBe('Where to go in Favrskov');
  });
});
