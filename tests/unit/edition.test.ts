import { describe, expect, it } from 'vitest';
import { currentEdition, editionForDate } from '../../src/lib/edition.ts';

describe('edition', () => {
  it('names the quarter of a date', () => {
    expect(editionForDate(new Date('2026-01-01T00:00:00Z'))).toBe('2026-Q1');
    expect(editionForDate(new Date('2026-09-30T23:00:00Z'))).toBe('2026-Q3');
    expect(editionForDate(new Date('2026-11-23T00:00:00Z'))).toBe('2026-Q4');
  });
  it('takes the date from SOURCE_DATE_EPOCH, so builds are reproducible', () => {
    const e = currentEdition({ SOURCE_DATE_EPOCH: String(Date.UTC(2027, 3, 2) / 1000) });
    expect(e).toEqual({ id: '2027-Q2', date: '2027-04-02', label: 'Edition 2027-Q2 · 2 April 2027' });
  });
  it('lets EDITION override the computed id and refuses a malformed one', () => {
    expect(currentEdition({ EDITION: '2026-Q4', EDITION_DATE: '2026-12-01' }).id).toBe('2026-Q4');
    expect(() => currentEdition({ EDITION: 'Q4-2026' })).toThrow(/2026-Q4/);
  });
});
