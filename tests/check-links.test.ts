/** The internal link gate fails on a broken link and a broken fragment, naming the page and the link. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const site = mkdtempSync(join(tmpdir(), 'mtd-links-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('npm run check:links', () => {
  it('fails naming the page and each broken link or fragment', () => {
    mkdirSync(join(site, 'a'));
    writeFileSync(
      join(site, 'index.html'),
      '<!doctype html><title>x</title><a href="/a/">a</a> <a href="/gone/">gone</a> <a href="/a/#missing">frag</a> <a href="https://skat.dk/">ext</a>',
    );
    writeFileSync(
      join(site, 'a/index.html'),
      '<!doctype html><title>a</title><h2 id="here">Here</h2><a href="/">home</a>',
    );
    const r = spawnSync(process.execPath, ['scripts/check-links.ts'], {
      encoding: 'utf8',
      env: { ...process.env, OUT_DIR: site },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken link on \/: \/gone\//);
    expect(r.stderr).toMatch(/broken link on \/: \/a\/#missing/);
    expect(r.stderr).not.toContain('skat.dk');
    expect(r.stderr).toContain('2 broken internal link(s)');
  });
});
