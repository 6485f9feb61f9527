import { mkdirSync, mkdtempSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_ENTRIES, CONTENT_FOLDERS, DANISH_DIR, SETTINGS_FILE } from '../../src/lib/content/layout.ts';
import { contentStamp } from '../../src/lib/site-model.ts';
import { unsafeOutDir } from '../../src/lib/build/swap.ts';

const root = mkdtempSync(join(tmpdir(), 'layout-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the content layout', () => {
  it('lists the Danish translation and the settings as content', () => {
    expect(CONTENT_ENTRIES).toContain(DANISH_DIR);
    expect(CONTENT_ENTRIES).toContain(SETTINGS_FILE);
    expect(CONTENT_FOLDERS).not.toContain(SETTINGS_FILE);
  });

  it('the live preview notices a change to every content entry, the Danish translation included', () => {
    for (const dir of CONTENT_FOLDERS) {
      mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, dir, 'a.yaml'), 'x: 1\n');
    }
    writeFileSync(join(root, SETTINGS_FILE), 'url: https://x.dk\n');
    for (const entry of [...CONTENT_FOLDERS.map((d) => join(d, 'a.yaml')), SETTINGS_FILE]) {
      const before = contentStamp(root);
      writeFileSync(join(root, entry), 'x: 22\n');
      utimesSync(join(root, entry), new Date(2030, 0, 1), new Date(2030, 0, 1));
      expect(contentStamp(root), entry).not.toBe(before);
    }
  });

  it('the output folder may not be any content folder', () => {
    for (const dir of CONTENT_FOLDERS) {
      expect(unsafeOutDir(join(root, dir, 'out'), { project: join(root, 'project'), content: root }), dir).toMatch(
        /inside|is or contains/,
      );
    }
  });
});
