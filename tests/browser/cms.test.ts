/**
 * The form editor (`npm run edit`, Decap CMS) in the real Chromium, on a copy of the tiny site: an editor changes
 * a task's deadline and a glossary term's English rendering through the forms and saves. Then only those fields
 * changed on disk, the content check passes, and the task page shows the new deadline. Invalid content is refused
 * with the build's message; a new authority is a choice in the form without any other edit; every request stays on
 * the local server.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/model.ts';
import { publish, useEditServer } from '../helpers/edit-server.ts';
import { changedFiles, changedLines, snapshotFiles } from '../helpers/file-changes.ts';
import { findFactUses } from '../../src/lib/facts.ts';
import { FULL } from '../helpers/tier.ts';
import { TINY_CONTENT } from '../helpers/fixture-content.ts';

const editor = useEditServer({
  tempPrefix: 'mtd-cms-',
  content: TINY_CONTENT,
  viewport: { width: 1280, height: 900 },
});
const { root, openEditor } = editor;
let task: { slug: string; file: string; phase: string; deadline: string };
let term: { slug: string; file: string; english: string };

// After useEditServer's own beforeAll: the content is copied.
beforeAll(() => {
  const { model } = buildModel(loadContent(root));
  // A task whose body says :deadline, so the preview shows the new deadline in the text too.
  const usesOwnDeadline = (body: string) =>
    findFactUses(body, { own: {}, tasks: new Map() }).some((u) => u.name === 'deadline' && !u.target);
  const t = model.tasks.find((x) => x.deadline && !x.deadline.includes('\n') && usesOwnDeadline(x.body))!;
  task = { slug: t.slug, file: t.file, phase: t.phase, deadline: t.deadline! };
  const g = model.terms[0]!;
  term = { slug: g.slug, file: `glossary/${g.slug}.yaml`, english: g.english };
}, 60_000);

describe.runIf(FULL)('npm run edit: the form editor', () => {
  it('saves a changed deadline and English term through the forms, changing only those fields', async () => {
    const before = snapshotFiles(root);
    const taskBefore = readFileSync(join(root, task.file), 'utf8');
    const termBefore = readFileSync(join(root, term.file), 'utf8');

    const page = await openEditor(`tasks-${task.phase}/entries/${task.slug}`);
    const deadline = page.getByLabel(/^deadline/);
    await expect.poll(() => deadline.inputValue(), { timeout: 30_000 }).toBe(task.deadline);
    await deadline.fill('within 7 days of the form editor test');
    // The preview renders the body as the site does: :deadline in the text is the deadline just typed.
    const preview = page.frameLocator('iframe').first();
    await expect
      .poll(
        () =>
          preview
            .locator('.body')
            .innerText()
            .catch(() => ''),
        { timeout: 15_000 },
      )
      .toContain('within 7 days of the form editor test');
    await publish(page);
    await expect.poll(() => readFileSync(join(root, task.file), 'utf8'), { timeout: 20_000 }).not.toBe(taskBefore);

    await page.context().close();
    const termPage = await openEditor(`glossary/entries/${term.slug}`);
    const english = termPage.getByLabel(/^english/);
    await expect.poll(() => english.inputValue(), { timeout: 20_000 }).toBe(term.english);
    await english.fill(`${term.english} (form test)`);
    await publish(termPage);
    await expect.poll(() => readFileSync(join(root, term.file), 'utf8'), { timeout: 20_000 }).not.toBe(termBefore);
    await termPage.context().close();

    // Only those two files, and in them only those lines.
    const after = snapshotFiles(root);
    expect(changedFiles(before, after)).toEqual([term.file, task.file].sort());
    expect(changedLines(taskBefore, readFileSync(join(root, task.file), 'utf8')).after).toEqual([
      'deadline: within 7 days of the form editor test',
    ]);
    expect(changedLines(termBefore, readFileSync(join(root, term.file), 'utf8'))).toEqual({
      before: [`english: ${term.english}`],
      after: [`english: ${term.english} (form test)`],
    });

    // The content check passes, as in CI.
    const check = spawnSync(process.execPath, ['scripts/check-content.ts'], {
      env: { ...process.env, CONTENT_ROOT: root },
      encoding: 'utf8',
    });
    expect(check.status, check.stderr).toBe(0);
    // The built task page shows the new deadline (the site without the PDFs, into a folder outside the content).
    const out = mkdtempSync(join(tmpdir(), 'mtd-cms-dist-'));
    try {
      const build = spawnSync(process.execPath, ['scripts/build.ts', '--no-pdf'], {
        env: { ...process.env, CONTENT_ROOT: root, OUT_DIR: out },
        encoding: 'utf8',
      });
      expect(build.status, `${build.stdout.slice(-1500)}\n${build.stderr.slice(-1500)}`).toBe(0);
      const html = readFileSync(join(out, 'tasks', task.slug, 'index.html'), 'utf8');
      expect(html).toMatch(
        /<div class="deadline"[^>]*>\s*<strong>Deadline<\/strong>\s*Within 7 days of the form editor test/,
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 360_000); // it builds the site (--no-pdf): room for a busy machine

  it('refuses to save invalid content, with the message npm run check:content gives, and writes nothing', async () => {
    const file = join(root, task.file);
    const before = readFileSync(file, 'utf8');
    const page = await openEditor(`tasks-${task.phase}/entries/${task.slug}`);
    const lastReviewed = page.getByLabel(/^lastReviewed/);
    await expect.poll(() => lastReviewed.inputValue(), { timeout: 30_000 }).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await lastReviewed.fill('2999-01-01');
    await publish(page);
    const toast = page.getByText(/Dokumentet kunne ikke gemmes/);
    await expect.poll(() => toast.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByText(new RegExp(`${task.file}:\\d+: error: field "lastReviewed"`)).count()).toBeGreaterThan(
      0,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
    await page.context().close();
  });

  it("checks a field in the form as you write, with the schema's own message", async () => {
    const file = join(root, task.file);
    const before = readFileSync(file, 'utf8');
    const page = await openEditor(`tasks-${task.phase}/entries/${task.slug}`);
    const summary = page.getByLabel(/^summary/);
    await expect.poll(() => summary.inputValue(), { timeout: 30_000 }).not.toBe('');
    await summary.fill('x'.repeat(201));
    await publish(page);
    // The message comes from the zod schema (src/lib/schemas/task.ts), through the generated configuration.
    await expect
      .poll(() => page.getByText('must be one line (at most 200 characters)').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
    await page.context().close();
  });

  it('offers a new authority in the task form with no other edit', async () => {
    appendFileSync(join(root, 'journey/authorities.yaml'), '\n- id: form-test-agency\n  name: Form Test Agency\n');
    const page = await openEditor(`tasks-${task.phase}/entries/${task.slug}`);
    await expect
      .poll(() => page.getByLabel(/^deadline/).inputValue(), { timeout: 30_000 })
      .toContain('form editor test');
    await page
      .getByLabel(/^authority/)
      .first()
      .click();
    await expect
      .poll(() => page.getByText('Form Test Agency (form-test-agency)').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.context().close();
  });

  it('makes no request to any other origin', () => {
    expect(editor.requests.length).toBeGreaterThan(10);
    expect(
      editor.requests.filter(
        (u) => !u.startsWith(`${editor.url}/`) && !u.startsWith('blob:') && !u.startsWith('data:'),
      ),
    ).toEqual([]);
  });
});
