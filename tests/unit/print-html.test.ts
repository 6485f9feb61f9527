import { describe, expect, it } from 'vitest';
import { preparePrintHtml } from '../../src/lib/pdf/print-html.ts';

const site = 'https://guide.example';
describe('preparePrintHtml', () => {
  it('keeps the words of links into the site as plain text while the public address is not set', () => {
    const out = preparePrintHtml(
      '<p>See <a href="/tasks/mitid/" class="x">MitID</a> and <a href="https://skat.dk/">skat.dk</a>.</p>',
      undefined,
    );
    expect(out).toContain('<p>See <span>MitID</span> and <a href="https://skat.dk/"');
    expect(out).not.toContain('/tasks/mitid/');
  });

  it('points glossary links into the PDF and makes other site links absolute', () => {
    const out = preparePrintHtml(
      '<a href="/glossary/#cpr-number" class="term">CPR</a> <a href="/tasks/mitid/">MitID</a>',
      site,
    );
    expect(out).toBe(
      '<a href="#g-cpr-number" class="term">CPR</a> <a href="https://guide.example/tasks/mitid/">MitID</a>',
    );
  });
  it('points the Danish glossary links of the Danish PDF into its own glossary too', () => {
    expect(preparePrintHtml('<a href="/da/glossary/#mitid" class="term">MitID</a>', site)).toBe(
      '<a href="#g-mitid" class="term">MitID</a>',
    );
  });
  it('marks links to other sites so their address is printed, unless the text is the address', () => {
    const out = preparePrintHtml(
      '<a href="https://skat.dk/">the Danish Tax Agency</a> <a href="https://skat.dk/">https://skat.dk/</a>',
      site,
    );
    expect(out).toBe(
      '<a href="https://skat.dk/" class="external">the Danish Tax Agency</a> <a href="https://skat.dk/">https://skat.dk/</a>',
    );
  });
  it('makes duplicate heading ids unique, so every bookmark points to its own heading', () => {
    const out = preparePrintHtml('<h3 id="why-it-matters">A</h3><h3 id="why-it-matters">B</h3><h2 id="x">C</h2>', site);
    expect(out).toBe('<h3 id="why-it-matters">A</h3><h3 id="why-it-matters-2">B</h3><h2 id="x">C</h2>');
  });
});

import { describePdf, stampPdfInfo } from '../../src/lib/pdf/stamp.ts';
describe('stampPdfInfo', () => {
  it('writes the page count and size into the element marked data-pdf-info', () => {
    const html = '<p class="muted" data-pdf-info>PDF, A4.</p><p>other</p>';
    expect(stampPdfInfo(html, describePdf(17, 455_732))).toBe(
      '<p class="muted" data-pdf-info>PDF, A4, 17 pages, 445 KB. For printing and handing out.</p><p>other</p>',
    );
    expect(describePdf(40, 3 * 1024 * 1024)).toContain('3.0 MB');
    expect(describePdf(30, 1.25 * 1024 * 1024, 'PDF, A4, {pages} sider, {size}.', 'da')).toBe(
      'PDF, A4, 30 sider, 1,3 MB.',
    );
  });
});

describe('preparePrintHtml is idempotent', () => {
  it('gives the same result when run twice', () => {
    const html = '<a href="https://skat.dk/">Tax</a> <a href="/glossary/#x">x</a> <h2 id="a">A</h2>';
    const once = preparePrintHtml(html, 'https://g.example');
    expect(preparePrintHtml(once, 'https://g.example')).toBe(once);
  });
});
