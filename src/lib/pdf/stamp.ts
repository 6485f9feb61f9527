/** Writes the PDF's page count and size into the professionals page, once the PDF exists (it is rendered after the site). */
export function describePdf(pages: number, bytes: number): string {
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
  return `PDF, A4, ${pages} pages, ${size}. For printing and handing out.`;
}

/** Replaces the text of the element marked `data-pdf-info` in a built page. */
export function stampPdfInfo(html: string, description: string): string {
  return html.replace(/(<[a-z]+[^>]*\sdata-pdf-info[^>]*>)[^<]*(<\/[a-z]+>)/, `$1${description}$2`);
}
