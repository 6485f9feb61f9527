/**
 * Words for the PDF's link annotations, from the page the PDF was printed from: the text of the link itself, and
 * for a link inside the document the text of the heading (or element) it points to.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export function linkNamesFromHtml(html: string): (target: { uri?: string; dest?: string }) => string | undefined {
  const tree = fromHtml(html);
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const byHref = new Map<string, string>();
  for (const a of selectAll('a[href]', tree)) {
    const href = String(a.properties.href);
    const text = clean(toString(a));
    if (text && !byHref.has(href)) byHref.set(href, text);
  }
  const byId = new Map<string, string>();
  for (const el of selectAll('[id]', tree)) {
    const text = clean(toString(el));
    if (text) byId.set(String(el.properties.id), text.length > 120 ? `${text.slice(0, 117)}…` : text);
  }
  return ({ uri, dest }) => (uri ? byHref.get(uri) : dest ? (byId.get(dest) ?? byHref.get(`#${dest}`)) : undefined);
}
