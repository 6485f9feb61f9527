import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseReviewArgs, reviewList } from '../../src/lib/checks/review-list.ts';
import { itemDue } from '../../src/lib/checks/review.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { checkedSources, reviewables } from '../../src/lib/validate.ts';
import type { Reviewable } from '../../src/lib/checks/review.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

const authorities = ['siri', 'tax-agency'];

describe('report:review options', () => {
  it('takes an authority and a period', () => {
    expect(parseReviewArgs(['--authority', 'siri', '--within', '3'], authorities)).toEqual({
      help: false,
      authority: 'siri',
      within: 3,
      months: undefined,
    });
    expect(parseReviewArgs([], authorities)).toEqual({
      help: false,
      authority: undefined,
      within: 3,
      months: undefined,
    });
  });
  it('refuses what it does not know, in one sentence with the likely fix', () => {
    expect(parseReviewArgs(['--authorty', 'siri'], authorities)).toEqual({
      error: expect.stringContaining('"--authorty" is not an option of report:review; did you mean --authority?'),
    });
    expect(parseReviewArgs(['--authority', 'sirri'], authorities)).toEqual({
      error: expect.stringContaining('"sirri" is not an authority in journey/authorities.yaml; did you mean siri?'),
    });
    expect(parseReviewArgs(['--within', 'soon'], authorities)).toEqual({
      error: '--within must be a whole number of months from 0 to 60, not "soon".',
    });
    expect(parseReviewArgs(['siri'], authorities)).toEqual({
      error: '"siri" is not understood; write --authority siri. See npm run report:review -- --help.',
    });
  });
});

describe('the review list', () => {
  const item = (file: string, authority: string, lastReviewed: string): Reviewable => ({
    file,
    authority,
    lastReviewed,
    title: file.toUpperCase(),
    url: `https://guide.example.dk/${file}/`,
    line: 9,
  });
  const items = [
    item('a', 'siri', '2026-05-01'),
    item('b', 'siri', '2026-08-01'),
    item('c', 'siri', '2026-12-01'),
    item('d', 'tax-agency', '2026-01-01'),
  ];
  const sources = [
    {
      authority: 'siri',
      url: 'https://nyidanmark.dk/x',
      checked: '2026-07-15',
      file: 'guide/b.md',
      line: 30,
      title: 'B',
    },
  ];
  const options = {
    today: '2026-12-07',
    months: 6,
    within: 3,
    authority: 'siri',
    authorityName: (id: string) => id.toUpperCase(),
  };
  const list = reviewList(items, sources, options);

  it('lists, for the authority asked, what is due now and within the period, with title, address and file', () => {
    expect(list).toContain('# Review list, 2026-12-07: SIRI');
    // Reviewed in May with a 6-month cycle: due by the end of one of June to November, so overdue in December.
    expect(list).toMatch(
      /- A \(https:\/\/guide\.example\.dk\/a\/\): last reviewed 2026-05-01, due by 2026-(0[6-9]|1[01])-3[01] \(overdue\); file `a:9`/,
    );
    // Reviewed in August: due by the end of one of September to February, so within the 3 months asked for.
    expect(list).toMatch(
      /- B \(https:\/\/guide\.example\.dk\/b\/\): last reviewed 2026-08-01, due by (2026-(09|1[0-2])|2027-0[12])-\d\d/,
    );
    expect(list).not.toContain('TAX-AGENCY');
    expect(list).toContain('Sources to check again (1):');
    expect(list).toMatch(
      /- B: https:\/\/nyidanmark\.dk\/x: checked 2026-07-15, due by (2026-(0[89]|1[0-2])|2027-01)-\d\d/,
    );
  });
  it('leaves out what was reviewed too recently to fall due in the period', () => {
    expect(reviewList(items, sources, { ...options, within: 0 })).not.toContain('- C ');
  });

  it('runs as npm run report:review, refusing an unknown option with exit code 2', () => {
    const r = spawnSync(process.execPath, ['scripts/report-review.ts', '--authority', 'nobody'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: FIXTURE_CONTENT },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"nobody" is not an authority');
  });
});

describe('review dates spread over the year', () => {
  it('with a 12-month cycle, no quarter holds more than a third of the guide (pages, terms, entries and sources)', () => {
    const raw = loadContent(FIXTURE_CONTENT);
    const dues = [
      ...reviewables(raw).map((i) => itemDue(i, 12)),
      ...checkedSources(raw).map((s) => itemDue({ file: s.file, title: s.url, lastReviewed: s.checked }, 12)),
    ];
    const quarters = new Map<string, number>();
    for (const d of dues) {
      const quarter = `${d.slice(0, 4)}-Q${Math.ceil(Number(d.slice(5, 7)) / 3)}`;
      quarters.set(quarter, (quarters.get(quarter) ?? 0) + 1);
    }
    expect(dues.length).toBeGreaterThan(300);
    expect(quarters.size).toBeGreaterThanOrEqual(4);
    for (const [quarter, n] of quarters) expect(n / dues.length, quarter).toBeLessThanOrEqual(1 / 3);
  });
});
