/**
 * The content-stream part of the PDF/UA fixes (src/lib/pdf/ua/fix.ts: spaces at line ends, artifacts, compressing the
 * new streams) is most of the post-processing's time and needs no PDF document, only each page's content. It runs in
 * worker threads, the pages split between them, while the main thread does the rest of the post-processing: on two
 * cores it takes half the time. The result is the same as in one thread (the same functions, applied in page order).
 * With one core, or if a worker fails, the work is done in this thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fixPageJob, type PageContentFix, type PageContentJob } from './ua/fix.ts';

interface Pooled {
  worker: Worker;
  busy: number;
}
interface Reply {
  id: number;
  fixes: PageContentFix[];
}

let pool: Pooled[] | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (fixes: PageContentFix[]) => void; reject: (e: Error) => void }>();

function stopPool(reason: Error): void {
  for (const { worker } of pool ?? []) void worker.terminate();
  pool = [];
  for (const w of waiting.values()) w.reject(reason);
  waiting.clear();
}

/** Starts the workers (they load their modules while the browser renders), unless there are too few cores. */
export function warmPageContentWorkers(): void {
  if (pool) return;
  const count = Math.min(4, availableParallelism());
  pool =
    count < 2
      ? []
      : Array.from({ length: count }, () => {
          const worker = new Worker(new URL('./page-content-worker.ts', import.meta.url));
          worker.unref(); // an idle pool does not keep the process alive
          worker.on('message', ({ id, fixes }: Reply) => {
            waiting.get(id)?.resolve(fixes);
            waiting.delete(id);
          });
          worker.on('error', (e: Error) => stopPool(e));
          worker.on('exit', (code) => {
            if (pool?.length) stopPool(new Error(`a page-content worker stopped (exit code ${code})`));
          });
          return { worker, busy: 0 };
        });
}

function ask(pooled: Pooled, jobs: PageContentJob[]): Promise<PageContentFix[]> {
  const id = nextId++;
  if (pooled.busy++ === 0) pooled.worker.ref();
  return new Promise<PageContentFix[]>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    pooled.worker.postMessage({ id, jobs });
  }).finally(() => {
    if (--pooled.busy === 0) pooled.worker.unref();
  });
}

/** fixPageJob for every job, in worker threads when there are; the fixes come back in the jobs' order. */
export async function fixPageContents(jobs: PageContentJob[]): Promise<PageContentFix[]> {
  warmPageContentWorkers();
  const workers = pool ?? [];
  if (workers.length < 2 || jobs.length < 2) return jobs.map(fixPageJob);
  // Consecutive pages, about the same amount of content for each worker.
  const total = jobs.reduce((sum, j) => sum + j.src.length, 0);
  const chunks: PageContentJob[][] = workers.map(() => []);
  let done = 0;
  for (const job of jobs) {
    chunks[Math.min(workers.length - 1, Math.floor((done / total) * workers.length))]!.push(job);
    done += job.src.length;
  }
  try {
    const parts = await Promise.all(
      chunks.map((chunk, i) => (chunk.length ? ask(workers[i]!, chunk) : Promise.resolve([]))),
    );
    return parts.flat();
  } catch {
    return jobs.map(fixPageJob); // a worker failed: this thread does the work (and reports a real error itself)
  }
}
