/** The Danish pages in the built site: lang="da", a link to the English version and back, hreflang both ways. */
import { describe, expect, it, beforeAll } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { validateContent } from '../../src/lib/validate.ts';
import { danishCounterparts } from '../../src/lib/translations/pages.ts';
import { read, requireDist } from '../helpers/dist.ts';
import { sortByDanish } from '../../src/lib/glossary/sort.ts';
import { danishJourneyMissing } from '../../src/lib/danish/translation.ts';
import { readCachedSvg } from '../../src/lib/mermaid/cache.ts';
import { danishJourneyDiagram } from '../../src/lib/diagrams.ts';

const model = validateContent(process.cwd()).model;
const pairs = [...danishCounterparts(model)];
beforeAll(requireDist);
const doc = (path: string) => fromHtml(read(`${path.slice(1)}index.html`));
const attr = (el: Element | undefined, name: string) => el?.properties[name] as string | undefined;

describe('the Danish edition on the site', () => {
  it("has a Danish version of the professionals' section and the glossary when the content has one", () => {
    if (!model.danish) return expect(pairs).toEqual([]);
    // A page exists in Danish only when all of it is translated (an editor's new term waits for its Danish definition).
    const da = model.danish;
    const expected = [
      ...(da.chapters.has(model.chapters[0]!.slug) ? ['/da/professionals/'] : []),
      ...model.chapters
        .slice(1)
        .filter((c) => da.chapters.has(c.slug))
        .map((c) => `/da/professionals/${c.slug}/`),
      ...(model.tips.every((t) => da.tips.has(t.slug)) ? ['/da/professionals/tips/'] : []),
      ...(model.terms.every((t) => da.definitions.has(t.slug)) ? ['/da/glossary/'] : []),
      ...(danishJourneyMissing(model).length === 0 ? ['/da/journey/'] : []),
    ];
    expect(pairs.map(([, d]) => d).sort()).toEqual(expected.sort());
    expect(pairs.length).toBeGreaterThan(0);
  });

  it.each(pairs)('%s and %s link to each other, with lang and hreflang', (en, da) => {
    const english = doc(en);
    const danish = doc(da);
    expect(attr(select('html', danish) as Element, 'lang')).toBe('da');
    expect(attr(select('html', english) as Element, 'lang')).toBe('en');
    // The visible switch, in the language of the page it leads to.
    const toDanish = select('.language-switch a', english) as Element;
    expect(attr(toDanish, 'href')).toBe(da);
    expect(attr(toDanish, 'lang')).toBe('da');
    const toEnglish = select('.language-switch a', danish) as Element;
    expect(attr(toEnglish, 'href')).toBe(en);
    expect(attr(toEnglish, 'lang')).toBe('en');
    // hreflang alternates on both, to both.
    for (const page of [english, danish]) {
      const alternates = selectAll('link[rel="alternate"][hreflang]', page).map(
        (l) => `${attr(l, 'hrefLang')} ${new URL(attr(l, 'href')!).pathname}`,
      );
      expect(alternates.sort()).toEqual([`da ${da}`, `en ${en}`]);
    }
    // The frame around a Danish page is Danish too (da/guide.yaml's frame), so it carries no lang of its own.
    expect(attr(select('header.site-header', danish) as Element, 'lang')).toBeUndefined();
    // What is about the page itself is Danish: who is responsible (by the authority's Danish name) and the review date.
    const meta = select('.page-meta', danish) as Element;
    expect(attr(meta, 'lang')).toBeUndefined();
    const labels = model.danish!.guide.labels;
    const text = toString(meta);
    expect(text).toContain(`${labels.responsibleForPage}: `);
    expect(text).toMatch(new RegExp(`${labels.lastReviewed}: \\d{1,2}\\. \\p{L}+ \\d{4}`, 'u'));
    const link = attr(select('.page-meta a', meta), 'href');
    const authority = [...model.authorities.values()].find((a) => a.url === link);
    expect(authority, text).toBeDefined();
    expect(text).toContain(authority!.danishName ?? authority!.name);
    // The trail is named in Danish and starts at the Danish start page.
    const trail = select('nav.breadcrumbs', danish) as Element;
    expect(attr(trail, 'ariaLabel')).toBe(labels.breadcrumb);
    expect(attr(select('nav.breadcrumbs a', danish) as Element, 'href')).toBe('/da/');
  });

  it('has a Danish start page at /da/ that leads to every Danish page and to the citizen guide in English', () => {
    if (!model.danish) return;
    const page = doc('/da/');
    expect(attr(select('html', page), 'lang')).toBe('da');
    expect(toString(select('h1', page)!)).toBe(model.danish.guide.labels.danishEdition);
    const hrefs = selectAll('main a', page).map((a) => attr(a, 'href'));
    for (const [, danish] of pairs)
      if (danish === '/da/professionals/' || danish === '/da/journey/' || danish === '/da/glossary/')
        expect(hrefs).toContain(danish);
    const home = selectAll('main a', page)
      .filter((a) => attr(a, 'href') === '/')
      .at(-1)!;
    expect(attr(home, 'hrefLang')).toBe('en');
  });

  it('gives the Danish pages a Danish header, menu, breadcrumb and footer, marking the links to English pages', () => {
    if (!model.danish) return;
    const frame = model.danish.guide.frame;
    for (const [, danish] of pairs) {
      const page = doc(danish);
      expect(toString(select('a.skip-link', page)!), danish).toBe(frame.skipLink);
      expect(toString(select('a.site-title', page)!), danish).toContain(frame.siteTitle);
      const menu = selectAll('nav.site-nav a', page);
      expect(
        menu.map((a) => toString(a)),
        danish,
      ).toContain(frame.navProfessionals);
      // A menu item leading to an English page says so, for the reader and for the browser.
      for (const a of menu)
        if (!String(attr(a, 'href')).startsWith('/da/'))
          expect(attr(a, 'hrefLang'), `${danish}: ${toString(a)}`).toBe('en');
      expect(toString(selectAll('nav.breadcrumbs a', page)[0]!), danish).toBe(model.danish.guide.labels.danishEdition);
      expect(toString(select('footer.site-footer', page)!), danish).toContain(frame.noTracking);
      expect(attr(select('footer.site-footer', page), 'lang'), danish).toBeUndefined();
    }
  });

  it('shows the glossary in Danish order with the Danish definitions and the English terms marked as English', () => {
    if (!pairs.some(([, d]) => d === '/da/glossary/')) return;
    const rows = selectAll('table.glossary tbody tr', doc('/da/glossary/'));
    expect(rows.map((r) => attr(r, 'id'))).toEqual(sortByDanish(model.terms).map((t) => t.anchor));
    for (const term of model.terms) {
      const row = rows.find((r) => attr(r, 'id') === term.anchor)!;
      expect(toString(row)).toContain(model.danish!.definitions.get(term.slug)!);
      expect(toString(select('strong[lang="en"]', row)!)).toBe(term.english);
    }
  });

  it('shows every tip in Danish', () => {
    if (!pairs.some(([, d]) => d === '/da/professionals/tips/')) return;
    const tree = doc('/da/professionals/tips/');
    const page = toString(tree);
    // Terms in the Danish text link to the Danish glossary when it is built.
    const termLinks = selectAll('a.term', tree).map((a) => attr(a, 'href')!);
    expect(termLinks.length).toBeGreaterThan(0);
    const glossary = pairs.some(([, d]) => d === '/da/glossary/') ? '/da/glossary/#' : '/glossary/#';
    for (const href of termLinks) expect(href.startsWith(glossary), href).toBe(true);
    for (const tip of model.tips) {
      const da = model.danish!.tips.get(tip.slug)!;
      expect(page).toContain(da.title);
      expect(page).toContain(da.do!);
    }
  });

  it('shows the journey in Danish: Danish step titles and phases, links to the English task pages marked as English, Danish drawings', () => {
    if (!pairs.some(([, d]) => d === '/da/journey/')) return;
    const da = model.danish!;
    const page = doc('/da/journey/');
    const links = selectAll('.step-list a', page);
    expect(links.map((a) => toString(a))).toEqual(
      expect.arrayContaining(model.journey.steps.map((s) => da.taskTitles.get(s.task)!)),
    );
    for (const a of links) expect(attr(a, 'hrefLang')).toBe('en');
    expect(selectAll('.step-by-step h3', page).map((h) => toString(h))).toEqual(
      model.phases.filter((p) => model.journey.steps.some((s) => s.phase === p.id)).map((p) => da.guide.phases[p.id]),
    );
    // The wide and the phone drawing are the Danish ones (their own labels and "or" circles), not the English.
    const diagram = danishJourneyDiagram(model)!;
    const svgs = selectAll('figure svg[id]', page).map((svg) => attr(svg, 'id'));
    for (const layout of ['wide', 'phone'] as const) {
      const svg = readCachedSvg(diagram.sources[layout])!;
      expect(svgs).toContain(/<svg[^>]*\sid="([^"]+)"/.exec(svg)![1]);
      expect(svg).toContain(`>${da.guide.labels.or}<`);
    }
    expect(toString(select('.journey-key', page)!)).toContain(da.guide.sentences.keyKey);
  });
});
