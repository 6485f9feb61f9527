/** Site-wide settings and the navigation, in one place. */
import { siteSettings } from './settings.ts';
import { environment, type Env } from './context.ts';

/** The public address of the site: `url` in site.yaml, or SITE_URL for one run (CI, tests). */
export function siteUrl(env: Env = environment()): string {
  return (env.SITE_URL ?? siteSettings().url).replace(/\/$/, '');
}
/**
 * Whether the public address is set: not the placeholder of a fresh site.yaml. Until it is, nothing prints an absolute
 * link or a QR code to it (canonical links, JSON-LD, the handout, the PDF, the poster, the calendar file).
 */
export function addressIsSet(env: Env = environment()): boolean {
  return publicAddressProblem(siteUrl(env)) === undefined;
}

export { ADDRESS_NOT_SET, ADDRESS_PENDING } from './address-wording.ts';

/** Why an address cannot be the public address of a release (a placeholder, or not https), or undefined. */
export function publicAddressProblem(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `"${url}" is not a web address`;
  }
  if (u.protocol !== 'https:') return `${url} does not start with https://`;
  const host = u.hostname.toLowerCase();
  if (
    /(^|\.)(example|invalid|test|localhost|local)$/.test(host) ||
    /^(www\.)?example\.(com|org|net)$/.test(host) ||
    host === 'localhost' ||
    /^[\d.]+$/.test(host)
  ) {
    return `${url} is a placeholder, not the site's real address`;
  }
  return undefined;
}

export const SITE = {
  /** The authority responsible for pages that are not about one task (home, glossary, lists). */
  defaultAuthority: 'digst',
  lang: 'en',
} as const;

export const NAV = [
  { href: '/', label: 'Guide' },
  { href: '/checklist/', label: 'Your checklist' },
  { href: '/local-help/', label: 'Where to go' },
  { href: '/journey/', label: 'The journey' },
  { href: '/self-service/', label: 'Self-service' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/professionals/', label: 'For professionals' },
  { href: '/search/', label: 'Search' },
] as const;

/** The Content Security Policy for every page: nothing from other origins, no inline scripts. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;
/** The policy as a <meta> tag can carry it: browsers ignore frame-ancestors there (the server header sends it). */
export const CSP = CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
/** The full policy, sent as an HTTP header by the server configuration (src/lib/web-server/config.ts). */
export const CSP_HEADER = CSP_DIRECTIVES.join('; ');
