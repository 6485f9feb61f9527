/** The editions as the feeds need them: each with its release notes rendered through the content sanitiser and its manifest. */
import { listEditions, readManifest, type EditionEntry } from './editions.ts';
import { notesToHtml } from './render-notes.ts';
import type { FeedEdition } from './feeds.ts';
import { currentEdition } from '../edition.ts';
import { siteUrl } from '../site.ts';
import { siteSettings } from '../settings.ts';
import type { FeedContext } from './feeds.ts';

export async function feedEditions(editions: EditionEntry[] = listEditions()): Promise<FeedEdition[]> {
  return Promise.all(
    editions.map(async (e) => ({
      id: e.id,
      date: e.date,
      pdf: e.pdf,
      notesHtml: await notesToHtml(e.notes),
      manifest: readManifest(e.dir),
    })),
  );
}

export function feedContext(): FeedContext {
  return { site: siteUrl(), fallbackDate: currentEdition().date, publisher: siteSettings().publisher };
}
