/** Every tracked text file keeps .editorconfig: LF line ends, a final newline, spaces (not tabs) for indentation. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const TEXT = /\.(ts|astro|mjs|js|md|ya?ml|json|css|sh)$/;
const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => TEXT.test(f) && f !== 'package-lock.json' && !f.startsWith('tests/fixtures/content/'));

describe('.editorconfig', () => {
  it('is kept by every tracked text file', () => {
    expect(files.length).toBeGreaterThan(200);
    const problems = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return [
        ...(text.includes('\r') ? [`${f}: CRLF line ends`] : []),
        ...(text.length && !text.endsWith('\n') ? [`${f}: no final newline`] : []),
        ...(/^\t/m.test(text) ? [`${f}: a line indented with a tab`] : []),
      ];
    });
    expect(problems).toEqual([]);
  });
});
