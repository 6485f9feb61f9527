/** Every external link in content must use https and point to an official domain from journey/official-domains.yaml. */
import type { ContentIssue, FieldPath } from '../content/errors.ts';
import type { OfficialDomains } from '../schemas/vocabulary.ts';
import { classifyUrl, officialOwner } from './url-policy.ts';

export interface FoundLink {
  url: string;
  line?: number;
  field?: FieldPath;
}

/** The authority id that owns a URL's domain, or undefined if the domain is not official. */
export function officialAuthorityFor(url: string, official: OfficialDomains): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return officialOwner(host, official);
}

/**
 * Checks links in content with the shared link policy (url-policy.ts), naming the file, field or line. Site-internal
 * links are left to the link checker; mailto: and tel: to the check of the built pages.
 */
export function checkOfficialLinks(file: string, links: FoundLink[], official: OfficialDomains): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const link of links) {
    const { url } = link;
    const at = (message: string, hint: string) =>
      issues.push({ file, line: link.line, field: link.field, severity: 'error', message, hint });
    const v = classifyUrl(url, official);
    switch (v.kind) {
      case 'invalid':
        at(
          `link "${url}" is not a valid address`,
          'write the full https:// address, or a path on this site such as /tasks/cpr-number/',
        );
        break;
      case 'not-https':
        at(`link "${url}" does not use https`, 'use the https:// address of the official page');
        break;
      case 'user-info':
        at(
          `link "${url}" has a user name before the host (it really goes to ${v.host})`,
          'write the plain https:// address of the official page',
        );
        break;
      case 'unofficial':
        at(
          `link "${url}" is not on an official domain`,
          "link to the authority's own site, or add the domain (or an exception with a reason) to journey/official-domains.yaml",
        );
        issues.at(-1)!.unofficialHost = v.host;
        break;
      default:
        break;
    }
  }
  return issues;
}
