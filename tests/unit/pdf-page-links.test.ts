import { describe, expect, it } from 'vitest';
import { pdfPageLinkProblem, pdfPageLinks } from '../../src/lib/checks/pdf-page-links.ts';

const SITE = 'https://guide.example.dk';
const html = `<main>
  <a href="/best-practice-guide.pdf#page=12">the map</a>
  <a href="../../downloads/ideal-journey-poster.pdf">poster</a>
  <a href="${SITE}/best-practice-guide-da.pdf#zoom=50&page=99">Danish</a>
  <a href="https://skat.dk/form.pdf#page=2">not ours</a>
  <a href="/tasks/cpr-number/">a page</a>
</main>`;
const counts = new Map([
  ['best-practice-guide.pdf', 34],
  ['best-practice-guide-da.pdf', 30],
  ['downloads/ideal-journey-poster.pdf', 1],
]);

describe("links to a page of the site's own PDFs", () => {
  const links = pdfPageLinks(html, 'tasks/cpr-number/index.html', SITE);
  it('finds the links to our PDFs, relative or absolute, with the page they open', () => {
    expect(links).toEqual([
      { pdf: 'best-practice-guide.pdf', page: 12, href: '/best-practice-guide.pdf#page=12' },
      { pdf: 'downloads/ideal-journey-poster.pdf', page: undefined, href: '../../downloads/ideal-journey-poster.pdf' },
      { pdf: 'best-practice-guide-da.pdf', page: 99, href: `${SITE}/best-practice-guide-da.pdf#zoom=50&page=99` },
    ]);
  });
  it('refuses a page the PDF does not have, and a PDF the build does not make', () => {
    expect(links.map((l) => pdfPageLinkProblem(l, counts))).toEqual([
      undefined,
      undefined,
      `the link "${SITE}/best-practice-guide-da.pdf#zoom=50&page=99" opens page 99 of best-practice-guide-da.pdf, which has 30 page(s): link to the section's page, or to the PDF without #page=`,
    ]);
    expect(pdfPageLinkProblem({ pdf: 'old.pdf', href: '/old.pdf' }, counts)).toBe(
      'the link "/old.pdf" opens old.pdf, which the build does not make',
    );
    expect(pdfPageLinkProblem({ pdf: 'best-practice-guide.pdf', page: 0, href: '#page=0' }, counts)).toMatch(
      /opens page 0/,
    );
  });
});
