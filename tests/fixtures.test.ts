/**
 * Fixture tests: for each failure mode, the build exits non-zero, names the file (and line), and leaves the previous
 * output folder untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_CONTENT, type BadContentCase } from './fixtures/bad-content.ts';
import { validateContent } from '../src/lib/validate.ts';
import { contentErrorReport } from '../src/lib/content/errors.ts';
import { FULL } from './helpers/tier.ts';
import { copyFixtureContent, FIXTURE_CONTENT, TINY_CONTENT } from './helpers/fixture-content.ts';

const project = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'mtd-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of a frozen content tree: the copy of the real content for the content check, the tiny site for builds. */
function contentCopy(name: string, from = FIXTURE_CONTENT): string {
  const root = join(work, name.replace(/\W+/g, '-'));
  copyFixtureContent(root, from);
  return root;
}

function build(root: string, out: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(project, 'scripts/build.ts')], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: root, OUT_DIR: out, MERMAID_CACHE_DIR: join(work, 'mermaid-cache'), ...env },
  });
}

/** The message must name the file, and the line where the case gives one (a folder has no line). */
const fileAndLine = (c: BadContentCase) =>
  new RegExp(
    `${c.file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}${c.line ? `:${c.line}` : c.file.endsWith('/') ? '' : ':\\d+'}`,
  );

describe('bad content is refused by the content check, in-process, with the file, line and message the build prints', () => {
  it('has at least 25 distinct failure modes', () => {
    expect(new Set(BAD_CONTENT.map((c) => c.name)).size).toBeGreaterThanOrEqual(25);
  });

  it.each(BAD_CONTENT.filter((c) => c.stage !== 'build').map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const root = contentCopy(`inproc-${c.name}`);
    c.apply(root);
    const v = validateContent(root);
    // The build prints exactly this report (scripts/build.ts), preceded by ✗ and followed by "was not changed".
    const output = `✗ ${contentErrorReport(v.errors)}`;
    expect(
      v.errors.length,
      'the content check refuses it (if only a later build step does, mark the case stage: build)',
    ).toBeGreaterThan(0);
    expect(output).toMatch(c.message);
    expect(output, 'the message names the file and line').toMatch(fileAndLine(c));
  });
});

/**
 * Cases run through a real build, for what only the process shows (the exit code, the message as printed, the output
 * folder untouched, no staging folder left): the first case, always, and those only a build step catches; in the
 * full tier also one case of each other way the loader meets a file. Every other case's file, line and message are
 * asserted in-process above, against the same validator the build runs first.
 *
 * The fast tier leaves out the build-step cases that fail only once the whole site and its PDF are made (20–25 s
 * each): their checks have unit tests (tests/unit/pdf-page-links.test.ts, tests/unit/output-policy.test.ts), and
 * the full tier runs them through the command line.
 */
const ONLY_AFTER_THE_WHOLE_BUILD = new Set([
  'a link to a page the PDF does not have',
  'a Mermaid click link to an unofficial site',
]);
const ALSO_BUILT_IN_FULL = new Set([
  'malformed YAML in front matter',
  'non-UTF-8 file',
  'a content file that is a symbolic link',
  'a glossary term saved as .txt',
  'a site page deleted',
  'a typo in an official domain',
  'HTML markup in a plain-text field',
]);
const throughBuild = BAD_CONTENT.filter(
  (c) =>
    c === BAD_CONTENT[0] ||
    (c.stage === 'build' && (FULL || !ONLY_AFTER_THE_WHOLE_BUILD.has(c.name))) ||
    (FULL && ALSO_BUILT_IN_FULL.has(c.name)),
);
it('names only cases that exist in its build lists', () => {
  const names = [...ALSO_BUILT_IN_FULL, ...ONLY_AFTER_THE_WHOLE_BUILD];
  expect(names.filter((n) => !BAD_CONTENT.some((c) => c.name === n))).toEqual([]);
});
describe('bad content fails the build with a clear message and publishes nothing', () => {
  it.each(throughBuild.map((c) => [c.name, c] as const))(
    '%s',
    (_name, c) => {
      const { root, out } = withPreviousRelease(c.name);
      c.apply(root);

      const result = build(root, out);
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      expect(output).toMatch(c.message);
      expect(output, 'the message names the file and line').toMatch(fileAndLine(c));
      expect(output).toContain('was not changed');
      // The previous output is untouched, and no staging folder is left behind.
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous release');
      expect(readdirSync(root).filter((f) => f.includes('staging'))).toEqual([]);
    },
    600_000,
  ); // a real build: room for a busy machine
});

/**
 * A copy of the tiny site (the machinery is what these builds test; it builds in a fraction of the time) with a
 * previous release in its dist/, to prove a failed build leaves it alone.
 */
function withPreviousRelease(name: string): { root: string; out: string } {
  const root = contentCopy(name, TINY_CONTENT);
  const out = join(root, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'previous release');
  return { root, out };
}

describe('a missing toolchain fails the build with instructions', () => {
  it('stops before building when Chromium is not where CHROMIUM_PATH says', () => {
    const { root, out } = withPreviousRelease('no chromium');
    const r = build(root, out, { CHROMIUM_PATH: '/opt/missing/chromium' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Chromium was not found at /opt/missing/chromium');
    expect(r.stderr).toContain('was not changed');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous release');
  });
});

describe('a broken toolchain or a dangerous output folder stops the build before anything is deleted', () => {
  it('stops when Chromium exists but does not start', () => {
    const { root, out } = withPreviousRelease('broken chromium');
    writeFileSync(
      join(root, 'fake-chromium'),
      '#!/bin/sh\necho "error while loading shared libraries: libnss3.so" >&2\nexit 127\n',
      { mode: 0o755 },
    );
    const r = build(root, out, { CHROMIUM_PATH: join(root, 'fake-chromium') });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Chromium at .*fake-chromium does not start \(error while loading shared libraries/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous release');
  });

  it.each([
    ['the content folder itself', (root: string) => root],
    ['the guide folder', (root: string) => join(root, 'guide')],
    // (OUT_DIR set to the checkout itself is refused by the same check; tests/unit/swap.test.ts shows it on a copy.)
  ])('refuses OUT_DIR set to %s, and deletes nothing', (_name, outOf) => {
    const { root } = withPreviousRelease(`outdir ${_name}`);
    const r = build(root, outOf(root));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/OUT_DIR=.* is or contains (the content folder|the guide\/ folder)/);
    expect(existsSync(join(root, 'guide/when-you-arrive/cpr-number.md'))).toBe(true);
    expect(existsSync(join(project, 'package.json'))).toBe(true);
  });
});

// Full tier: the site is built whole before the PDF step times out (15 s a run).
describe.runIf(FULL)('a Paged.js failure never publishes a truncated PDF', () => {
  it('fails the build with the render error when Paged.js times out', () => {
    const { root, out } = withPreviousRelease('pdf timeout');
    const r = build(root, out, { PDF_TIMEOUT_MS: '1' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Paged\.js could not render the PDF.*: .*(time|Timeout)/i);
    expect(r.stderr, 'one plain message, no stack trace').not.toMatch(/\n\s+at /);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous release');
    expect(existsSync(join(out, 'best-practice-guide.pdf'))).toBe(false);
  });
});

describe('the real content', () => {
  it('passes validation (npm run check:content)', () => {
    const r = spawnSync(process.execPath, [join(project, 'scripts/check-content.ts')], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/content is valid: \d+ tasks, 25 glossary terms, 6 tips/);
    expect(existsSync(join(project, 'guide'))).toBe(true);
  });
});
