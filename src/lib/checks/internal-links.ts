/** Checks every internal link, #fragment and asset of a built site with linkinator, over a local server on 127.0.0.1. */
import { LinkChecker, LinkState } from 'linkinator';

export interface BrokenLink {
  url: string;
  parent: string;
  status?: number;
}

/** External links are skipped: CI has no internet (see `npm run check:external`). */
export const SKIP_EXTERNAL = '^(?!https?://(localhost|127\\.0\\.0\\.1)[:/])';

export async function checkInternalLinks(baseUrl: string): Promise<{ checked: number; broken: BrokenLink[] }> {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: `${baseUrl}/`,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    linksToSkip: [SKIP_EXTERNAL, '/pagefind/'],
  });
  const broken = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => ({ url: l.url.replace(baseUrl, ''), parent: (l.parent ?? '').replace(baseUrl, ''), status: l.status }));
  const checked = result.links.filter((l) => l.state === LinkState.OK).length;
  return { checked, broken };
}
