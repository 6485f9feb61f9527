/** A worker thread of src/lib/pdf/page-content.ts: fixes the pages' content it is given, and sends the new streams back. */
import { parentPort } from 'node:worker_threads';
import { fixPageJob, type PageContentJob } from './ua/fix.ts';

// A page-like stream first, while the browser is still rendering: the code is compiled before the real pages come.
const line = (y: number) => `/P <</MCID ${y} >>BDC\nBT /F1 10 Tf 1 0 0 -1 56.7 ${y} Tm [<0010>-3<0011>] TJ ET\nEMC\n`;
fixPageJob({
  page: 0,
  src: `q 0 0 10 10 re f Q\n${Array.from({ length: 600 }, (_x, i) => line(100 + i)).join('')}BT /F1 8 Tf (Page 1 of 1) Tj ET`,
  spaces: [['F1', '0003']],
});

const port = parentPort;
port?.on('message', ({ id, jobs }: { id: number; jobs: PageContentJob[] }) => {
  const fixes = jobs.map(fixPageJob);
  const buffers = new Set<ArrayBuffer>();
  for (const f of fixes) if (f.stream && f.stream.buffer instanceof ArrayBuffer) buffers.add(f.stream.buffer);
  port.postMessage({ id, fixes }, [...buffers]);
});
