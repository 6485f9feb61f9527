/** Every external link in content must use https and point to an official domain from journey/official-domains.yaml. */
import type { ContentIssue, FieldPath } from '../content/errors.ts';
import type { OfficialDomains } from '../schemas/vocabulary.ts';

export interface FoundLink { url: string; line?: number; field?: FieldPath }

/** The authority id that owns a URL's domain, or undefined if the domain is not official. */
export function officialAuthorityFor(url: string, official: OfficialDomains): string | undefined {
  let host: string;
  try { host = new URL(url).hostname.toLowerCase(); } catch { return undefined; }
  const match = official.domains.find((d) => host === d.domain || host.endsWith(`.${d.domain}`));
  return match?.authority;
}

/** Base for resolving a link: a link that resolves to this origin stays on the site. */
const INTERNAL = 'https://internal.invalid/';

/**
 * Checks links with the WHATWG URL parser, the way a browser reads them: "//host", "\\host" and "user@host" are
 * resolved to the host they really go to. Site-internal links are left to the link checker.
 */
export function checkOfficialLinks(file: string, links: FoundLink[], official: OfficialDomains): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const excepted = new Set(official.exceptions.map((e) => e.url));
  for (const link of links) {
    const { url } = link;
    const base = { file, line: link.line, field: link.field, severity: 'error' as const };
    let parsed: URL;
    try { parsed = new URL(url, INTERNAL); } catch {
      issues.push({ ...base, message: `link "${url}" is not a valid address`, hint: 'write the full https:// address, or a path on this site such as /tasks/cpr-number/' });
      continue;
    }
    if (parsed.origin === new URL(INTERNAL).origin) continue; // relative links are checked by the link checker
    if (parsed.protocol === 'mailto:' || parsed.protocol === 'tel:') continue;
    if (excepted.has(url)) continue;
    if (parsed.protocol !== 'https:') {
      issues.push({ ...base, message: `link "${url}" does not use https`, hint: 'use the https:// address of the official page' });
    } else if (parsed.username || parsed.password) {
      issues.push({ ...base, message: `link "${url}" has a user name before the host (it really goes to ${parsed.hostname})`, hint: 'write the plain https:// address of the official page' });
    } else if (!officialAuthorityFor(parsed.href, official)) {
      issues.push({ ...base, message: `link "${url}" is not on an official domain`, hint: 'link to the authority\'s own site, or add the domain (or an exception with a reason) to journey/official-domains.yaml' });
    }
  }
  return issues;
}
