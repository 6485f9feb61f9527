/** The API's context in a build: the site's address, the edition as the site shows it, and the published editions. */
import { siteUrl } from '../site.ts';
import { listEditions, publicEdition } from '../release/editions.ts';
import type { ApiContext } from './build.ts';
import { environment, type Env } from '../context.ts';

export function apiContext(env: Env = environment()): ApiContext {
  const e = publicEdition(env);
  return { site: siteUrl(env), edition: { id: e.id, date: e.date, draft: e.draft }, editions: listEditions() };
}
