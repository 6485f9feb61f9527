/**
 * The release command's arguments, parsed strictly: an unknown or misspelt option, a stray word or a malformed
 * edition is refused with one plain sentence, and `--help` only prints the usage. Nothing here touches the disk.
 */
import { parseArgs } from 'node:util';
import { EDITION_ID } from './editions.ts';
import { editDistance } from '../text.ts';

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

export interface ReleaseArgs { help: boolean; edition?: string; since?: string; force: boolean; allowDirty: boolean; allowStale: boolean }

const OPTIONS = {
  help: { type: 'boolean', short: 'h', default: false },
  edition: { type: 'string' },
  since: { type: 'string' },
  force: { type: 'boolean', default: false },
  'allow-dirty': { type: 'boolean', default: false },
  'allow-stale': { type: 'boolean', default: false },
} as const;

/** The closest known option to a misspelt one (by edit distance), to suggest it. */
function closest(name: string): string | undefined {
  const best = Object.keys(OPTIONS).map((o) => [o, editDistance(name, o)] as const).sort((x, y) => x[1] - y[1])[0]!;
  return best[1] <= 3 ? best[0] : undefined;
}

/** Parses the arguments, or returns the one sentence that says what is wrong. */
export function parseReleaseArgs(argv: string[]): ReleaseArgs | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (e) {
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec((e as Error).message)?.[1];
    if (unknown) {
      const guess = closest(unknown.replace(/^-+/, '').split('=')[0]!);
      return { error: `"${unknown}" is not an option of the release command${guess ? `; did you mean --${guess}?` : ''} Nothing was released. See npm run release -- --help.` };
    }
    return { error: `${(e as Error).message.replace(/\.$/, '')}. Nothing was released. See npm run release -- --help.` };
  }
  if (parsed.positionals.length) {
    return { error: `"${parsed.positionals.join(' ')}" is not understood; write the edition as --edition ${parsed.positionals[0]}. Nothing was released.` };
  }
  const v = parsed.values;
  let edition = v.edition?.trim();
  if (edition !== undefined) {
    const normal = edition.toUpperCase().replace(/^(\d{4})[-\s]?Q([1-4])$/, '$1-Q$2');
    if (!EDITION_ID.test(normal)) return { error: `"${edition}" is not an edition. Write it as YYYY-Qn, for example --edition 2027-Q1. Nothing was released.` };
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
