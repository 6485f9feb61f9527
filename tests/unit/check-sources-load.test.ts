/**
 * npm run check:sources at the size of the real guide and more: 500 sources on 250 pages (10 sites), every answer
 * 50 ms late, finish well within a generous budget, with bounded memory. The figures are logged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSources } from '../../src/lib/sources/monitor/check.ts';
import { emptyState, memoryCache } from '../../src/lib/sources/monitor/state.ts';
import type { CitedSource } from '../../src/lib/sources/monitor/cited.ts';
import {
  originalUrl,
  pageHtml,
  rewritingFetch,
  startSourceServer,
  type SourceServer,
} from '../helpers/source-server.ts';

const PAGES = 250;
const SITES = 10;
const urlOf = (i: number) => `https://site${i % SITES}.example.dk/page/${i}?lang=en`;
const quoteOf = (i: number, k: number) =>
  `On page ${i} the rule number ${k} says that you must apply within ${i + k} days of arriving in Denmark.`;
const filler = (i: number) =>
  Array.from(
    { length: 40 },
    (_, k) => `Paragraph ${k} of page ${i}: ${'Some ordinary words about living and working in Denmark. '.repeat(8)}`,
  );

describe('500 sources on 250 pages', () => {
  let server: SourceServer;
  beforeAll(async () => {
    server = await startSourceServer();
    server.latencyMs = 50;
    server.fallback = (req, res) => {
      const url = originalUrl(req.url ?? '/');
      const i = Number(/\/page\/(\d+)/.exec(url)?.[1]);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pageHtml(`Page ${i}`, [quoteOf(i, 1), ...filler(i), quoteOf(i, 2)]));
    };
  });
  afterAll(async () => {
    await server.close();
  });

  it('finishes within the budget, every quote found, heap growth under 300 MB', async () => {
    const sources: CitedSource[] = Array.from({ length: PAGES * 2 }, (_, n) => {
      const i = n % PAGES;
      return {
        url: urlOf(i),
        quote: quoteOf(i, n < PAGES ? 1 : 2),
        supports: `claim ${n}`,
        checked: '2026-01-01',
        file: `guide/p/${i}.md`,
        line: 10 + n,
        kind: 'task',
        title: `Task ${i}`,
        authority: 'siri',
        owner: `site${i % SITES}`,
        task: `task-${i}`,
        tasks: [`task-${i}`],
      };
    });
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 20);
    const started = performance.now();
    const { pages, state } = await checkSources(sources, {
      state: emptyState(),
      cache: memoryCache(),
      today: '2026-12-07',
      fetch: { fetchImpl: rewritingFetch(server.base), timeoutMs: 30_000, sleep: async () => {} },
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    const growthMb = (peak - before) / 1024 / 1024;
    console.log(
      `check:sources load: ${sources.length} sources, ${pages.length} pages, 50 ms latency: ${seconds.toFixed(1)} s; heap growth at peak ${growthMb.toFixed(0)} MB`,
    );
    expect(pages).toHaveLength(PAGES);
    expect(Object.keys(state.pages)).toHaveLength(PAGES);
    expect(pages.every((p) => p.verdict === 'new')).toBe(true);
    expect(pages.flatMap((p) => p.sources).every((s) => s.match.verdict === 'quote found')).toBe(true);
    expect([...server.hits.values()].every((n) => n === 1)).toBe(true); // each distinct page fetched once
    expect(seconds).toBeLessThan(120);
    expect(growthMb).toBeLessThan(300);
  });
});
