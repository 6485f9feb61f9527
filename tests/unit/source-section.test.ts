import { describe, expect, it } from 'vitest';
import { sourceSection, type SourceCheck } from '../../src/lib/release/source-section.ts';
import type { ChangedClaim, ChangedSource } from '../../src/lib/sources/monitor/report.ts';

const claim = (
  title: string,
  file: string,
  line: number,
  authority: string,
  quoteVerdict: ChangedClaim['quoteVerdict'] = 'quote found',
): ChangedClaim => ({ supports: 'x', title, file, line, kind: 'task', authority, tasks: [], quoteVerdict });
const page = (
  url: string,
  owner: string,
  ownerName: string,
  verdict: ChangedSource['verdict'],
  claims: ChangedClaim[],
): ChangedSource => ({ url, finalUrl: url, owner, ownerName, verdict, changes: [], claims, todo: '' });
const check: SourceCheck = {
  checkedAt: '2027-03-20',
  changed: [
    page('https://skat.dk/a', 'tax-agency', 'Danish Tax Agency', 'changed', [
      claim('Get a tax card', 'guide/when-you-arrive/tax-card.md', 30, 'tax-agency', 'quote gone'),
    ]),
    page('https://nyidanmark.dk/b', 'siri', 'SIRI', 'gone', [
      claim('Biometrics', 'guide/before-moving/biometrics.md', 26, 'siri'),
      claim('Glossary: Residence permit', 'glossary/residence-permit.yaml', 20, 'siri'),
    ]),
  ],
};

describe('the source check in the release notes and the review report', () => {
  it('says when the sources were never checked', () => {
    expect(sourceSection(undefined)).toMatch(/have never been checked with `npm run check:sources`/);
  });
  it('lists the changed pages by owner, with the items resting on them', () => {
    const s = sourceSection(check, { since: '2027-01-01' });
    expect(s).toContain('Last checked on 2027-03-20.');
    expect(s).toContain('2 page(s) changed, moved, went or lost a quote');
    expect(s).toContain(
      '### Danish Tax Agency\n\n- https://skat.dk/a: changed, 1 quote(s) no longer word for word. Rests on it: Get a tax card (guide/when-you-arrive/tax-card.md:30).',
    );
    expect(s).toContain(
      '### SIRI\n\n- https://nyidanmark.dk/b: gone. Rests on it: Biometrics (guide/before-moving/biometrics.md:26); Glossary: Residence permit (glossary/residence-permit.yaml:20).',
    );
  });
  it('says the check is out of date when it is older than the previous edition', () => {
    expect(sourceSection(check, { since: '2027-04-01' })).toContain(
      'before the previous edition (2027-04-01): run `npm run check:sources` again',
    );
  });
  it('keeps to one authority for its review list', () => {
    const s = sourceSection(check, { authority: 'siri', level: 3 });
    expect(s).toContain('#### SIRI');
    expect(s).not.toContain('skat.dk');
    expect(sourceSection(check, { authority: 'cpr-office' })).toContain(
      'None of the pages that concern this authority',
    );
  });
});
