/**
 * Links to a page of one of the site's own PDFs (`/best-practice-guide.pdf#page=12`): the PDF must exist in the build
 * and have that page. Read from the rendered HTML (hast), after the PDFs are made.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** A link to a PDF of this site, with the page it opens (if it names one). */
export interface PdfPageLink {
  pdf: string;
  page?: number;
  href: string;
}

/** The links in a built page that open one of the site's PDFs, resolved against the page's own address. */
export function pdfPageLinks(html: string, file: string, siteUrl: string): PdfPageLink[] {
  const site = new URL(`${siteUrl}/`);
  const pageUrl = new URL(file.replace(/(^|\/)index\.html$/, '$1'), site);
  return selectAll('a[href]', fromHtml(html)).flatMap((a) => {
    const href = String(a.properties.href);
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      return [];
    }
    if (url.origin !== site.origin || !url.pathname.toLowerCase().endsWith('.pdf')) return [];
    const page = /(?:^|&)page=(\d+)/.exec(url.hash.slice(1))?.[1];
    return [
      {
        pdf: decodeURIComponent(url.pathname).replace(/^\//, ''),
        page: page === undefined ? undefined : Number(page),
        href,
      },
    ];
  });
}

/** What is wrong with a link, given the page count of each PDF the build made (by path), or undefined. */
export function pdfPageLinkProblem(link: PdfPageLink, pageCounts: ReadonlyMap<string, number>): string | undefined {
  const pages = pageCounts.get(link.pdf);
  if (pages === undefined) return `the link "${link.href}" opens ${link.pdf}, which the build does not make`;
  if (link.page !== undefined && (link.page < 1 || link.page > pages)) {
    return `the link "${link.href}" opens page ${link.page} of ${link.pdf}, which has ${pages} page(s): link to the section's page, or to the PDF without #page=`;
  }
  return undefined;
}
