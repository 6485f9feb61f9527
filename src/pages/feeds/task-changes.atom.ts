/** /feeds/task-changes.atom: the tasks added, removed or changed in each edition, from the manifests (src/lib/release/feeds.ts). */
import { ATOM_TYPE, taskChangesFeed } from '../../lib/release/feeds.ts';
import { feedContext, feedEditions } from '../../lib/release/feed-input.ts';
export async function GET() {
  return new Response(taskChangesFeed(await feedEditions(), feedContext()), {
    headers: { 'Content-Type': `${ATOM_TYPE}; charset=utf-8` },
  });
}
