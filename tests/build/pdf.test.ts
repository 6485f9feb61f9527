/** The best-practice PDF, checked with poppler-utils: metadata, fonts, bookmarks, content not dropped, TOC page numbers. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate.ts';
import { listEditions, publicEdition } from '../../src/lib/release/editions.ts';
import { DIST, read, requireDist } from '../helpers/dist.ts';

const model = validateContent(process.cwd()).model;
const PDF = join(DIST, 'best-practice-guide.pdf');
const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 32 << 20 });
/** Text of each page, whitespace collapsed. */
let pages: string[] = [];
beforeAll(() => {
  requireDist();
  pages = run('pdftotext', '-layout', PDF, '-')
    .split('\f')
    .map((p) => p.replace(/\s+/g, ' '));
});

describe('best-practice PDF', () => {
  it('has title, language, tags and a plausible page count', () => {
    const info = run('pdfinfo', PDF);
    expect(info).toMatch(/Title:\s+Moving to Denmark: best-practice guide for professionals/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);
    const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(count).toBeGreaterThanOrEqual(12);
    expect(count).toBeLessThanOrEqual(40);
    expect(run('pdfinfo', '-meta', PDF) + run('strings', PDF)).toMatch(/\/Lang\s*\(en\)/);
  });

  it('embeds every font, and they are IBM Plex Sans', () => {
    const rows = run('pdffonts', PDF).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/IBMPlexSans/);
      expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
    }
  });

  it('has bookmarks for the chapters', () => {
    const outline = run('pdfinfo', '-dests', PDF);
    for (const id of ['introduction', 'journey', 'glossary', 'tips', 'appendix']) expect(outline).toContain(id);
  });

  it('did not drop content: every chapter, glossary term, tip and appendix task appears', () => {
    // Compare without whitespace: table cells wrap words onto several lines.
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    const raw = squeeze(run('pdftotext', '-raw', PDF, '-'));
    const expectIn = (needle: string) => expect(raw.includes(squeeze(needle)), needle).toBe(true);
    for (const term of model.terms) {
      expectIn(term.english);
      expectIn(term.danish);
    }
    for (const tip of model.tips) expectIn(tip.title);
    for (const c of model.chapters) expectIn(c.title);
    for (const t of model.tasks) expectIn(t.title);
    expectIn(model.journey.title);
  });

  it('prints page numbers that match where each chapter really starts', () => {
    const tocPage = pages.findIndex((p) => p.includes('Contents'));
    expect(tocPage).toBeGreaterThan(0);
    const titles = [
      `1. ${model.chapters[0]!.title}`,
      `2. ${model.chapters[1]!.title}`,
      `3. ${model.journey.title}`,
      '4. The Top-25 glossary',
      '5. Six tips for professionals',
      'Appendix A: the tasks at a glance',
      'Appendix B: the self-service map',
    ];
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const entries = titles.map((title) => ({
      title,
      page: Number(new RegExp(`${esc(title)}\\s*(\\d+)`).exec(pages[tocPage]!)?.[1]),
    }));
    for (const e of entries) {
      const actual = pages.findIndex((p, i) => i > tocPage && p.includes(e.title)) + 1;
      expect(actual, e.title).toBe(e.page);
    }
  });

  it('shows "page X of Y" footers and no page number on the cover', () => {
    const total = pages.filter((p) => p.trim()).length;
    expect(pages[0]).not.toMatch(/Page \d+ of/);
    expect(pages[3]).toContain(`Page 4 of ${total}`);
  });

  it('has an edition-named copy, the journey diagram as vectors, and the A3 poster', () => {
    expect(existsSync(join(DIST, `moving-to-denmark-best-practice-guide-${publicEdition().id}.pdf`))).toBe(true);
    const journeyPage =
      pages.findIndex((p) => p.includes('3. The ideal digital user journey') && p.includes('Register address')) + 1;
    expect(journeyPage, 'diagram labels are text, so the diagram is vector graphics').toBeGreaterThan(0);
    expect(
      run('pdfimages', '-list', '-f', String(journeyPage), '-l', String(journeyPage), PDF).trim().split('\n').length,
    ).toBe(2);
    const poster = run('pdfinfo', join(DIST, 'downloads/ideal-journey-poster.pdf'));
    expect(poster).toMatch(/Pages:\s+1\b/);
    expect(poster).toMatch(/\(A3\)/);
  });

  it('has the documents to bring, per appointment, as appendix C', () => {
    const withDocs = model.tasks.filter((t) => t.bring.length);
    if (!withDocs.length) return;
    const start = pages.findIndex(
      (p) => p.includes('Appendix C: documents to bring, per appointment') && !p.includes('Contents'),
    );
    expect(start).toBeGreaterThan(0);
    const appendix = pages.slice(start).join(' ');
    for (const t of withDocs)
      for (const b of t.bring)
        expect(appendix, `${t.slug}: ${b.what}`).toContain(b.what.replace(/\s+/g, ' ').slice(0, 30));
  });

  it('says the same edition, or the same draft, as the footer and the editions page', () => {
    const edition = publicEdition();
    const label = edition.draft ? edition.label : `Edition ${edition.id}`;
    const squeezed = (t: string) => t.replace(/\s+/g, ' ');
    expect(squeezed(read('index.html'))).toContain(edition.label);
    expect(squeezed(pages[0]!)).toContain(label);
    expect(squeezed(run('pdftotext', join(DIST, 'downloads/ideal-journey-poster.pdf'), '-'))).toContain(label);
    if (listEditions().length === 0) {
      expect(edition.draft).toBe(true);
      expect(squeezed(read('editions/index.html'))).toContain(
        `No edition has been released yet. What you see is a draft (${edition.label})`,
      );
    }
  });

  it('is linked from the professionals page, and the print route is not published', () => {
    expect(read('professionals/index.html')).toContain('href="/best-practice-guide.pdf"');
    expect(existsSync(join(DIST, 'print'))).toBe(false);
  });
});

describe('the professionals page', () => {
  it('shows the PDF page count and size, taken from the real PDF', () => {
    const pagesCount = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', PDF))![1]);
    const html = read('professionals/index.html');
    expect(html).toMatch(new RegExp(`data-pdf-info[^>]*>PDF, A4, ${pagesCount} pages, (\\d+ KB|\\d+(\\.\\d)? MB)`));
  });
});
