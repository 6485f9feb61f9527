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

const MD_LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|<(https?:\/\/[^>\s]+)>|(?<![(<"])\b(https?:\/\/[^\s)<>"]+)/g;

/** Finds link targets in a Markdown body, with their file line. */
export function linksInMarkdown(body: string, bodyLine: number): FoundLink[] {
  const out: FoundLink[] = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(MD_LINK)) out.push({ url: (m[1] ?? m[2] ?? m[3])!, line: bodyLine + i });
  });
  return out;
}

export function checkOfficialLinks(file: string, links: FoundLink[], official: OfficialDomains): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const excepted = new Set(official.exceptions.map((e) => e.url));
  for (const link of links) {
    const { url } = link;
    if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) continue; // relative links are checked by the link checker
    if (/^mailto:|^tel:/i.test(url)) continue;
    if (excepted.has(url)) continue;
    const base = { file, line: link.line, field: link.field, severity: 'error' as const };
    if (!url.startsWith('https://')) {
      issues.push({ ...base, message: `link "${url}" does not use https`, hint: 'use the https:// address of the official page' });
    } else if (!officialAuthorityFor(url, official)) {
      issues.push({ ...base, message: `link "${url}" is not on an official domain`, hint: 'link to the authority\'s own site, or add the domain (or an exception with a reason) to journey/official-domains.yaml' });
    }
  }
  return issues;
}
