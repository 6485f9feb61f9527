/**
 * The two frozen content trees: tests/fixtures/content/ (a copy of the real content, for tests about content) and
 * tests/fixtures/tiny/ (6 tasks, 5 terms, 2 tips, for tests of the machinery: it builds in a fraction of the time).
 * Tests that change content on purpose copy one of them, never the live content, so an editor who adds, removes or
 * renames tasks and terms cannot break them.
 */
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_ENTRIES } from '../../src/lib/content/layout.ts';

export const FIXTURE_CONTENT = resolve(import.meta.dirname, '../fixtures/content');
export const TINY_CONTENT = resolve(import.meta.dirname, '../fixtures/tiny');

/** Copies a frozen content tree (guide/, glossary/, journey/, da/, site.yaml) into `root`: the real content's copy unless `from` says otherwise. */
export function copyFixtureContent(root: string, from: string = FIXTURE_CONTENT): void {
  for (const entry of CONTENT_ENTRIES) cpSync(join(from, entry), join(root, entry), { recursive: true });
}
