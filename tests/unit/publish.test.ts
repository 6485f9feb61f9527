import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentVersion, firstPublishProblem, keptVersions, publish, undo } from '../../src/lib/publish.ts';

const work = mkdtempSync(join(tmpdir(), 'mtd-publish-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const site = (name: string, text: string) => {
  const d = join(work, name);
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, 'index.html'), text);
  return d;
};
const web = join(work, 'www');
const served = () => readFileSync(join(web, 'current', 'index.html'), 'utf8');

describe('publish and undo', () => {
  it('asks to confirm the first publish with a label, because it cannot be undone', () => {
    expect(firstPublishProblem(web, undefined)).toMatch(
      /Nothing is published in .* yet\. The first publish cannot be undone .*--label <name>/,
    );
    expect(firstPublishProblem(web, '2026-Q3')).toBeUndefined();
  });
  it('publishes a build as a version and serves it through the current link', () => {
    expect(publish(site('a', 'edition 1'), web, '2026-Q3')).toBe('2026-Q3');
    expect(readlinkSync(join(web, 'current'))).toBe(join('versions', '2026-Q3'));
    expect(served()).toBe('edition 1');
  });
  it('switches to a new version, keeping the old one for undo', () => {
    publish(site('b', 'edition 2'), web, '2026-Q4');
    expect(served()).toBe('edition 2');
    expect(keptVersions(web)).toEqual(['2026-Q3', '2026-Q4']);
  });
  it('goes back to the version before, and refuses when there is none', () => {
    expect(undo(web)).toBe('2026-Q3');
    expect(served()).toBe('edition 1');
    expect(currentVersion(web)).toBe('2026-Q3');
    expect(() => undo(web)).toThrow(/no earlier version/);
    // Once something is published, later publishes need no label.
    expect(firstPublishProblem(web, undefined)).toBeUndefined();
  });
  it('never overwrites a version with the same label, and keeps only the newest few', () => {
    expect(publish(site('c', 'edition 2 again'), web, '2026-Q4', 2)).toBe('2026-Q4-2');
    expect(served()).toBe('edition 2 again');
    expect(keptVersions(web)).toEqual(['2026-Q4', '2026-Q4-2']);
    expect(existsSync(join(web, 'versions', '2026-Q3'))).toBe(false);
  });
  it('refuses a folder that is not a built site', () => {
    mkdirSync(join(work, 'empty'));
    expect(() => publish(join(work, 'empty'), web, 'x')).toThrow(/no index.html: build the site first/);
    expect(served()).toBe('edition 2 again');
  });
});
