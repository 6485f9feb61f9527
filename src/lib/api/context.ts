/** The API's context in a build: the site's address, the edition as the site shows it, and the published editions. */
import { siteUrl } from '../site.ts';
import { listEditions, publicEdition } from '../release/editions.ts';
import type { ApiContext } from './build.ts';

export function apiContext(env: Record<string, string | undefined> = process.env): ApiContext {
  const e = publicEdition(env);
  return { site: siteUrl(env), edition: { id: e.id, date: e.date, draft: e.draft }, editions: listEditions() };
}
