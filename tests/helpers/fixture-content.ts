/**
 * The frozen content tree in tests/fixtures/content/: tests that change content on purpose copy it, never the live
 * content, so an editor who adds, removes or renames tasks and terms cannot break them.
 */
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_ENTRIES } from '../../src/lib/content/layout.ts';

export const FIXTURE_CONTENT = resolve(import.meta.dirname, '../fixtures/content');

/** Copies the frozen content (guide/, glossary/, journey/, da/, site.yaml) into `root`. */
export function copyFixtureContent(root: string): void {
  for (const entry of CONTENT_ENTRIES) cpSync(join(FIXTURE_CONTENT, entry), join(root, entry), { recursive: true });
}
