/**
 * Prepares the built print page for Paged.js: links into the site become absolute when the site's public address is
 * set, and plain text while it is not (or point into the PDF's own
 * glossary), links to other sites are marked so their address is printed, and duplicate heading ids are made unique
 * (every heading needs its own id to become a correct bookmark).
 */
export function preparePrintHtml(html: string, siteUrl: string | undefined): string {
  const base = (siteUrl ?? '').replace(/\/$/, '');
  // The Danish PDF's texts link to the Danish glossary: the PDF has its own, in the same language.
  let out = html.replace(/href="(?:\/da)?\/glossary\/#([a-z0-9-]+)"/g, 'href="#g-$1"');
  // Without a public address (site.yaml still holds the placeholder), a link into the site would point nowhere: its
  // words stay, as plain text.
  out = base
    ? out.replace(
        /<a ([^>]*?)href="(\/[^"]*)"/g,
        (_m, before: string, path: string) => `<a ${before}href="${base}${path}"`,
      )
    : out.replace(
        /<a ((?:(?!href=)[^>])*?)href="\/[^"]*"([^>]*)>([\s\S]*?)<\/a>/g,
        (_m, _b: string, _a: string, text: string) => `<span>${text}</span>`,
      );
  out = out.replace(
    /<a ((?:(?!class=)[^>])*?)href="(https?:\/\/[^"]+)"((?:(?!class=)[^>])*)>([^<]*)<\/a>/g,
    (m, before: string, href: string, after: string, text: string) =>
      text.trim() === href || text.trim() === href.replace(/^https?:\/\//, '') || (base && href.startsWith(base))
        ? m
        : `<a ${before}href="${href}" class="external"${after}>${text}</a>`,
  );
  const seen = new Map<string, number>();
  out = out.replace(/<(h[1-6])([^>]*?) id="([^"]+)"/g, (_m, tag: string, attrs: string, id: string) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return `<${tag}${attrs} id="${n ? `${id}-${n + 1}` : id}"`;
  });
  return out;
}
