/** Finds anything a page or stylesheet would load from another origin: scripts, styles, fonts, images, frames. */
export function thirdPartyRequests(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/<(?:script|img|iframe|link|source|video|audio|embed|object|track|input)\b[^>]*?\s(?:src|href|srcset|data|poster)="([^"]+)"/gi)) {
    // A link to the page's other language or its canonical address is an address, not a request.
    const tag = source.slice(m.index, source.indexOf('>', m.index) + 1);
    if (/^<link\b/i.test(tag) && /\srel="(?:alternate|canonical)"/i.test(tag)) continue;
    if (/^(https?:)?\/\//i.test(m[1]!.trim())) found.push(m[1]!);
  }
  for (const m of source.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^)'"]+)/gi)) found.push(m[1]!);
  for (const m of source.matchAll(/@import\s+['"]((?:https?:)?\/\/[^'"]+)/gi)) found.push(m[1]!); // @import url(…) is caught above
  if (/<iframe\b/i.test(source)) found.push('<iframe>');
  return found;
}
