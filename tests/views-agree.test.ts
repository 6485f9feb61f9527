/**
 * The views never disagree, read from one real build of a copy of the content (built without the PDF, so the print
 * page that the PDF is rendered from stays in the output):
 * - facts said once: changing a task's deadline field, and nothing else, changes the task page, the situation
 *   checklists, the journey step lists, the PDF's task appendix and the exports;
 * - the PDF's appendix A (tasks) agrees with appendix B (the self-service map);
 * - each task page's self-service badge agrees with the self-service map page;
 * - the feedback channel set in site.yaml is what every page's "Is this page useful?" opens, filled in with that page;
 * - the site's own texts are content: the publisher and reuse terms in site.yaml, the pages in guide/pages/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { selectAll } from 'hast-util-select';
import type { Element, Root } from 'hast';
import { loadContent } from '../src/lib/content/load.ts';
import { buildModel, type Task } from '../src/lib/model.ts';
import { walkFiles } from '../src/lib/files.ts';
import { copyFixtureContent } from './helpers/fixture-content.ts';

const root = mkdtempSync(join(tmpdir(), 'mtd-views-'));
const out = join(root, 'dist');
const NEW = 'within 17 fortnights of the test';
const SHOWN = 'Within 17 fortnights of the test';
const PUBLISHER = 'The test publisher of the guide';
const REUSE = 'Reuse is allowed on the test terms.';
const SITE_TITLE = 'Moving to Testland';
const LEAD = 'A lead written by the test.';
const BODY = 'A paragraph the test added to the accessibility statement.';
let task: Task;
let feedbackEmail: string;
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  copyFixtureContent(root);
  // A feedback mailbox on an official domain of the copied content (any one: the test is about the wiring).
  feedbackEmail = `feedback-test@${loadContent(root).officialDomains.domains[0]!.domain}`;
  writeFileSync(
    join(root, 'site.yaml'),
    `url: https://guide.test-authority.dk\nfeedback:\n  email: ${feedbackEmail}\n  owner: The test working group\n` +
      `publisher: ${PUBLISHER}\nreuse: ${REUSE}\ntitle: ${SITE_TITLE}\n`,
  );
  const statement = join(root, 'guide/pages/accessibility.md');
  writeFileSync(
    statement,
    readFileSync(statement, 'utf8')
      .replace(/^lead:.*$/m, `lead: ${LEAD}`)
      .replace(/^## Known limitations$/m, `## Known limitations\n\n${BODY}`),
  );
  // Pick the task from the content itself, so editors' changes never break this test.
  const { model } = buildModel(loadContent(root));
  task = model.tasks.find((t) => t.deadline && model.journey.steps.some((s) => s.task === t.slug))!;
  if (!task) throw new Error('the content has no task with a deadline in the journey');
  const file = join(root, task.file);
  const source = readFileSync(file, 'utf8');
  const edited = source.replace(/^deadline:.*$/m, `deadline: ${NEW}`);
  if (edited === source) throw new Error(`${task.file} has no deadline line to change`);
  writeFileSync(file, edited);
  // The address from this copy's site.yaml, not the suite's SITE_URL.
  const { SITE_URL: _suiteAddress, ...env } = process.env;
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--no-pdf'], {
    encoding: 'utf8',
    env: { ...env, CONTENT_ROOT: root, OUT_DIR: out },
  });
  if (r.status !== 0) throw new Error(`the build failed:\n${r.stdout}\n${r.stderr}`);
}, 480_000);

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();
const doc = (path: string): Root => fromHtml(readFileSync(join(out, path), 'utf8'));
const text = (node: Element | Root) => normal(toString(node));

describe('a deadline is said once', () => {
  it('changes the task page, and the old value is gone from it', () => {
    const page = text(doc(`tasks/${task.slug}/index.html`));
    expect(page).toMatch(new RegExp(`Deadline\\s*${SHOWN}`));
    expect(page).not.toContain(task.deadline!);
  });
  it('changes the body text where it says :deadline', () => {
    const body = text(selectAll('div.body', doc(`tasks/${task.slug}/index.html`))[0] as Element);
    if (/:deadline(?!\[)/.test(task.body)) expect(body).toContain(NEW);
    else expect(body).not.toContain(task.deadline!);
  });
  it('changes the checklist and the journey list of every situation', () => {
    for (const situation of task.situations) {
      expect(text(doc(`situations/${situation}/index.html`)), `checklist ${situation}`).toContain(`Deadline: ${SHOWN}`);
      expect(text(doc(`journey/${situation}/index.html`)), `journey list ${situation}`).toContain(`Deadline: ${SHOWN}`);
    }
    expect(text(doc('journey/index.html'))).toContain(`Deadline: ${SHOWN}`);
  });
  it('changes the PDF appendix and the exports', () => {
    const row = selectAll('section[aria-labelledby="appendix"] tbody tr', doc('print/index.html'))
      .map((tr) => text(tr))
      .find((r) => r.startsWith(task.title));
    expect(row).toContain(SHOWN);
    expect(readFileSync(join(out, 'downloads/tasks.csv'), 'utf8')).toContain(`,${NEW},`);
    const json = JSON.parse(readFileSync(join(out, 'downloads/tasks.json'), 'utf8')) as {
      tasks: { slug: string; deadline?: string }[];
    };
    expect(json.tasks.find((t) => t.slug === task.slug)!.deadline).toBe(NEW);
  });
});

/** The self-service tables of a page: service name, its badge, and the titles of the tasks it serves. */
function mapRows(path: string) {
  return selectAll('table.self-service tbody tr', doc(path)).map((tr) => {
    const [name, , english, , , used] = selectAll('th, td', tr);
    return {
      name: text(selectAll('a', name)[0] as Element),
      english: text(english!),
      tasks: selectAll('a', used).map((a) => text(a)),
    };
  });
}

