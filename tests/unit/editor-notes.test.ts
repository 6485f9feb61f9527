import { describe, expect, it } from 'vitest';
import { checkBodyForDoubt, checkFieldsForDoubt, publishedStrings } from '../../src/lib/checks/editor-notes.ts';

describe("editors' notes never reach citizens", () => {
  const lineOf = (f: (string | number)[]) => (f[0] === 'sources' ? 20 + Number(f[1]) : 5);
  it('refuses a phrase of doubt in a published field, naming the field and its line', () => {
    const data = {
      title: 'Report your departure',
      sources: [{ url: 'https://cpr.dk/x', supports: 'The deadline (stored copy from 2020)' }],
    };
    expect(checkFieldsForDoubt('guide/if-leaving/report-departure.md', data, lineOf)).toEqual([
      expect.objectContaining({
        file: 'guide/if-leaving/report-departure.md',
        line: 20,
        field: ['sources', 0, 'supports'],
        severity: 'error',
        message: expect.stringContaining('"stored copy"'),
      }),
    ]);
  });
  it('allows the same words in the fields editors keep for themselves', () => {
    const data = {
      sources: [
        { url: 'https://cpr.dk/x', supports: 'The deadline', note: 'stored copy from 2020', quote: 'inden udrejsen' },
      ],
      editorNote: 'not verified yet',
      englishTried: 'could not be verified',
    };
    expect(checkFieldsForDoubt('x.md', data, lineOf)).toEqual([]);
    expect(publishedStrings(data).map((s) => s.field.join('.'))).toEqual(['sources.0.url', 'sources.0.supports']);
  });
  it('finds the phrase in the page text with its line in the file', () => {
    const body = 'Report before you leave.\n\nCheck the date before you rely on it.\n';
    expect(checkBodyForDoubt('x.md', body, 30)).toEqual([
      expect.objectContaining({ line: 32, message: expect.stringContaining('before you rely on it') }),
    ]);
    expect(checkBodyForDoubt('x.md', 'You can rely on Citizen Service to help.', 30)).toEqual([]);
  });
});
