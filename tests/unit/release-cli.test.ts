import { describe, expect, it } from 'vitest';
import { isOlderThan, parseReleaseArgs } from '../../src/lib/release/cli.ts';

describe('release arguments', () => {
  it('reads the options', () => {
    expect(parseReleaseArgs(['--edition', '2027-Q1', '--force'])).toEqual({
      help: false,
      edition: '2027-Q1',
      force: true,
      allowDirty: false,
      allowStale: false,
    });
    expect(parseReleaseArgs(['--edition=2027-Q2', '--allow-dirty', '--allow-stale'])).toMatchObject({
      edition: '2027-Q2',
      allowDirty: true,
      allowStale: true,
    });
    expect(parseReleaseArgs([])).toMatchObject({ edition: undefined, help: false });
  });
  it('recognises --help and -h', () => {
    expect(parseReleaseArgs(['--help'])).toMatchObject({ help: true });
    expect(parseReleaseArgs(['-h', '--edition', '2027-Q1'])).toMatchObject({ help: true });
  });
  it('writes a lower-case or spaced edition the standard way', () => {
    expect(parseReleaseArgs(['--edition', '2027-q3'])).toMatchObject({ edition: '2027-Q3' });
    expect(parseReleaseArgs(['--edition', '2027Q3'])).toMatchObject({ edition: '2027-Q3' });
  });
  it.each([
    [['--edtion', '2027-Q3'], /"--edtion" is not an option of the release command; did you mean --edition\?/],
    [['--forse'], /did you mean --force\?/],
    [['--publish-now'], /"--publish-now" is not an option/],
    [['2027-Q3'], /write the edition as --edition 2027-Q3/],
    [['--edition', '2027-Q5'], /"2027-Q5" is not an edition/],
    [['--edition', 'next'], /"next" is not an edition/],
    [['--edition'], /argument missing|requires an argument|Nothing was released/],
  ])('refuses %j with one plain sentence', (argv, why) => {
    const r = parseReleaseArgs(argv);
    expect('error' in r && r.error).toMatch(why);
    expect('error' in r && r.error).not.toMatch(/\n\s+at /);
  });
  it('orders editions by year and quarter', () => {
    expect(isOlderThan('2026-Q4', '2027-Q1')).toBe(true);
    expect(isOlderThan('2027-Q2', '2027-Q1')).toBe(false);
  });
});
