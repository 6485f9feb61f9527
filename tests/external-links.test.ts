/** check:external's link checker, against a local server on 127.0.0.1 (never real hosts). */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAll,
  checkUrl,
  externalReportMarkdown,
  mergeLinks,
  retryAfterMs,
} from '../src/lib/checks/external-links.ts';

let server: Server;
let base = '';
const hits = new Map<string, number>();
beforeAll(async () => {
  server = createServer((req, res) => {
    const n = (hits.get(req.url!) ?? 0) + 1;
    hits.set(req.url!, n);
    switch (req.url) {
      case '/ok':
        res.writeHead(200).end('ok');
        break;
      case '/moved':
        res.writeHead(301, { Location: '/ok' }).end();
        break;
      case '/missing':
        res.writeHead(404).end();
        break;
      case '/error':
        res.writeHead(500).end();
        break;
      case '/flaky':
        res.writeHead(n < 2 ? 503 : 200).end();
        break;
      case '/busy':
        res.writeHead(n < 2 ? 429 : 200, n < 2 ? { 'Retry-After': '1' } : {}).end();
        break;
      case '/too-busy':
        res.writeHead(429, { 'Retry-After': '3600' }).end();
        break;
      case '/head-not-allowed':
        res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
        break;
      case '/slow':
        break; // never answers
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const waits: number[] = [];
const fast = {
  timeoutMs: 300,
  retries: 2,
  backoffMs: 10,
  sleep: (ms: number) => {
    waits.push(ms);
    return Promise.resolve();
  },
};

describe('checkUrl', () => {
  it('accepts 200, and falls back to GET when HEAD is not allowed', async () => {
    expect(await checkUrl(`${base}/ok`, fast)).toMatchObject({ verdict: 'ok', status: 200, attempts: 1 });
    expect(await checkUrl(`${base}/head-not-allowed`, fast)).toMatchObject({ verdict: 'ok', status: 200 });
  });
  it('reports a redirect as a warning with its new target', async () => {
    expect(await checkUrl(`${base}/moved`, fast)).toMatchObject({
      verdict: 'redirect',
      status: 301,
      location: `${base}/ok`,
    });
  });
  it('does not retry a 404', async () => {
    expect(await checkUrl(`${base}/missing`, fast)).toMatchObject({ verdict: 'broken', status: 404, attempts: 1 });
  });
  it('retries a 500 with back-off, then gives up', async () => {
    waits.length = 0;
    expect(await checkUrl(`${base}/error`, fast)).toMatchObject({ verdict: 'broken', status: 500, attempts: 3 });
    expect(waits).toEqual([10, 20]);
  });
  it('succeeds when a retry works', async () => {
    expect(await checkUrl(`${base}/flaky`, fast)).toMatchObject({ verdict: 'ok', attempts: 2 });
  });
  it('waits as long as Retry-After says on 429', async () => {
    waits.length = 0;
    expect(await checkUrl(`${base}/busy`, fast)).toMatchObject({ verdict: 'ok', attempts: 2 });
    expect(waits).toEqual([1000]);
  });
  it('gives up when Retry-After is longer than it is willing to wait', async () => {
    expect(await checkUrl(`${base}/too-busy`, fast)).toMatchObject({
      verdict: 'broken',
      status: 429,
      error: 'asked to wait 3600 s (Retry-After)',
    });
  });
  it('times out', async () => {
    expect(await checkUrl(`${base}/slow`, { ...fast, retries: 0 })).toMatchObject({
      verdict: 'broken',
      error: 'no answer within 0.3 s',
    });
  });
});

describe('checkAll and the report', () => {
  it('checks with bounded concurrency and keeps the order', async () => {
    const urls = ['/ok', '/missing', '/moved', '/head-not-allowed'].map((p) => base + p);
    const results = await checkAll(urls, 2, fast);
    expect(results.map((r) => r.verdict)).toEqual(['ok', 'broken', 'redirect', 'ok']);
  });
  it('groups problems by authority and page', () => {
    const links = mergeLinks([
      { url: 'https://a.dk/x', source: { where: 'guide/a.md:3', authority: 'tax' } },
      { url: 'https://a.dk/x', source: { where: 'guide/b.md:9', authority: 'digst' } },
      { url: 'https://ok.dk/', source: { where: 'guide/c.md:1', authority: 'digst' } },
    ]);
    const md = externalReportMarkdown(
      links,
      [
        { url: 'https://a.dk/x', verdict: 'broken', status: 404, attempts: 1 },
        { url: 'https://ok.dk/', verdict: 'ok', status: 200, attempts: 1 },
      ],
      '2026-11-23',
      (id) => id.toUpperCase(),
    );
    expect(md).toContain('2 links checked: 1 ok, 0 redirected (warning), 1 broken.');
    expect(md).toMatch(
      /## DIGST\n\n- guide\/b\.md:9: https:\/\/a\.dk\/x — HTTP 404\n\n## TAX\n\n- guide\/a\.md:3: https:\/\/a\.dk\/x — HTTP 404/,
    );
    expect(md).not.toContain('ok.dk');
  });
  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('5')).toBe(5000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
