/** Writes gzip and brotli copies beside each text file of the built site, for servers that serve them as they are (nginx gzip_static/brotli_static). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { walkFiles } from '../files.ts';
import { COMPRESSIBLE } from '../server/config.ts';

/** Files smaller than this are sent as they are: compression would not pay for itself. */
export const MIN_BYTES = 1024;

export function precompress(dir: string): { files: number; bytes: number; compressed: number } {
  let files = 0; let bytes = 0; let compressed = 0;
  for (const file of walkFiles(dir)) {
    const ext = file.split('.').pop()!.toLowerCase();
    if (!(COMPRESSIBLE as readonly string[]).includes(ext)) continue;
    const data = readFileSync(join(dir, file));
    if (data.length < MIN_BYTES) continue;
    const gz = gzipSync(data, { level: 9 });
    const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
    writeFileSync(join(dir, `${file}.gz`), gz);
    writeFileSync(join(dir, `${file}.br`), br);
    files++; bytes += data.length; compressed += br.length;
  }
  return { files, bytes, compressed };
}