describe('appendix A and appendix B of the PDF agree', () => {
  const rowsA = () =>
    selectAll('section[aria-labelledby="appendix"] tbody tr', doc('print/index.html')).map((tr) =>
      selectAll('td', tr).map((td) => text(td)),
    );
  it('names in appendix A every self-service that appendix B lists for the task, with the same language badge', () => {
    const a = rowsA();
    const b = mapRows('print/index.html');
    expect(a.length).toBeGreaterThan(10);
    expect(b.length).toBeGreaterThan(5);
    for (const service of b) {
      for (const title of service.tasks) {
        const row = a.find((r) => r[0] === title);
        expect(row, `appendix A has the task "${title}"`).toBeDefined();
        expect(row![3], `"${title}" in appendix A`).toContain(`${service.name}: ${service.english}`);
      }
    }
  });
  it('says "No self-service" only for tasks that no map entry lists', () => {
    const served = new Set(mapRows('print/index.html').flatMap((s) => s.tasks));
    for (const row of rowsA().filter((r) => r[3] === 'No self-service'))
      expect(served.has(row[0]!), row[0]).toBe(false);
  });
});

describe('task pages agree with the self-service map page', () => {
  it('shows on each task page every map entry that serves it, with the same badge', () => {
    const rows = mapRows('self-service/index.html');
    const pages = walkFiles(join(out, 'tasks')).filter((p) => p.endsWith('index.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = doc(`tasks/${page}`);
      const title = text(selectAll('h1', html)[0] as Element);
      const onPage = selectAll('dl.facts li', html).map((li) => text(li));
      for (const service of rows.filter((s) => s.tasks.includes(title))) {
        expect(
          onPage.some((li) => li.startsWith(service.name) && li.includes(service.english)),
          `${service.name} (${service.english}) on ${page}`,
        ).toBe(true);
      }
    }
  });
});

describe('the feedback channel from site.yaml', () => {
  it('makes every page\'s "Is this page useful?" an e-mail to that mailbox, with the page and the edition filled in', () => {
    const pages = walkFiles(out).filter(
      (f) => f.endsWith('index.html') && !f.startsWith('print/') && !f.startsWith('pagefind/'),
    );
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const link = selectAll('aside.feedback a', doc(page))[0];
      expect(link, page).toBeDefined();
      const href = new URL(String(link!.properties.href));
      expect(href.protocol, page).toBe('mailto:');
      expect(href.pathname, page).toBe(feedbackEmail);
      expect(href.searchParams.get('body'), page).toMatch(
        new RegExp(
          `^Page: https://guide\\.test-authority\\.dk/${page.replace(/index\.html$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\nEdition: `,
        ),
      );
    }
  });
  it('names the mailbox and who reads it on the feedback page', () => {
    const text = toString(doc('feedback/index.html'));
    expect(text).toContain(feedbackEmail);
    expect(text).toContain('The test working group');
  });
});

describe("the site's own texts are content", () => {
  it('shows the publisher and the site name from site.yaml in the frame of every page', () => {
    for (const page of ['index.html', 'accessibility/index.html', `tasks/${task.slug}/index.html`]) {
      const d = doc(page);
      expect(text(selectAll('footer', d)[0] as Element), page).toContain(`Publisher: ${PUBLISHER}.`);
      expect(text(selectAll('.site-title', d)[0] as Element), page).toContain(SITE_TITLE);
    }
  });
  it('shows the publisher and the reuse terms in the PDF colophon and the site name on its cover', () => {
    const colophon = text(selectAll('section.colophon', doc('print/index.html'))[0] as Element);
    expect(colophon).toContain(`${PUBLISHER}: `);
    expect(colophon).toContain(REUSE);
    expect(text(selectAll('#cover-title', doc('print/index.html'))[0] as Element)).toBe(SITE_TITLE);
  });
  it('shows the lead and the text of guide/pages/accessibility.md on the accessibility statement', () => {
    const page = text(doc('accessibility/index.html'));
    expect(page).toContain(LEAD);
    expect(page).toMatch(new RegExp(`Known limitations ${BODY}`));
  });
});
