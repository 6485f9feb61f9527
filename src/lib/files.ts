/** Every file under a folder, as sorted paths relative to it with forward slashes. Used to read a built site. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function walkFiles(root: string, skipDirs: readonly string[] = []): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!skipDirs.includes(e.name)) walk(join(dir, e.name), relPath);
      } else out.push(relPath);
    }
  };
  walk(root, '');
  return out.sort();
}
