import { describe, expect, it } from 'vitest';
import { frontPageReport, isFrontPage } from '../../src/lib/checks/front-pages.ts';
import { futureDateErrors } from '../../src/lib/checks/review.ts';

describe('front pages', () => {
  it('recognises a front page, and a deep page or a query as specific', () => {
    expect(isFrontPage('https://skat.dk/')).toBe(true);
    expect(isFrontPage('https://lifeindenmark.borger.dk')).toBe(true);
    expect(isFrontPage('https://skat.dk/en-us/individuals')).toBe(false);
    expect(isFrontPage('https://lifeindenmark.borger.dk/ActionPage?selfserviceId=eb44')).toBe(false);
    expect(isFrontPage('not a url')).toBe(false);
  });
  it('groups the report by authority with the file that uses each link', () => {
    const report = frontPageReport(
      [
        { url: 'https://skat.dk/', where: 'guide/a.md (officialLink)', authority: 'tax-agency' },
        { url: 'https://www.nyidanmark.dk/', where: 'journey/self-service/x.yaml (urlDa)', authority: 'siri' },
      ],
      '2026-11-23',
      (id) => ({ 'tax-agency': 'Danish Tax Agency', siri: 'SIRI' })[id] ?? id,
    );
    expect(report).toContain('2 official or self-service links');
    expect(report).toMatch(
      /## SIRI\n\n- https:\/\/www\.nyidanmark\.dk\/: used by `journey\/self-service\/x\.yaml \(urlDa\)`/,
    );
    expect(report).toContain('## Danish Tax Agency');
    expect(report).toContain('- https://skat.dk/: used by `guide/a.md (officialLink)`');
  });
});

describe('dates in the future', () => {
  it('fails a review or verification date after today, naming the field', () => {
    const errors = futureDateErrors(
      [
        { file: 'a.md', lastReviewed: '2062-11-23', authority: 'x', line: 4 },
        { file: 'b.yaml', lastReviewed: '2026-11-24', authority: 'x', field: 'lastVerified' },
        { file: 'c.md', lastReviewed: '2026-11-23', authority: 'x' },
      ],
      '2026-11-23',
    );
    expect(errors.map((e) => [e.file, e.field?.[0], e.severity])).toEqual([
      ['a.md', 'lastReviewed', 'error'],
      ['b.yaml', 'lastVerified', 'error'],
    ]);
  });
});

describe('the review report an authority can act on', () => {
  it('lists page titles and public addresses by authority, with the period from the settings', async () => {
    const { reviewReport } = await import('../../src/lib/checks/review.ts');
    const report = reviewReport(
      [
        {
          file: 'guide/a/x.md',
          lastReviewed: '2026-01-10',
          authority: 'tax',
          title: 'Get your tax card',
          url: 'https://guide.dk/tasks/x/',
          field: 'lastReviewed',
        },
        {
          file: 'journey/self-service/y.yaml',
          lastReviewed: '2026-02-01',
          authority: 'tax',
          title: 'Self-service: E-tax',
          url: 'https://guide.dk/self-service/#y',
          field: 'lastVerified',
        },
        {
          file: 'guide/a/z.md',
          lastReviewed: '2026-11-01',
          authority: 'tax',
          title: 'Recent',
          url: 'https://guide.dk/tasks/z/',
        },
      ],
      '2026-11-23',
      4,
      () => 'Danish Tax Agency',
    );
    expect(report).toContain('(each every 4 months, spread over the months): 2.');
    expect(report).toMatch(
      /- Get your tax card \(https:\/\/guide\.dk\/tasks\/x\/\): last reviewed 2026-01-10, due by 2026-0[2-5]-\d\d \(file `guide\/a\/x\.md`\)/,
    );
    expect(report).toContain('- Self-service: E-tax (https://guide.dk/self-service/#y): last verified 2026-02-01');
    expect(report).not.toContain('Recent');
  });
});
