/** Writes gzip and brotli copies beside each text file of the built site, for servers that serve them as they are (nginx gzip_static/brotli_static). */
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { walkFiles } from '../files.ts';
import { COMPRESSIBLE } from '../web-server/config.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Files smaller than this are sent as they are: compression would not pay for itself. */
export const MIN_BYTES = 1024;
/**
 * Pages up to this size (every task page, the glossary, the CSS) get brotli's best quality (11): smallest for the
 * pages people load most. Larger files (the 192 pre-built household checklists, the API's JSON, the journey pages:
 * 11 MB of the site's 12) use quality 7. Measured on the built site: quality 11/10 for those took 5.3 s of CPU in
 * all, quality 11/7 takes 1.3 s, and the large files' brotli copies grow by 9 % (1236 → 1352 KB; a household page
 * from about 8 to 9 KB). Quality 9 saves little time (3.0 s), because brotli's slow matching starts at 9.
 */
export const BEST_QUALITY_MAX_BYTES = 32 * 1024;
export const LARGE_FILE_QUALITY = 7;
export const brotliQuality = (bytes: number) => (bytes <= BEST_QUALITY_MAX_BYTES ? 11 : LARGE_FILE_QUALITY);

/**
 * Compresses every text file of at least MIN_BYTES. Brotli at its best quality is slow, so files are compressed on
 * zlib's thread pool, as many at a time as the machine has cores; the bytes written do not depend on the order.
 */
export async function precompress(dir: string): Promise<{ files: number; bytes: number; compressed: number }> {
  let files = 0;
  let bytes = 0;
  let compressed = 0;
  const queue = walkFiles(dir).filter((file) =>
    (COMPRESSIBLE as readonly string[]).includes(file.split('.').pop()!.toLowerCase()),
  );
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const data = await readFile(join(dir, file));
      if (data.length < MIN_BYTES) continue;
      const [gz, br] = await Promise.all([
        gzipAsync(data, { level: 9 }),
        brotliAsync(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQuality(data.length),
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
      ]);
      await writeFile(join(dir, `${file}.gz`), gz);
      await writeFile(join(dir, `${file}.br`), br);
      files++;
      bytes += data.length;
      compressed += br.length;
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  return { files, bytes, compressed };
}
