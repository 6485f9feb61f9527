/** Assertions on the built site in dist/: every task page, the situation views, budgets on JavaScript and third parties. */
import { describe, expect, it, beforeAll } from 'vitest';
import { validateContent } from '../../src/lib/validate.ts';
import { tasksForSituation } from '../../src/lib/model.ts';
import { DIST, htmlPages, read, requireDist, distFiles } from '../helpers/dist.ts';
import { thirdPartyRequests } from '../../src/lib/checks/third-party.ts';
import { executableScripts } from '../../src/lib/perf/page-weight.ts';

const model = validateContent(process.cwd()).model;
beforeAll(requireDist);

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

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
    if (task.deadline) expect(body).toContain(`Deadline ${task.deadline.charAt(0).toUpperCase()}${task.deadline.slice(1)}`);
    else expect(html).not.toContain('class="deadline"');
    if (task.selfService) {
      const entry = model.selfServices.find((s) => s.slug === task.selfService)!;
      expect(html).toContain(`href="${(entry.urlEn ?? entry.urlDa).replace(/&/g, '&amp;')}"`);
    }
    // Sources are shown (SDG Art. 9): every source URL is linked under "Sources".
    expect(body).toContain('Sources');
    for (const s of task.sources) expect(html).toContain(`href="${s.url.replace(/&/g, '&amp;')}"`);
  });

  it('links prerequisites to the tasks that provide them', () => {
    const html = read('tasks/cpr-number/index.html');
    expect(html).toMatch(/What you need first[\s\S]*href="\/tasks\/residence-permit\/"[\s\S]* or [\s\S]*href="\/tasks\/eu-registration-certificate\/"/);
  });

  it('ends with one clear next step: what the task unlocks in the journey', () => {
    const nav = /<nav class="next-step"[\s\S]*?<\/nav>/.exec(read('tasks/cpr-number/index.html'))![0];
    expect(nav).toContain('href="/tasks/mitid/"');
    expect(nav).toContain('href="/tasks/health-insurance-card/"');
    expect(nav).not.toContain('href="/tasks/residence-permit/"');
  });

  it('links the first use of a glossary term to its definition', () => {
    const html = read('tasks/cpr-number/index.html');
    expect(html.match(/href="\/glossary\/#cpr-number" class="term"/g)).toHaveLength(1);
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
  it('ships no JavaScript on any page except the search page (JSON-LD is data, not JavaScript)', () => {
    for (const page of htmlPages()) {
      if (page === 'search/index.html') continue;
      expect(executableScripts(read(page)), page).toEqual([]);
      for (const m of read(page).matchAll(/<script\b([^>]*)>/gi)) expect(m[1], page).toBe(' type="application/ld+json"');
    }
    expect(read('search/index.html')).toMatch(/<script[^>]+src="\/pagefind\/pagefind-ui\.js"/);
  });

  it('loads nothing from another origin (no fonts, scripts, styles, images or frames)', () => {
    const offenders = distFiles((p) => /\.(html|css)$/.test(p) && !p.startsWith('pagefind/'))
      .flatMap((file) => thirdPartyRequests(read(file)).map((url) => `${file}: ${url}`));
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
    expect(read('downloads/glossary.tbx')).toContain('<conceptEntry id="cpr-number">');
  });
});

export { DIST };
