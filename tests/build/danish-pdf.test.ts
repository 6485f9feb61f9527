/**
 * The Danish best-practice PDF (best-practice-guide-da.pdf), checked with poppler-utils and pdf-lib: Danish metadata and
 * language, Danish headings, running header and page numbers, a table of contents whose numbers are right, bookmarks,
 * the Danish journey figure, and the links to it. When the live content's Danish edition is incomplete, the PDF must
 * not exist and nothing may link to it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { publicEdition } from '../../src/lib/release/editions.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { DANISH_PDF_NAME, danishPdfMissing } from '../../src/lib/danish/translation.ts';
import { danishDocumentPack } from '../../src/lib/danish/documents.ts';
import { documentPack } from '../../src/lib/checklist/documents.ts';
import { elements, typeOf } from '../../src/lib/pdf/ua/structure.ts';
import { DIST, read, requireDist } from '../helpers/dist.ts';

const model = validateContent(process.cwd()).model;
const complete = danishPdfMissing(model).length === 0;
const PDF = join(DIST, DANISH_PDF_NAME);
const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 32 << 20 });
const squeeze = (s: string) => s.replace(/\s+/g, '');
let pages: string[] = [];
beforeAll(() => {
  requireDist();
  if (complete)
    pages = run('pdftotext', '-layout', PDF, '-')
      .split('\f')
      .map((p) => p.replace(/\s+/g, ' '));
});

describe.runIf(complete)('the Danish best-practice PDF', () => {
  const da = model.danish!;
  const { chapters: h, labels } = da.guide;

  it('has the Danish title, language /Lang (da), tags and A4 pages', () => {
    const info = run('pdfinfo', PDF);
    expect(info).toContain(`Title:           ${da.guide.title}`);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/\(A4\)/);
    expect(run('strings', PDF)).toMatch(/\/Lang\s*\(da\)/);
  });

  it('embeds every font (IBM Plex Sans) and tags the English terms inside as English', async () => {
    const rows = run('pdffonts', PDF).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/IBMPlexSans/);
      expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
    }
    const doc = await PDFDocument.load(readFileSync(PDF));
    const english = elements(doc).filter(({ el }) => String(el.dict.get(PDFName.of('Lang')) ?? '') === '(en)');
    // At least each glossary term's English rendering (a Strong element with /Lang en).
    expect(english.filter(({ el }) => typeOf(el.dict) === 'Strong').length).toBeGreaterThanOrEqual(model.terms.length);
  });

  it('is in Danish: every chapter, tip, definition and task title from da/, and none of the English headings', () => {
    const raw = squeeze(run('pdftotext', '-raw', PDF, '-'));
    const expectIn = (needle: string) => expect(raw.includes(squeeze(needle)), needle).toBe(true);
    for (const c of da.chapters.values()) expectIn(c.title);
    for (const t of da.tips.values()) expectIn(t.title);
    for (const t of model.terms) expectIn(da.definitions.get(t.slug)!.slice(0, 40));
    for (const t of model.tasks) expectIn(da.taskTitles.get(t.slug)!);
    for (const heading of Object.values(h)) expectIn(heading);
    for (const english of [
      'Contents',
      'The Top-25 glossary',
      'tips for professionals',
      'Appendix A',
      'Page 3 of',
      'Moving to Denmark: best-practice guide',
    ]) {
      expect(raw.includes(squeeze(english)), english).toBe(false);
    }
  });

  it('prints table-of-contents page numbers that match where each chapter starts', () => {
    const tocPage = pages.findIndex((p) => p.includes(labels.contents));
    expect(tocPage).toBeGreaterThan(0);
    const titles = [
      `1. ${h.introduction}`,
      `3. ${h.journey}`,
      `4. ${h.glossary}`,
      `5. ${h.tips}`,
      `${labels.appendix} A: ${h.tasksAppendix}`,
    ];
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const title of titles) {
      const printed = Number(new RegExp(`${esc(title)}\\s*(\\d+)`).exec(pages[tocPage]!)?.[1]);
      expect(printed, title).toBeGreaterThan(tocPage + 1);
      expect(pages.findIndex((p, i) => i > tocPage && p.includes(title)) + 1, title).toBe(printed);
    }
  });

  it('has a Danish running header and "Side X af Y" footers, none on the cover, and bookmarks for the chapters', () => {
    const total = pages.filter((p) => p.trim()).length;
    expect(pages[0]).not.toContain(`${labels.page} 1 ${labels.pageOf}`);
    expect(pages[3]).toContain(`${labels.page} 4 ${labels.pageOf} ${total}`);
    expect(pages[3]).toContain(labels.runningTitle);
    const outline = run('pdfinfo', '-dests', PDF);
    for (const id of ['introduction', 'journey', 'glossary', 'tips', 'appendix']) expect(outline).toContain(id);
  });

  it('draws the journey with Danish labels and gives the figure a Danish text alternative', async () => {
    const label = da.journey!.steps[model.journey.steps.find((s) => s.key)!.id]!;
    const journeyPage = pages.findIndex(
      (p) => p.includes(`3. ${h.journey}`) && p.includes(label.split(' ')[0]!) && p.includes(` ${labels.or} `),
    );
    expect(journeyPage).toBeGreaterThan(0);
    const doc = await PDFDocument.load(readFileSync(PDF));
    const figure = elements(doc)
      .map(({ el }) => ({ type: typeOf(el.dict), alt: el.dict.get(PDFName.of('Alt')) }))
      .find((e) => e.type === 'Figure')!;
    const alt = figure.alt instanceof PDFString || figure.alt instanceof PDFHexString ? figure.alt.decodeText() : '';
    expect(alt).toContain(`${model.journey.steps.length} trin`);
    expect(alt).not.toMatch(/\{\w+\}/);
  });

  it('has the documents to bring, per appointment, as appendix C in Danish, with the Danish task titles and places', () => {
    const pack = danishDocumentPack(
      documentPack(model.tasks.map((t) => ({ task: t, who: ['you', 'partner', 'children'] }))),
      da,
    );
    if (!pack.appointments.length) return;
    // The live content has Danish words for every document, note and place.
    expect(pack.missing).toEqual([]);
    const title = `${labels.appendix} C: ${pack.heading.text}`;
    const tocPage = pages.findIndex((p) => p.includes(labels.contents));
    const printed = Number(
      new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(\\d+)`).exec(pages[tocPage]!)?.[1],
    );
    const start = pages.findIndex((p, i) => i > tocPage && p.includes(title));
    expect(start, title).toBeGreaterThan(tocPage);
    expect(start + 1, 'the contents give its page').toBe(printed);
    const appendix = squeeze(pages.slice(start).join(' '));
    for (const a of pack.appointments) {
      expect(appendix.includes(squeeze(a.place.text)), a.place.text).toBe(true);
      for (const t of a.tasks) expect(appendix.includes(squeeze(t.text)), t.text).toBe(true);
      for (const i of a.items) {
        expect(appendix.includes(squeeze(i.what.text)), i.what.text).toBe(true);
        for (const n of i.notes) expect(appendix.includes(squeeze(n.text.slice(0, 40))), n.text).toBe(true);
      }
    }
    // No English document name is left (the English PDF's appendix C names them all).
    for (const t of model.tasks)
      for (const b of t.bring) expect(appendix.includes(squeeze(b.what)), b.what).toBe(false);
    expect(run('pdfinfo', '-dests', PDF)).toContain('documents-to-bring');
  });

  it('has an edition-named copy and is linked, with its real page count, from the Danish and the English professionals page', () => {
    const edition = publicEdition().id;
    expect(existsSync(join(DIST, `moving-to-denmark-best-practice-guide-${edition}-da.pdf`))).toBe(true);
    const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', PDF))![1]);
    const danishPage = read('da/professionals/index.html');
    expect(danishPage).toContain(`href="/${DANISH_PDF_NAME}"`);
    expect(danishPage).toMatch(new RegExp(`data-pdf-info[^>]*>PDF, A4, ${count} sider, (\\d+ KB|\\d+,\\d MB)`));
    expect(read('professionals/index.html')).toMatch(new RegExp(`<a href="/${DANISH_PDF_NAME}" hreflang="da"`));
  });
});

describe.runIf(!complete)('while the Danish edition waits for translations', () => {
  it('publishes no Danish PDF and links to none', () => {
    expect(existsSync(PDF)).toBe(false);
    expect(read('professionals/index.html')).not.toContain(DANISH_PDF_NAME);
  });
});
