/** Assertions on the built site in dist/: every task page, the situation views, budgets on JavaScript and third parties. */
import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { validateContent } from '../../src/lib/validate.ts';
import { tasksForSituation } from '../../src/lib/model.ts';
import { dependencyIds } from '../../src/lib/journey/model.ts';
import { DIST, htmlPages, read, requireDist, distFiles } from '../helpers/dist.ts';
import { thirdPartyRequests } from '../../src/lib/checks/third-party.ts';
import { executableScripts } from '../../src/lib/perf/page-weight.ts';
import { fromHtml } from 'hast-util-from-html';
import { siteSettings } from '../../src/lib/settings.ts';
import { selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';

const model = validateContent(process.cwd()).model;
beforeAll(requireDist);

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('task pages', () => {
  it('builds at least 24 tasks across all four phases', () => {
    expect(model.tasks.length).toBeGreaterThanOrEqual(24);
    expect(new Set(model.tasks.map((t) => t.phase)).size).toBe(4);
  });

  it.each(model.tasks.map((t) => [t.slug, t] as const))('%s shows its facts from front matter', (_slug, task) => {
    const html = read(`tasks/${task.slug}/index.html`);
    const body = text(html);
    expect(html).toContain(`<h1>${task.title.replace(/&/g, '&amp;')}</h1>`);
    expect(body).toContain(`Responsible authority ${model.authorities.get(task.authority)!.name}`);
    expect(body).toMatch(/Last reviewed: \d{1,2} \w+ \d{4}/);
    expect(html).toContain(`href="${task.officialLink.url.replace(/&/g, '&amp;')}"`);
    expect(body).toContain('Where to get help');
    if (task.deadline)
      expect(body).toContain(`Deadline ${task.deadline.charAt(0).toUpperCase()}${task.deadline.slice(1)}`);
    else expect(html).not.toContain('class="deadline"');
    if (task.selfService) {
      const entry = model.selfServices.find((s) => s.slug === task.selfService)!;
      expect(html).toContain(`href="${(entry.urlEn ?? entry.urlDa).replace(/&/g, '&amp;')}"`);
    }
    // The documents to bring, each once, under "What to bring".
    const bring = selectAll('ul.bring > li > strong', fromHtml(html)).map((b) => hastText(b));
    expect(bring).toEqual(task.bring.map((b) => b.what));
    // Sources are shown (SDG Art. 9): every source URL is linked under "Sources".
    expect(body).toContain('Sources');
    for (const s of task.sources) expect(html).toContain(`href="${s.url.replace(/&/g, '&amp;')}"`);
  });

  it('names each source by its site or authority, not by a raw address, and folds a long list', () => {
    const names = new Set<string>();
    for (const task of model.tasks) {
      const tree = fromHtml(read(`tasks/${task.slug}/index.html`));
      const links = selectAll('section.sources details li > a', tree);
      expect(links, task.slug).toHaveLength(task.sources.length);
      for (const a of links) {
        const label = hastText(a);
        expect(label, `${task.slug}: "${label}"`).not.toMatch(/https?:|\w\.[a-z]{2,}\/\S|\?\w+=/);
        names.add(label);
      }
      const details = selectAll('section.sources details', tree)[0]!;
      expect(details.properties.open === true || details.properties.open === '', task.slug).toBe(
        task.sources.length <= 3,
      );
    }
    // The English part of borger.dk is named as readers know it; a municipality's page by the municipality.
    expect(names).toContain('Life in Denmark');
    expect(names).toContain('Danish Agency for International Recruitment and Integration (SIRI)');
  });

  // These pick their task from the content, so editors' changes never break them.
  it('links prerequisites to the tasks that provide them, "or" between alternatives', () => {
    const task =
      model.tasks.find((t) => t.prerequisites.some((p) => typeof p !== 'string')) ??
      model.tasks.find((t) => t.prerequisites.length)!;
    const html = read(`tasks/${task.slug}/index.html`);
    const first = /What you need first[\s\S]*?<\/ul>/.exec(html)![0];
    for (const p of task.prerequisites) {
      const slugs = typeof p === 'string' ? [p] : p.anyOf;
      expect(first).toMatch(new RegExp(slugs.map((s) => `href="/tasks/${s}/"`).join('[\\s\\S]* or [\\s\\S]*')));
    }
  });

  it('ends with one clear next step: the tasks whose journey steps depend on this one, not the ones before it', () => {
    const steps = model.journey.steps;
    const step = steps.find((s) => steps.some((o) => dependencyIds(o.dependsOn).includes(s.id)) && s.dependsOn.length)!;
    const nav = /<nav class="next-step"[\s\S]*?<\/nav>/.exec(read(`tasks/${step.task}/index.html`))![0];
    for (const after of steps.filter((o) => dependencyIds(o.dependsOn).includes(step.id)))
      expect(nav).toContain(`href="/tasks/${after.task}/"`);
    for (const before of dependencyIds(step.dependsOn))
      expect(nav).not.toContain(`href="/tasks/${steps.find((o) => o.id === before)!.task}/"`);
  });

  it('links only the first use of a glossary term on a page to its definition', () => {
    let linked = 0;
    for (const task of model.tasks) {
      const html = read(`tasks/${task.slug}/index.html`);
      for (const term of model.terms) {
        const uses = html.match(new RegExp(`href="/glossary/#${term.slug}" class="term"`, 'g'))?.length ?? 0;
        expect(uses, `${task.slug}: ${term.slug}`).toBeLessThanOrEqual(1);
        linked += uses;
      }
    }
    expect(linked).toBeGreaterThan(model.tasks.length);
  });
});

describe('situation views (work without JavaScript)', () => {
  it.each(model.situations.map((s) => [s.id] as const))('%s lists exactly its tasks, in order', (id) => {
    const html = read(`situations/${id}/index.html`);
    const listed = [...html.matchAll(/<a href="\/tasks\/([^/]+)\/">/g)].map((m) => m[1]);
    expect(listed).toEqual(tasksForSituation(model, id).map((t) => t.slug));
  });
});

describe('home page', () => {
  it('shows the four phases and one "start here" path', () => {
    const body = text(read('index.html'));
    for (const p of model.phases) expect(body).toContain(p.name);
    expect(body).toContain('Start here');
    for (const t of model.tasks) expect(body).toContain(t.summary.replace(/&/g, '&'));
  });
});

describe('budgets and privacy', () => {
  it('ships no JavaScript on any page except search, the household checklists and their handovers, the municipality pages and the task pages (one script each, at most 4 KB gzip; JSON-LD is data, not JavaScript)', () => {
    const households = new Set((model.household?.checklists ?? []).map((c) => `checklist/${c.path}/index.html`));
    const handovers = new Set(
      (model.household?.checklists ?? []).map((c) => `checklist/${c.path}/handover/index.html`),
    );
    const municipalities = new Set(model.municipalities.map((m) => `local-help/${m.slug}/index.html`));
    const tasks = new Set(model.tasks.map((t) => `tasks/${t.slug}/index.html`));
    const scriptsOf = {
      checklist: new Set<string>(),
      handover: new Set<string>(),
      municipality: new Set<string>(),
      task: new Set<string>(),
    };
    for (const page of htmlPages()) {
      if (page === 'search/index.html') continue;
      const scripts = executableScripts(read(page));
      for (const m of read(page).matchAll(/<script\b([^>]*)>/gi))
        if (!/\ssrc="/.test(m[1]!)) expect(m[1], page).toBe(' type="application/ld+json"');
      const kind = households.has(page)
        ? 'checklist'
        : handovers.has(page)
          ? 'handover'
          : municipalities.has(page)
            ? 'municipality'
            : tasks.has(page)
              ? 'task'
              : undefined;
      if (!kind) {
        expect(scripts, page).toEqual([]);
        continue;
      }
      expect(scripts, page).toHaveLength(1);
      scriptsOf[kind].add(/^\/(_astro\/[^"]+\.js)$/.exec(scripts[0]!.src!)![1]!);
    }
    expect(households.size).toBeGreaterThan(0);
    expect(scriptsOf.checklist.size).toBe(1);
    expect(scriptsOf.handover.size).toBe(1);
    expect(scriptsOf.municipality.size).toBe(municipalities.size ? 1 : 0);
    expect(scriptsOf.task.size).toBe(1);
    for (const file of [...scriptsOf.checklist, ...scriptsOf.handover, ...scriptsOf.municipality, ...scriptsOf.task])
      expect(gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length, file).toBeLessThanOrEqual(4 * 1024);
    expect(read('search/index.html')).toMatch(/<script[^>]+src="\/pagefind\/pagefind-ui\.js"/);
  });

  it('loads nothing from another origin (no fonts, scripts, styles, images or frames)', () => {
    const offenders = distFiles((p) => /\.(html|css)$/.test(p) && !p.startsWith('pagefind/')).flatMap((file) =>
      thirdPartyRequests(read(file)).map((url) => `${file}: ${url}`),
    );
    expect(offenders).toEqual([]);
  });

  it('sets a strict Content Security Policy on every page', () => {
    for (const page of htmlPages()) {
      const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(read(page))?.[1];
      expect(csp, page).toContain("default-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });

  it('ships IBM Plex Sans from the site itself, subset to latin, in at most 2 weights', () => {
    const fonts = distFiles((p) => p.endsWith('.woff2') && !p.startsWith('pagefind/'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.includes('ibm-plex-sans-latin-'))).toBe(true);
    expect(new Set(fonts.map((f) => /latin-(\d+)-/.exec(f)![1])).size).toBeLessThanOrEqual(2);
  });

  it('has a search index and the required legal pages', () => {
    expect(distFiles((p) => p.startsWith('pagefind/')).length).toBeGreaterThan(5);
    expect(text(read('accessibility/index.html'))).toContain('WCAG 2.1');
    for (const page of htmlPages()) expect(read(page), page).toContain('href="/feedback/');
  });

  it('"Is this page useful?" never leads back to the feedback page: without a channel, to the responsible authority', () => {
    for (const page of htmlPages()) {
      const aside = selectAll('aside.feedback a', fromHtml(read(page)));
      expect(aside.length, page).toBeLessThanOrEqual(1);
      if (aside[0]) expect(String(aside[0].properties.href), page).not.toMatch(/^\/feedback\//);
    }
    if (!siteSettings().feedback) {
      const digst = model.authorities.get('digst')!;
      const aside = selectAll('aside.feedback a', fromHtml(read('feedback/index.html')))[0]!;
      expect(aside.properties.href).toBe(digst.contactUrl ?? digst.url);
    }
  });
});

describe('glossary', () => {
  it('shows all 25 terms with stable anchors, sorted with Danish collation', () => {
    const html = read('glossary/index.html');
    const ids = [...html.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(25);
    expect(new Set(ids)).toEqual(new Set(model.terms.map((t) => t.slug)));
    const danish = [...html.matchAll(/<th scope="row" lang="da">([^<]+)/g)].map((m) => m[1]!);
    expect(danish).toEqual([...danish].sort(new Intl.Collator('da').compare));
  });

  it('exports CSV with a BOM and Danish letters intact, and JSON with all terms', () => {
    const csv = read('downloads/glossary.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trim().split('\r\n')).toHaveLength(26);
    expect(csv).toMatch(/årsopgørelse|forskudsopgørelse/);
    const json = JSON.parse(read('downloads/glossary.json')) as { terms: unknown[] };
    expect(json.terms).toHaveLength(25);
    for (const term of model.terms)
      expect(read('downloads/glossary.tbx')).toContain(`<conceptEntry id="${term.slug}">`);
  });
});

export { DIST };
