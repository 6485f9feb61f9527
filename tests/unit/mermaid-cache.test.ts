import { appendFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mermaidBlocks } from '../../src/lib/mermaid/blocks.ts';

const dir = mkdtempSync(join(tmpdir(), 'mtd-cache-'));
let cache: typeof import('../../src/lib/mermaid/cache.ts');
beforeAll(async () => {
  process.env.MERMAID_CACHE_DIR = dir;
  cache = await import('../../src/lib/mermaid/cache.ts');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.MERMAID_CACHE_DIR;
});

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><g><a xlink:href="/tasks/mitid/"><text>MitID</text></a></g></svg>';
const file = (src: string) => join(dir, `${cache.diagramHash(src)}.svg`);

describe('the diagram cache', () => {
  it('returns a whole entry', () => {
    cache.writeCachedSvg('flowchart LR\n a', SVG);
    expect(cache.readCachedSvg('flowchart LR\n a')).toBe(SVG);
  });
  it('ignores a truncated entry', () => {
    cache.writeCachedSvg('flowchart LR\n b', SVG);
    truncateSync(file('flowchart LR\n b'), 40);
    expect(cache.readCachedSvg('flowchart LR\n b')).toBeUndefined();
  });
  it('ignores an entry whose content was changed, even with a matching hash', async () => {
    cache.writeCachedSvg('flowchart LR\n c', SVG);
    appendFileSync(file('flowchart LR\n c'), '<script>alert(1)</script>');
    expect(cache.readCachedSvg('flowchart LR\n c')).toBeUndefined();
    const evil = SVG.replace('<g>', '<g onload="alert(1)">');
    writeFileSync(
      file('flowchart LR\n c'),
      `${evil}\n<!-- sha256:${(await import('node:crypto')).createHash('sha256').update(evil).digest('hex')} -->\n`,
    );
    expect(cache.readCachedSvg('flowchart LR\n c')).toBeUndefined();
  });
  it('refuses to store an SVG with a script', () => {
    expect(() => cache.writeCachedSvg('x', SVG.replace('</svg>', '<script>1</script></svg>'))).toThrow(/script/);
  });
});

describe('mermaid blocks', () => {
  it('finds fences with an info string, in a blockquote and in a list, with their line', () => {
    const body =
      'a\n\n```mermaid title="x"\nflowchart LR\n```\n\n> ```mermaid\n> flowchart TB\n> ```\n\n- item\n\n  ~~~Mermaid\n  flowchart RL\n  ~~~\n\n```js\nx\n```';
    expect(mermaidBlocks('g.md', body, 10).map((b) => [b.source, b.origin])).toEqual([
      ['flowchart LR', 'g.md:12'],
      ['flowchart TB', 'g.md:16'],
      ['flowchart RL', 'g.md:22'],
    ]);
  });
});
