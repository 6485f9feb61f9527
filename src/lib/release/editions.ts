/** The editions found in releases/ (plus the one being released), newest first, for the archive and "What's new" pages. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from './manifest.ts';
import { currentEdition, editionPdfName, formatLongDate, type Edition } from '../edition.ts';
import { environment, pendingReleaseDir, releasesDir, type Env } from '../context.ts';

export interface EditionEntry {
  id: string;
  date: string;
  dir: string;
  pdf?: string;
  poster?: string;
  notes: string;
  /**
   * The Danish PDF. For the pending edition this is the name it gets if this build prints it, which happens only when
   * the Danish edition is complete (src/lib/danish/translation.ts): check that before linking to it.
   */
  danishPdf?: string;
  /** The edition being released by this very build: its PDF is in the site's root, not yet in releases/. */
  pending: boolean;
}

export const EDITION_ID = /^\d{4}-Q[1-4]$/;

export { releasesDir } from '../context.ts';

/** The manifest of an edition's folder, if it has one. */
export function readManifest(dir: string): Manifest | undefined {
  const manifestFile = join(dir, 'manifest.json');
  return existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest) : undefined;
}

function readEdition(dir: string, pending = false): EditionEntry | undefined {
  const manifest = readManifest(dir);
  if (!manifest) return undefined;
  const files = readdirSync(dir);
  const notes = existsSync(join(dir, 'release-notes.md')) ? readFileSync(join(dir, 'release-notes.md'), 'utf8') : '';
  return {
    id: manifest.edition,
    date: manifest.date,
    dir,
    notes,
    pending,
    pdf: pending
      ? editionPdfName(manifest.edition)
      : (files.find((f) => f === editionPdfName(manifest.edition)) ??
        files.find((f) => f.endsWith('.pdf') && f.includes('best-practice-guide') && !f.endsWith('-da.pdf'))),
    danishPdf: pending
      ? editionPdfName(manifest.edition, 'da')
      : files.find((f) => f === editionPdfName(manifest.edition, 'da')),
    poster: pending ? undefined : files.find((f) => f.endsWith('.pdf') && f.includes('poster')),
  };
}

/** Every edition, newest first. `pendingDir` is an edition being released right now (its folder is not in place yet). */
export function listEditions(dir = releasesDir(), pendingDir = pendingReleaseDir()): EditionEntry[] {
  const found = existsSync(dir)
    ? readdirSync(dir)
        .filter((d) => EDITION_ID.test(d))
        .map((d) => readEdition(join(dir, d)))
        .filter((e): e is EditionEntry => Boolean(e))
    : [];
  const pending = pendingDir ? readEdition(pendingDir, true) : undefined;
  const all = pending ? [...found.filter((e) => e.id !== pending.id), pending] : found;
  return all.sort((a, b) => b.id.localeCompare(a.id));
}

/** The newest manifest older than `edition`, to compare against. */
export function previousManifest(edition: string, dir = releasesDir()): Manifest | undefined {
  const older = (existsSync(dir) ? readdirSync(dir) : []).filter((d) => EDITION_ID.test(d) && d < edition).sort();
  const last = older.at(-1);
  return last ? (JSON.parse(readFileSync(join(dir, last, 'manifest.json'), 'utf8')) as Manifest) : undefined;
}

/**
 * The edition as the site and the PDF show it. A release build (EDITION set by `npm run release`) shows its edition.
 * A plain build after a release is a draft of what comes next: it says so, and names the edition that is published,
 * so the footer and the cover never claim an edition that "What's new" does not have. Before the first release, every
 * build is a draft too.
 */
export function publicEdition(env: Env = environment()): Edition & { draft: boolean } {
  const edition = currentEdition(env);
  if (env.EDITION) return { ...edition, draft: false };
  const latest = listEditions().find((e) => !e.pending);
  if (!latest)
    return {
      ...edition,
      draft: true,
      label: `Draft, before the first edition · built ${formatLongDate(edition.date)}`,
    };
  return {
    ...edition,
    draft: true,
    label: `Draft after edition ${latest.id}, not a published edition · built ${formatLongDate(edition.date)}`,
  };
}

/**
 * Each task's deadline and fee as the newest published edition printed them (its manifest), for the check that finds
 * a changed fact still stated elsewhere; undefined before the first edition.
 */
export function publishedFacts(
  editions: EditionEntry[] = listEditions(),
): Record<string, { deadline?: string; fee?: string }> | undefined {
  const latest = editions.find((e) => !e.pending);
  const manifest = latest ? readManifest(latest.dir) : undefined;
  if (!manifest) return undefined;
  return Object.fromEntries(
    Object.entries(manifest.tasks).map(([slug, item]) => [
      slug,
      {
        deadline: typeof item.data.deadline === 'string' ? item.data.deadline : undefined,
        fee: typeof item.data.fee === 'string' ? item.data.fee : undefined,
      },
    ]),
  );
}
