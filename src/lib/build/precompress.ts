/** Writes gzip and brotli copies beside each text file of the built site, for servers that serve them as they are (nginx gzip_static/brotli_static). */
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { walkFiles } from '../files.ts';
import { COMPRESSIBLE } from '../server/config.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Files smaller than this are sent as they are: compression would not pay for itself. */
export const MIN_BYTES = 1024;
/**
 * Brotli's best quality (11) is about three times slower than quality 10 and makes files only about 3 % smaller. Files
 * above this size (the many pre-built household checklists, the journey pages) use quality 10.
 */
export const BEST_QUALITY_MAX_BYTES = 32 * 1024;
export const brotliQuality = (bytes: number) => (bytes <= BEST_QUALITY_MAX_BYTES ? 11 : 10);

/**
 * Compresses every text file of at least MIN_BYTES. Brotli at its best quality is slow, so files are compressed on
 * zlib's thread pool, as many at a time as the machine has cores; the bytes written do not depend on the order.
 */
export async function precompress(dir: string): Promise<{ files: number; bytes: number; compressed: number }> {
  let files = 0; let bytes = 0; let compressed = 0;
  const queue = walkFiles(dir).filter((file) => (COMPRESSIBLE as readonly string[]).includes(file.split('.').pop()!.toLowerCase()));
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const data = await readFile(join(dir, file));
      if (data.length < MIN_BYTES) continue;
      const [gz, br] = await Promise.all([
        gzipAsync(data, { level: 9 }),
        brotliAsync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(data.length), [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
      ]);
      await writeFile(join(dir, `${file}.gz`), gz);
      await writeFile(join(dir, `${file}.br`), br);
      files++; bytes += data.length; compressed += br.length;
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  return { files, bytes, compressed };
}
