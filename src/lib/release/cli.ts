/**
 * The release command's arguments, parsed strictly: an unknown or misspelt option, a stray word or a malformed
 * edition is refused with one plain sentence, and `--help` only prints the usage. Nothing here touches the disk.
 */
import { EDITION_ID } from './editions.ts';
import { strictArgs } from '../cli-args.ts';

export const RELEASE_USAGE = `Usage: npm run release -- [--edition YYYY-Qn] [options]

Makes a quarterly edition in releases/<edition>/ from the committed content.

  --edition YYYY-Qn   the edition to make, for example 2027-Q1 (default: the quarter of today)
  --force             replace an edition that already exists, or make one older than the newest
                      (your own text in release-notes.md, above the marker line, is kept)
  --since REF|DATE    for the first edition: list the changes since this git tag or commit, or since
                      the content as it was on this date (YYYY-MM-DD), instead of "This is the first edition"
  --allow-dirty       release although content files have uncommitted changes
  --allow-stale       release although some pages are overdue for review, or Danish texts
                      are older than the English they translate
  --help              show this text and do nothing else
`;

export interface ReleaseArgs {
  help: boolean;
  edition?: string;
  since?: string;
  force: boolean;
  allowDirty: boolean;
  allowStale: boolean;
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h', default: false },
  edition: { type: 'string' },
  since: { type: 'string' },
  force: { type: 'boolean', default: false },
  'allow-dirty': { type: 'boolean', default: false },
  'allow-stale': { type: 'boolean', default: false },
} as const;

/** Parses the arguments, or returns the one sentence that says what is wrong. */
export function parseReleaseArgs(argv: string[]): ReleaseArgs | { error: string } {
  const parsed = strictArgs(argv, OPTIONS, {
    name: 'release',
    label: 'the release command',
    consequence: 'Nothing was released.',
    positional: (w) => `write the edition as --edition ${w}`,
  });
  if ('error' in parsed) return parsed;
  const v = parsed.values;
  let edition = v.edition?.trim();
  if (edition !== undefined) {
    const normal = edition.toUpperCase().replace(/^(\d{4})[-\s]?Q([1-4])$/, '$1-Q$2');
    if (!EDITION_ID.test(normal))
      return {
        error: `"${edition}" is not an edition. Write it as YYYY-Qn, for example --edition 2027-Q1. Nothing was released.`,
      };
    edition = normal;
  }
  const since = v.since?.trim();
  if (since === '') return { error: '--since needs a git tag, a commit or a date (YYYY-MM-DD). Nothing was released.' };
  return { help: v.help, edition, since, force: v.force, allowDirty: v['allow-dirty'], allowStale: v['allow-stale'] };
}

/** Editions compare by year, then quarter; the ids sort as text in that order. */
export function isOlderThan(edition: string, other: string): boolean {
  return edition < other;
}
