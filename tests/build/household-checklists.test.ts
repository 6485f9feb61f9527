/** The built /checklist/ pages: every question and every household's checklist, as the model computes them, without JavaScript. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { validateContent } from '../../src/lib/validate.ts';
import { questionPages } from '../../src/lib/checklist/pages.ts';
import { DIST, read, requireDist } from '../helpers/dist.ts';

const model = validateContent(process.cwd()).model;
const { questions, checklists } = model.household!;
beforeAll(requireDist);

const textOf = (n: Parameters<typeof toString>[0]) => toString(n).replace(/\s+/g, ' ').trim();

describe('the household questions', () => {
  it.each(questionPages(questions).map((p) => [`/checklist/${p.params.map((x) => `${x}/`).join('')}`, p] as const))(
    "%s links to each answer's page",
    (url, page) => {
      const doc = fromHtml(read(`${url.slice(1)}index.html`));
      const links = selectAll('main a[href^="/checklist/"]', doc).map((a) => a.properties.href);
      for (const o of page.options) {
        expect(links).toContain(o.href);
        expect(existsSync(join(DIST, o.href, 'index.html')), o.href).toBe(true);
      }
      expect(selectAll('script', doc)).toEqual([]);
    },
  );
});

describe('the household checklists', () => {
  it('has one page for every household', () => {
    expect(checklists.length).toBeGreaterThan(100);
    for (const c of checklists) expect(existsSync(join(DIST, 'checklist', c.path, 'index.html')), c.path).toBe(true);
  });

  it.each(checklists.map((c) => [c.path, c] as const))(
    '%s lists its tasks in order, one step view each, with previous and next',
    (path, c) => {
      const html = read(`checklist/${path}/index.html`);
      const doc = fromHtml(html);
      const items = selectAll('.household-task', doc);
      expect(items.map((a) => textOf(a))).toEqual(c.items.map((i) => i.task.title));
      expect(items.map((a) => a.properties.href)).toEqual(c.items.map((_, i) => `#step-${i + 1}`));
      const steps = selectAll('.step-view', doc);
      expect(steps).toHaveLength(c.items.length);
      steps.forEach((s, i) => {
        expect(s.properties.id).toBe(`step-${i + 1}`);
        expect(textOf(select('.step-count', s)!)).toMatch(
          new RegExp(`^Step ${i + 1} of ${c.items.length} in your checklist`),
        );
        const nav = Object.fromEntries(
          selectAll('.step-nav li', s).map((li) => [String(li.properties.className), select('a', li)!.properties.href]),
        );
        expect(nav).toEqual({
          ...(i > 0 ? { 'step-prev': `#step-${i}` } : {}),
          ...(i < c.items.length - 1 ? { 'step-next': `#step-${i + 2}` } : {}),
          'step-back': `#item-${i + 1}`,
        });
        expect(selectAll(`a[href="${c.items[i]!.task.url}"]`, s)).toHaveLength(1);
      });
      // Each task's QR code and short address, for the printed handout.
      for (const item of c.items) expect(html).toContain(`src="/qr/${item.task.slug}.svg"`);
      // One script only (the Done boxes and the calendar file); the checklist itself needs none.
      expect(
        selectAll('script', doc).map((el) => String((el as { properties: { src?: string } }).properties.src)),
      ).toEqual([expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/)]);
      // The many pre-built checklists stay out of the search results.
      expect(html).not.toContain('data-pagefind-body');
    },
  );

  it('has a QR code image for every task', () => {
    for (const t of model.tasks) expect(read(`qr/${t.slug}.svg`)).toMatch(/^<svg [^>]*viewBox/);
  });
});

describe('one phase and one order for each task, in every view', () => {
  const phaseOf = new Map(model.tasks.map((t) => [t.slug, t.phase]));
  const slugOf = (href: unknown) => /^\/tasks\/([^/]+)\/$/.exec(String(href))?.[1];

  it("the home page, each task page's breadcrumb and every household checklist put a task in the same phase", () => {
    const home = fromHtml(read('index.html'));
    for (const section of selectAll('section.phase', home)) {
      for (const a of selectAll('a[href^="/tasks/"]', section)) {
        const slug = slugOf(a.properties.href);
        if (slug) expect(section.properties.id, `home page: ${slug}`).toBe(phaseOf.get(slug));
      }
    }
    for (const t of model.tasks) {
      const crumbs = selectAll('nav.breadcrumbs a', fromHtml(read(`tasks/${t.slug}/index.html`))).map((a) =>
        String(a.properties.href),
      );
      expect(crumbs, t.slug).toContain(`/#${t.phase}`);
    }
    for (const c of checklists) {
      const doc = fromHtml(read(`checklist/${c.path}/index.html`));
      for (const section of selectAll('.household > section', doc)) {
        const phase = String(section.properties.ariaLabelledBy).replace(/^p-/, '');
        for (const li of selectAll('li[data-slug]', section)) {
          expect(phase, `${c.path}: ${String(li.properties.dataSlug)}`).toBe(
            phaseOf.get(String(li.properties.dataSlug)),
          );
        }
      }
    }
  });

  it('no household checklist lists a task before a task it needs first', () => {
    const needs = new Map(model.tasks.map((t) => [t.slug, t.prerequisites]));
    for (const c of checklists) {
      const order = selectAll('li[data-slug]', fromHtml(read(`checklist/${c.path}/index.html`))).map((li) =>
        String(li.properties.dataSlug),
      );
      order.forEach((slug, i) => {
        for (const p of needs.get(slug) ?? []) {
          // A prerequisite on the list comes earlier; with "one of", the first one on the list does.
          const options = (typeof p === 'string' ? [p] : p.anyOf).map((s) => order.indexOf(s)).filter((n) => n >= 0);
          if (options.length)
            expect(Math.min(...options), `${c.path}: ${slug} is step ${i + 1}, before what it needs`).toBeLessThan(i);
        }
      });
    }
  });
});

describe("the caseworker's handover", () => {
  const four = checklists.find((c) => c.path === 'other/work/with-partner/children-0-5-and-6-16')!;
  const doc = () => fromHtml(read(`checklist/${four.path}/handover/index.html`));

  it('lists every task with its English and Danish title, who it is for and its deadline', () => {
    const rows = selectAll('table.handover-tasks tbody tr', doc());
    expect(rows).toHaveLength(four.items.length);
    four.items.forEach((item, i) => {
      const cells = selectAll('th, td', rows[i]).map(textOf);
      expect(cells[1]).toContain(item.task.title);
      const danish = model.danish?.taskTitles.get(item.task.slug);
      if (danish) expect(cells[2]).toBe(danish);
      if (item.task.deadline) expect(cells[4]!.toLowerCase()).toContain(item.task.deadline.slice(0, 20).toLowerCase());
    });
    // It prints without JavaScript: the rules and the general places are in the page; its one script only adds the
    // reader's dates and office (src/scripts/handover.ts), and the rules it needs are in the rows.
    const scripts = selectAll('script', doc());
    expect(scripts.map((s) => String(s.properties.src))).toEqual([expect.stringMatching(/^\/_astro\/.+\.js$/)]);
    for (const [i, item] of four.items.entries()) {
      if (item.task.due.length) expect(rows[i]!.properties.dataDue, item.task.slug).toBeTruthy();
      if (item.task.visit) expect(textOf(select('td.where', rows[i])!), item.task.slug).not.toBe('');
    }
  });

  it('merges the documents per appointment for the household of four, each document once', () => {
    const appointments = selectAll('.pack-appointment', doc());
    expect(appointments.length).toBeGreaterThan(1);
    for (const a of appointments) {
      const docs = selectAll('li strong', a).map(textOf);
      expect(new Set(docs.map((d) => d.toLowerCase())).size, textOf(select('h3', a)!)).toBe(docs.length);
    }
    // The CPR registration: a passport for everyone, a birth certificate for the children.
    const cpr = appointments.find((a) =>
      textOf(select('p', a)!).includes(model.tasks.find((t) => t.slug === 'cpr-number')!.title),
    )!;
    const lines = selectAll('li', cpr).map(textOf);
    expect(lines.find((l) => l.startsWith('Passport'))).toMatch(/you, your partner and your children/);
    expect(lines.find((l) => l.startsWith('Birth certificate'))).toMatch(/: your children/);
  });

  it("is linked from the household's checklist", () => {
    const links = selectAll('a', fromHtml(read(`checklist/${four.path}/index.html`))).map((a) =>
      String(a.properties.href),
    );
    expect(links).toContain(`/checklist/${four.path}/handover/`);
  });
});

describe("an optional task's deadline", () => {
  it('reads "If you do it, the deadline:" on the checklist, never "Optional" beside a bare "Deadline"', () => {
    const c = checklists.find(
      (x) =>
        x.items.some((i) => i.task.optional && i.task.deadline) &&
        x.items.some((i) => !i.task.optional && i.task.deadline),
    )!;
    const doc = fromHtml(read(`checklist/${c.path}/index.html`));
    for (const li of selectAll('li[data-slug]', doc)) {
      const item = c.items.find((i) => i.task.slug === li.properties.dataSlug)!;
      const line = select('.deadline-line', li);
      if (!item.task.deadline) {
        expect(line).toBeUndefined();
        continue;
      }
      expect(textOf(line!), item.task.slug).toMatch(
        item.task.optional ? /^If you do it, the deadline: / : /^Deadline: /,
      );
    }
  });
});
