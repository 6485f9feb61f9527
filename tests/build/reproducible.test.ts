/**
 * The same sources and edition give byte-identical output: HTML, PDFs, exports, everything in dist/. Built from the
 * tiny fixture site (the machinery is what is tested; the release test also compares two releases of it, and one full
 * release of the real content's copy runs in tests/release.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkFiles } from '../../src/lib/files.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { DANISH_PDF_NAME, danishPdfMissing } from '../../src/lib/danish/translation.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { FULL } from '../helpers/tier.ts';
import { TINY_CONTENT } from '../helpers/fixture-content.ts';

const work = mkdtempSync(join(tmpdir(), 'mtd-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    walkFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

function build(out: string): void {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: TINY_CONTENT, OUT_DIR: out, SOURCE_DATE_EPOCH: '1795392000' },
  });
  expect(r.status, r.stderr).toBe(0);
}

describe.runIf(FULL)('reproducible builds', () => {
  it('two builds of the same commit and edition are byte-identical', () => {
    build(join(work, 'a'));
    build(join(work, 'b'));
    const a = hashes(join(work, 'a'));
    const b = hashes(join(work, 'b'));
    expect(Object.keys(a)).toContain('best-practice-guide.pdf');
    expect(Object.keys(a)).toContain('downloads/ideal-journey-poster.pdf');
    // The Danish PDF too: the tiny site's Danish edition is complete.
    expect(danishPdfMissing(validateContent(TINY_CONTENT).model)).toEqual([]);
    expect(Object.keys(a)).toContain(DANISH_PDF_NAME);
    const differing = Object.keys(a).filter((f) => a[f] !== b[f]);
    expect(differing).toEqual([]);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    // The edition comes from SOURCE_DATE_EPOCH (2026-11-23), on the site and in the PDF.
    // (No edition has been released in the repository, so the build is a draft.)
    expect(readFileSync(join(work, 'a/index.html'), 'utf8')).toContain(
      'Draft, before the first edition · built 23 November 2026',
    );
    expect(spawnSync('pdfinfo', [join(work, 'a/best-practice-guide.pdf')], { encoding: 'utf8' }).stdout).toMatch(
      /CreationDate:\s+Mon Nov 23 00:00:00 2026/,
    );
  }, 600_000); // two full builds: room for a busy machine
});
