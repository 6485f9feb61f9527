import { describe, expect, it } from 'vitest';
import { contentErrorPage } from '../../src/lib/preview-errors.ts';

describe("the live preview's page for content errors", () => {
  const page = contentErrorPage([
    {
      file: 'guide/when-you-arrive/cpr-number.md',
      line: 5,
      field: ['authority'],
      severity: 'error',
      message: 'unknown authority "<town-hall>"',
      hint: 'use one of: siri, tax-agency',
    },
  ]);
  it('names the file, line, field, message and fix, escaped', () => {
    expect(page).toContain(
      '<strong>guide/when-you-arrive/cpr-number.md:5: error: field &quot;authority&quot;: unknown authority &quot;&lt;town-hall&gt;&quot;</strong>',
    );
    expect(page).toContain('<p>Fix: use one of: siri, tax-agency</p>');
    expect(page).toContain('<h1>The content has 1 error</h1>');
  });
  it('checks again by itself, so the page comes back once the file is fixed', () => {
    expect(page).toContain('<meta http-equiv="refresh" content="3">');
  });
});
