/** Finds anything a page or stylesheet would load from another origin: scripts, styles, fonts, images, frames. */

/** Link relations that only name an address (the page's canonical address, a feed) and make the browser load nothing. */
const NAMING_RELS = new Set(['canonical', 'alternate']);

const namesOnly = (tag: string): boolean => {
  if (!/^<link\b/i.test(tag)) return false;
  const rel = /\srel="([^"]*)"/i.exec(tag)?.[1]?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  return rel.length > 0 && rel.every((r) => NAMING_RELS.has(r));
};

export function thirdPartyRequests(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(
    /<(?:script|img|iframe|link|source|video|audio|embed|object|track|input)\b[^>]*?\s(?:src|href|srcset|data|poster)="([^"]+)"[^>]*>?/gi,
  )) {
    if (/^(https?:)?\/\//i.test(m[1]!.trim()) && !namesOnly(m[0])) found.push(m[1]!);
  }
  for (const m of source.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^)'"]+)/gi)) found.push(m[1]!);
  for (const m of source.matchAll(/@import\s+['"]((?:https?:)?\/\/[^'"]+)/gi)) found.push(m[1]!); // @import url(…) is caught above
  if (/<iframe\b/i.test(source)) found.push('<iframe>');
  return found;
}
