/** One cause, one error: a missing vocabulary file or a degenerate avoid-list entry is reported alone, with what it hides. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate.ts';
import { copyFixtureContent } from '../helpers/fixture-content.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));
function content(change: (root: string) => void) {
  root = mkdtempSync(join(tmpdir(), 'mtd-root-cause-'));
  copyFixtureContent(root);
  change(root);
  return validateContent(root);
}

describe('root causes first', () => {
  it.each(['journey/phases.yaml', 'journey/situations.yaml', 'journey/authorities.yaml'])(
    'a missing %s is one error that says how many it hides',
    (file) => {
      const { errors } = content((r) => rmSync(join(r, file)));
      expect(errors.length).toBeLessThanOrEqual(3);
      const missing = errors.find((e) => e.file === file)!;
      expect(missing.message).toBe('is missing');
      expect(missing.hint).toMatch(/\d+ other error\(s\) follow from the missing file and are not listed/);
    },
  );

  it('an avoid-list entry "-" is one error at its line, not one for every line of the guide', () => {
    const { errors } = content((r) => {
      const f = join(r, 'glossary/mitid.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace(/^avoid:\n/m, 'avoid:\n  - "-"\n'));
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'glossary/mitid.yaml', line: 7 });
    expect(errors[0]!.message).toContain('at least two letters');
  });
});
