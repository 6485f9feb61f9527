/** Writes the PDF's page count and size into the professionals page, once the PDF exists (it is rendered after the site). */
import { fillTemplate } from '../text.ts';

/** The English description; a page can give its own wording in `data-pdf-template` (the Danish page does). */
export const PDF_INFO_TEMPLATE = 'PDF, A4, {pages} pages, {size}. For printing and handing out.';

/** The size with the language's decimal mark: "1.2 MB" in English, "1,2 MB" in Danish. */
export function describePdf(
  pages: number,
  bytes: number,
  template = PDF_INFO_TEMPLATE,
  lang: 'en' | 'da' = 'en',
): string {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  const size =
    bytes >= 1024 * 1024 ? `${lang === 'da' ? mb.replace('.', ',') : mb} MB` : `${Math.round(bytes / 1024)} KB`;
  return fillTemplate(template, { pages, size });
}

/** The wording a built page gives for its PDF description (`data-pdf-template`), if any. */
export function pdfInfoTemplate(html: string): string | undefined {
  const raw = /\sdata-pdf-template="([^"]*)"/.exec(html)?.[1];
  return raw
    ?.replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Replaces the text of the element marked `data-pdf-info` in a built page. */
export function stampPdfInfo(html: string, description: string): string {
  return html.replace(/(<[a-z]+[^>]*\sdata-pdf-info[^>]*>)[^<]*(<\/[a-z]+>)/, `$1${description}$2`);
}
