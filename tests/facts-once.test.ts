/**
 * Facts said once: a deadline lives in one task field. Changing that field, and nothing else, changes the task page,
 * the situation checklists, the journey step lists, the PDF's task appendix and the exports on the next build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/lib/content/load.ts';
import { buildModel } from '../src/lib/model.ts';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

const root = mkdtempSync(join(tmpdir(), 'mtd-facts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const text = (html: string) => toString(fromHtml(html)).replace(/\s+/g, ' ');

describe('a deadline is said once', () => {
  it('changes every view after one edit of the deadline field', () => {
    for (const dir of ['guide', 'glossary', 'journey']) cpSync(dir, join(root, dir), { recursive: true });
    // Pick the task from the content itself, so editors' changes never break this test.
    const { model } = buildModel(loadContent(root));
    const task = model.tasks.find((t) => t.deadline && model.journey.steps.some((s) => s.task === t.slug))!;
    expect(task, 'the content has a task with a deadline in the journey').toBeDefined();
    const file = join(root, task.file);
    const NEW = 'within 17 fortnights of the test';
    const source = readFileSync(file, 'utf8');
    const edited = source.replace(/^deadline:.*$/m, `deadline: ${NEW}`);
    expect(edited).not.toBe(source);
    writeFileSync(file, edited);

    const out = join(root, 'dist');
    const r = spawnSync(process.execPath, ['scripts/build.ts', '--no-pdf'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: root, OUT_DIR: out } });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const page = (p: string) => text(readFileSync(join(out, p), 'utf8'));
    const shown = 'Within 17 fortnights of the test';

    const taskPage = page(`tasks/${task.slug}/index.html`);
    expect(taskPage).toContain(`Deadline ${shown}`);
    expect(taskPage, 'the old value is gone from the task page').not.toContain(task.deadline!);
    for (const situation of task.situations) {
      expect(page(`situations/${situation}/index.html`), `checklist ${situation}`).toContain(`Deadline: ${shown}`);
      expect(page(`journey/${situation}/index.html`), `journey list ${situation}`).toContain(`Deadline: ${shown}`);
    }
    expect(page('journey/index.html')).toContain(`Deadline: ${shown}`);
    // The PDF is rendered from the print page: its task appendix row has the new value.
    const print = readFileSync(join(out, 'print/index.html'), 'utf8');
    const row = [...print.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]!)).find((r) => r.startsWith(task.title));
    expect(row).toContain(shown);
    expect(readFileSync(join(out, 'downloads/tasks.csv'), 'utf8')).toContain(`,${NEW},`);
    const json = JSON.parse(readFileSync(join(out, 'downloads/tasks.json'), 'utf8')) as { tasks: { slug: string; deadline?: string }[] };
    expect(json.tasks.find((t) => t.slug === task.slug)!.deadline).toBe(NEW);
  }, 180_000);
});
