/**
 * The name a reader knows an official page's site by ("Life in Denmark", "Danish Tax Agency", "Favrskov Kommune"), for
 * source lists that show who says a thing instead of a raw address. From journey/official-domains.yaml: the most
 * specific domain that covers the address gives its `site` name, or else its authority's name.
 */
import type { OfficialDomains } from '../schemas/vocabulary.ts';

export function siteName(
  url: string,
  official: Pick<OfficialDomains, 'domains'>,
  authorityName: (id: string) => string | undefined,
): string {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
  const match = official.domains
    .filter((d) => host === d.domain || host.endsWith(`.${d.domain}`))
    .sort((a, b) => b.domain.length - a.domain.length)[0];
  return match?.site ?? (match && authorityName(match.authority)) ?? host;
}
