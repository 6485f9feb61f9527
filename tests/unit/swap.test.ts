import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  existsSync,
  readdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_MARKER, removeLeftovers, stagingDirFor, swapInto, unsafeOutDir } from '../../src/lib/build/swap.ts';

const work = mkdtempSync(join(tmpdir(), 'mtd-swap-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const project = join(work, 'project');
for (const d of ['guide', 'glossary', 'journey', '.git', 'src']) mkdirSync(join(project, d), { recursive: true });
const protect = { project, content: project };

describe('the output folder', () => {
  it.each([
    ['the project itself', '.', /the project folder/],
    ['the parent of the project', '..', /the project folder/],
    ['the git folder', '.git', /git repository/],
    ['the content', 'guide', /guide\/ folder/],
    ['inside the sources', 'src/out', /inside the src\/ folder/],
  ])('refuses %s', (_n, rel, why) => {
    expect(unsafeOutDir(join(project, rel), protect)).toMatch(why);
  });

  it('refuses a folder with other files in it, and accepts a new one or a previous build', () => {
    const other = join(work, 'photos');
    mkdirSync(other);
    writeFileSync(join(other, 'holiday.jpg'), 'x');
    expect(unsafeOutDir(other, protect)).toMatch(/did not make/);
    expect(unsafeOutDir(join(work, 'new-dist'), protect)).toBeUndefined();
    const built = join(work, 'built');
    mkdirSync(built);
    writeFileSync(join(built, BUILD_MARKER), '');
    expect(unsafeOutDir(built, protect)).toBeUndefined();
  });

  it('keeps a symlinked output as a link and replaces the folder it points to', () => {
    const real = join(work, 'releases-web', 'current');
    mkdirSync(real, { recursive: true });
    writeFileSync(join(real, 'index.html'), 'old');
    const link = join(work, 'dist-link');
    symlinkSync(real, link);
    const staging = stagingDirFor(link);
    writeFileSync(join(staging, 'index.html'), 'new');
    swapInto(staging, link);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(join(link, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(real, BUILD_MARKER))).toBe(true);
  });

  it("removes what a killed build left behind, but not a running build's folder", () => {
    const out = join(work, 'site', 'dist');
    mkdirSync(out, { recursive: true });
    const dead = join(work, 'site', '.dist-staging-999999-abc');
    const mine = stagingDirFor(out);
    mkdirSync(dead);
    mkdirSync(join(work, 'site', 'dist.old-999998'));
    expect(removeLeftovers(out).sort()).toEqual(['.dist-staging-999999-abc', 'dist.old-999998']);
    expect(readdirSync(join(work, 'site')).sort()).toEqual([mine.split('/').pop(), 'dist'].sort());
  });
});

describe('publishing reports exactly what happened', () => {
  const fresh = (name: string) => {
    const out = join(work, name, 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'old');
    const staging = stagingDirFor(out);
    writeFileSync(join(staging, 'index.html'), 'new');
    return { out, staging };
  };
  it('publishes and says where the previous output was left when it cannot be removed', () => {
    const { out, staging } = fresh('stuck');
    const r = swapInto(staging, out, () => {
      throw new Error('EACCES: permission denied');
    });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(r.leftOver?.reason).toBe('EACCES: permission denied');
    expect(r.leftOver && readFileSync(join(r.leftOver.path, 'index.html'), 'utf8')).toBe('old');
  });
  it('puts the previous output back when the new one cannot be moved into place', () => {
    const { out, staging } = fresh('vanished');
    rmSync(staging, { recursive: true });
    expect(() => swapInto(staging, out)).toThrow(
      /could not move the new output into .*; the previous output was put back/,
    );
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(join(work, 'vanished'))).toEqual(['dist']);
  });
  it('removes the previous output when it can', () => {
    const { out, staging } = fresh('normal');
    expect(swapInto(staging, out)).toEqual({});
    expect(readdirSync(join(work, 'normal'))).toEqual(['dist']);
  });
});
