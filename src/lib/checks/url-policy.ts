/**
 * The one link policy, shared by the content checks (official-links.ts, with the file and line) and the check of
 * the built output (output-policy.ts): a URL is read with the WHATWG URL parser, the way a browser reads it, so
 * "//host", "\\host", "user@host" and entity or tab tricks resolve to where they really go.
 */
import type { OfficialDomains } from '../schemas/vocabulary.ts';

/** Base for resolving a link: a link that resolves to this origin stays on the site. */
const INTERNAL = new URL('https://internal.invalid/');

export type UrlVerdict =
  | { kind: 'internal' } // a path on this site (relative, or the site's own address)
  | { kind: 'official'; host: string; authority: string }
  | { kind: 'excepted' } // listed under exceptions in journey/official-domains.yaml
  | { kind: 'mailto'; official: boolean }
  | { kind: 'tel'; valid: boolean }
  | { kind: 'invalid' }
  | { kind: 'not-https'; protocol: string }
  | { kind: 'user-info'; host: string }
  | { kind: 'unofficial'; host: string };

/** The authority whose official domain (exact or a subdomain) a host belongs to. */
export function officialOwner(host: string, official: OfficialDomains): string | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  return official.domains.find((d) => h === d.domain || h.endsWith(`.${d.domain}`))?.authority;
}

export function classifyUrl(raw: string, official: OfficialDomains, siteUrl = ''): UrlVerdict {
  let url: URL;
  try {
    url = new URL(raw, INTERNAL);
  } catch {
    return { kind: 'invalid' };
  }
  if (url.origin === INTERNAL.origin) return { kind: 'internal' };
  if (siteUrl && url.origin === new URL(siteUrl).origin) return { kind: 'internal' };
  if (official.exceptions.some((e) => e.url === raw)) return { kind: 'excepted' };
  if (url.protocol === 'tel:') return { kind: 'tel', valid: /^\+?\d+$/.test(url.pathname) };
  if (url.protocol === 'mailto:')
    return { kind: 'mailto', official: officialOwner(url.pathname.split('@')[1] ?? '', official) !== undefined };
  if (url.protocol !== 'https:') return { kind: 'not-https', protocol: url.protocol.replace(':', '') };
  if (url.username || url.password) return { kind: 'user-info', host: url.hostname };
  const authority = officialOwner(url.hostname, official);
  return authority ? { kind: 'official', host: url.hostname, authority } : { kind: 'unofficial', host: url.hostname };
}
