/** Runs the PDF/UA check (check.ts) on PDF files; the build fails on any problem, naming the file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { checkPdfUa } from './check.ts';

export async function checkPdfFiles(root: string, files: string[]): Promise<{ file: string; problem: string }[]> {
  const out: { file: string; problem: string }[] = [];
  for (const file of files) {
    const doc = await PDFDocument.load(readFileSync(join(root, file)));
    for (const problem of checkPdfUa(doc)) out.push({ file, problem });
  }
  return out;
}
