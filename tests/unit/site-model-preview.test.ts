/**
 * The model in the live preview (src/lib/site-model.ts). Astro matches a request to a page by calling its
 * `getStaticPaths`, which asks `getModel`, before the preview's middleware runs; a content error must not throw there,
 * or the editor sees Astro's overlay with program code instead of the preview's error page (issue #36: the preview
 * test failed this way on a busy machine, when Astro cleared its route cache before the first request).
 */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyFixtureContent, TINY_CONTENT } from '../helpers/fixture-content.ts';

const root = mkdtempSync(join(tmpdir(), 'site-model-'));
copyFixtureContent(root, TINY_CONTENT);
const saved = { CONTENT_ROOT: process.env.CONTENT_ROOT, MTD_LIVE_PREVIEW: process.env.MTD_LIVE_PREVIEW };
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  rmSync(root, { recursive: true, force: true });
});

/** A fresh copy of the module (it keeps the model between requests), reading this test's content tree. */
async function freshSiteModel(livePreview: boolean) {
  process.env.CONTENT_ROOT = root;
  if (livePreview) process.env.MTD_LIVE_PREVIEW = '1';
  else delete process.env.MTD_LIVE_PREVIEW;
  vi.resetModules();
  return import('../../src/lib/site-model.ts');
}

let tick = 0;
/** Rewrites a content file as an editor's save does, with a new modification time. */
function save(file: string, text: string): void {
  writeFileSync(file, text);
  const t = new Date(Date.UTC(2030, 0, 1, 0, 0, ++tick));
  utimesSync(file, t, t);
}

describe('the model in the live preview', () => {
  let file = '';
  let good = '';
  beforeEach(async () => {
    const { getModel } = await freshSiteModel(false);
    const task = getModel().tasks.find((t) => t.authority)!;
    file = join(root, task.file);
    good = readFileSync(file, 'utf8');
  });

  it('keeps routing with the last valid model while the content has an error, and the middleware reports it', async () => {
    const { getModel, contentErrorsNow } = await freshSiteModel(true);
    const before = getModel();
    save(file, good.replace(/^authority:.*$/m, 'authority: town-hall'));
    // What getStaticPaths sees: the last valid model, not a throw.
    expect(getModel()).toBe(before);
    // What the middleware sees, before any page renders: the error, with its file.
    const errors = contentErrorsNow();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe(file.slice(root.length + 1));
    expect(errors[0]!.message).toMatch(/town-hall/);
    // Fixed: the next request gets the new model and no errors.
    save(file, good.replace(/^title:.*$/m, 'title: Renamed in the preview'));
    expect(contentErrorsNow()).toEqual([]);
    expect(getModel()).not.toBe(before);
    expect(getModel().tasks.map((t) => t.title)).toContain('Renamed in the preview');
    save(file, good);
  });

  it('throws when the preview has never seen valid content, and always in a build', async () => {
    save(file, good.replace(/^authority:.*$/m, 'authority: town-hall'));
    const preview = await freshSiteModel(true);
    expect(() => preview.getModel()).toThrow(/unknown authority "town-hall"/);
    const build = await freshSiteModel(false);
    expect(() => build.getModel()).toThrow(/unknown authority "town-hall"/);
    save(file, good);
  });
});
