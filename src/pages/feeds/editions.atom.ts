/** /feeds/editions.atom: the editions and their release notes (src/lib/release/feeds.ts). */
import { ATOM_TYPE, editionsFeed } from '../../lib/release/feeds.ts';
import { feedContext, feedEditions } from '../../lib/release/feed-input.ts';
export async function GET() {
  return new Response(editionsFeed(await feedEditions(), feedContext()), {
    headers: { 'Content-Type': `${ATOM_TYPE}; charset=utf-8` },
  });
}
