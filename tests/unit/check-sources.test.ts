/**
 * npm run check:sources: the pure parts (normalising, extracting, matching, diffing paragraphs, the arguments) and the
 * network layer against frozen pages on a local server, one case per thing that can happen to a cited page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';
import { cleanText, normalise } from '../../src/lib/sources/monitor/normalise.ts';
import { decodeHtml, extractParagraphs } from '../../src/lib/sources/monitor/extract.ts';
import { matchQuote, pageForMatching } from '../../src/lib/sources/monitor/match.ts';
import { emptyState, memoryCache, paragraphChanges } from '../../src/lib/sources/monitor/state.ts';
import { parseSourceArgs } from '../../src/lib/sources/monitor/cli.ts';
import { pool } from '../../src/lib/sources/monitor/fetch.ts';
import { checkSources, type PageResult } from '../../src/lib/sources/monitor/check.ts';
import {
  readSourceReport,
  sourceReport,
  sourceReportMarkdown,
  REPORT_JSON,
} from '../../src/lib/sources/monitor/report.ts';
import type { CitedSource } from '../../src/lib/sources/monitor/cited.ts';
import { html, pageHtml, startSourceServer, type SourceServer } from '../helpers/source-server.ts';

describe('normalising and extracting', () => {
  it('makes typeset text compare equal: NFKC, soft hyphens, zero-width, curly quotes, dashes, spaces, case', () => {
    expect(normalise('“Regis\u00adtration” \u2013 within\u00a0five\u200b days ﬁne')).toBe(
      '"registration" - within five days fine',
    );
    expect(cleanText('  It’s  here \n now ')).toBe("It's here now");
  });

  it('takes the main text as paragraphs, without scripts, styles, navigation, header and footer', () => {
    const page = pageHtml('Title', ['First <b>bold</b> paragraph.', 'Second<br>line.']);
    expect(extractParagraphs(page)).toEqual(['Title', 'First bold paragraph.', 'Second line.']);
  });

  it('falls back to <article>, [role=main] and <body>', () => {
    expect(extractParagraphs('<body><nav>menu</nav><article><p>A</p></article><p>outside</p></body>')).toEqual(['A']);
    expect(extractParagraphs('<body><div role="main"><p>B</p></div><p>outside</p></body>')).toEqual(['B']);
    expect(extractParagraphs('<body><header>h</header><div>C <span>d</span><p>E</p>f</div></body>')).toEqual([
      'C d',
      'E',
      'f',
    ]);
  });

  it('decodes with the charset of the Content-Type, of <meta charset>, or windows-1252 for bytes that are not UTF-8', () => {
    const latin = Buffer.from('<p>Søg på borger.dk – æøå</p>', 'latin1');
    expect(decodeHtml(latin, 'text/html; charset=windows-1252')).toContain('Søg på borger.dk');
    expect(decodeHtml(Buffer.concat([Buffer.from('<meta charset="iso-8859-1">'), latin]))).toContain('æøå');
    expect(
      decodeHtml(
        Buffer.concat([
          Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
          latin,
        ]),
      ),
    ).toContain('æøå');
    expect(decodeHtml(latin)).toContain('æøå');
    expect(decodeHtml(Buffer.from('<p>Søg</p>', 'utf8'))).toContain('Søg');
  });
});

describe('matching a quote', () => {
  const page = pageForMatching([
    'Welcome to the page about moving.',
    'You must register your address with the municipality no later than five days after you have moved to Denmark.',
    'Bring your passport and your residence document.',
  ]);
  it('finds it when its words are on the page, however typeset', () => {
    expect(
      matchQuote(
        'You must register your address with the municipality no later than five days after you have moved',
        page,
      ),
    ).toEqual({ verdict: 'quote found', score: 1 });
    expect(matchQuote('you must  register your ad\u00address', page).verdict).toBe('quote found');
  });
  it('gives the closest passage and its score when it was reworded or is gone', () => {
    const reworded = matchQuote(
      'You must register your address with the municipality no later than 5 days after you moved to Denmark.',
      page,
    );
    expect(reworded.verdict).toBe('reworded');
    expect(reworded.score).toBeGreaterThanOrEqual(0.8);
    expect(reworded.passage).toContain('register your address with the municipality');
    const gone = matchQuote('The fee for a new health insurance card is DKK 165, paid online.', page);
    expect(gone.verdict).toBe('quote gone');
    expect(gone.score).toBeLessThan(0.8);
    expect(gone.passage).toBeTruthy();
  });
  it('says so when no quote was recorded', () => {
    expect(matchQuote(undefined, page)).toEqual({ verdict: 'no quote recorded' });
  });
});

describe('paragraph changes', () => {
  it('aligns old and new paragraphs and shows a changed one as old → new in its place', () => {
    const now = ['a', 'B2', 'c', 'd'].map((t) => ({ hash: `h-${t}`, text: t }));
    const changes = paragraphChanges(['h-a', 'h-b', 'h-c'], ['a', 'b', 'c'], now);
    expect(changes).toEqual([
      { at: 2, removed: [{ hash: 'h-b', text: 'b' }], added: [{ hash: 'h-B2', text: 'B2' }] },
      { at: 4, removed: [], added: [{ hash: 'h-d', text: 'd' }] },
    ]);
    // Without the cached text, the new paragraphs are still named, the old ones only by hash.
    expect(paragraphChanges(['h-a', 'h-b', 'h-c'], undefined, now)[0]!.removed).toEqual([
      { hash: 'h-b', text: undefined },
    ]);
  });
});

describe('arguments', () => {
  const ids = ['siri', 'tax-agency'];
  it('takes the options, and refuses unknown ones, stray words and bad numbers', () => {
    expect(parseSourceArgs([], ids)).toEqual({ help: false, concurrency: 8, perHost: 2, timeoutMs: 20_000 });
    expect(parseSourceArgs(['--concurrency', '4', '--per-host=1', '--timeout', '5', '--only', 'siri'], ids)).toEqual({
      help: false,
      concurrency: 4,
      perHost: 1,
      timeoutMs: 5000,
      only: 'siri',
    });
    expect(parseSourceArgs(['--help'], ids)).toMatchObject({ help: true });
    expect(parseSourceArgs(['--concurency', '4'], ids)).toEqual({
      error: expect.stringContaining('did you mean --concurrency?'),
    });
    expect(parseSourceArgs(['siri'], ids)).toEqual({ error: expect.stringContaining('--only siri') });
    expect(parseSourceArgs(['--timeout', 'soon'], ids)).toEqual({
      error: expect.stringContaining('--timeout must be a number'),
    });
    expect(parseSourceArgs(['--only', 'nobody'], ids)).toEqual({
      error: expect.stringContaining('"nobody" is not an authority id'),
    });
  });
});

describe('the command', () => {
  // The project's Node (24, which runs .ts), also when vitest was started by an older system Node.
  const node = existsSync(resolve('node_modules/.bin/node')) ? resolve('node_modules/.bin/node') : process.execPath;
  const command = (...args: string[]) =>
    spawnSync(node, [resolve('scripts/check-sources.ts'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: FIXTURE_CONTENT },
      timeout: 60_000,
    });
  it('refuses an unknown option with the usage and exit code 2, and --help only prints the usage', () => {
    const bad = command('--concurency', '4');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"--concurency" is not an option of check:sources; did you mean --concurrency?');
    expect(bad.stderr).toContain('Usage: npm run check:sources');
    const help = command('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--only ID');
  });
});

describe('the pool', () => {
  it('keeps to the overall and the per-host limits', async () => {
    const items = Array.from({ length: 40 }, (_, i) => `h${i % 4}/${i}`);
    let running = 0;
    let most = 0;
    const perHost = new Map<string, number>();
    let mostPerHost = 0;
    await pool(
      items,
      { concurrency: 5, perHost: 2 },
      (x) => x.split('/')[0]!,
      async (x) => {
        const h = x.split('/')[0]!;
        running++;
        perHost.set(h, (perHost.get(h) ?? 0) + 1);
        most = Math.max(most, running);
        mostPerHost = Math.max(mostPerHost, perHost.get(h)!);
        await new Promise((r) => setTimeout(r, 2));
        running--;
        perHost.set(h, perHost.get(h)! - 1);
        return x;
      },
    );
    expect(most).toBeLessThanOrEqual(5);
    expect(mostPerHost).toBeLessThanOrEqual(2);
  });
});

describe('each thing that can happen to a cited page gives its own verdict', () => {
  let server: SourceServer;
  const sleeps: number[] = [];
  const QUOTE =
    'You must register your address with the municipality no later than five days after you have moved to Denmark.';
  const DANISH_QUOTE =
    'Du skal melde flytning til kommunen senest 5 dage efter, at du er flyttet. Søg om sundhedskort på borger.dk, og få svar på få dage.';
  const filler = [
    'Bring your passport and your residence document.',
    'The Citizen Service is open on weekdays from 10 to 15.',
    'Read more about moving to Denmark on this page.',
  ];
  const elsewhere = { third: 'The Citizen Service is open on weekdays from 10 to 15.' };
  let busyCalls = 0;
  const source = (path: string, quote: string | undefined, extra: Partial<CitedSource> = {}): CitedSource => ({
    url: `${server.base}${path}`,
    ...(quote ? { quote } : {}),
    supports: `the claim on ${path}`,
    checked: '2026-01-01',
    file: `guide/x/${path.slice(1)}.md`,
    line: 12,
    kind: 'task',
    title: `Task ${path}`,
    authority: 'siri',
    owner: path.startsWith('/danish') ? 'tax-agency' : 'siri',
    task: `task${path.replace(/\W/g, '-')}`,
    tasks: [`task${path.replace(/\W/g, '-')}`],
    ...extra,
  });
  let sources: CitedSource[];
  const byPath = (pages: PageResult[], path: string) => pages.find((p) => p.url === `${server.base}${path}`)!;
  const options = (state = emptyState(), cache = memoryCache()) => ({
    state,
    cache,
    today: '2026-12-07',
    prune: true,
    fetch: {
      timeoutMs: 400,
      retries: 1,
      backoffMs: 10,
      sleep: (ms: number) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    },
  });

  beforeAll(async () => {
    server = await startSourceServer();
    const r = server.routes;
    r.set('/unchanged', html(pageHtml('Moving', [QUOTE, ...filler])));
    r.set('/quote-gone', html(pageHtml('Moving', ['You can now report your move online with MitID.', ...filler])));
    r.set(
      '/reworded',
      html(
        pageHtml('Moving', [
          'You must register your address with the municipality no later than 5 days after you moved to Denmark.',
          ...filler,
        ]),
      ),
    );
    r.set('/elsewhere', (req, res) =>
      html(pageHtml('Moving', [QUOTE, filler[0]!, elsewhere.third, filler[2]!]))(req, res),
    );
    r.set('/moved', html('', { status: 301, headers: { location: '/moved-here' } }));
    r.set('/moved-here', html(pageHtml('Moved', [QUOTE])));
    r.set('/gone-404', html('<p>Not found</p>', { status: 404 }));
    r.set('/gone-410', html('<p>Gone</p>', { status: 410 }));
    r.set('/busy', (req, res) => {
      busyCalls++;
      if (busyCalls % 2 === 1) {
        res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' });
        res.end('slow down');
        return;
      }
      html(pageHtml('Busy', [QUOTE]))(req, res);
    });
    r.set('/slow', (_req, res) => {
      const t = setTimeout(() => html(pageHtml('Slow', [QUOTE]))(_req, res), 30_000);
      res.on('close', () => clearTimeout(t));
    });
    r.set('/large', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
      let sent = 0;
      const more = () => {
        while (sent < 7 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', more);
            return;
          }
        }
        res.end();
      };
      res.on('error', () => {});
      more();
    });
    r.set('/large-declared', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) });
      res.on('error', () => {});
      res.write('<p>start</p>');
    });
    r.set('/pdf', html('%PDF-1.7 not really', { contentType: 'application/pdf' }));
    r.set('/danish', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      res.end(
        Buffer.from(
          `<html><body><main><h1>Flytning</h1><p>${DANISH_QUOTE}</p><p>Læs mere på siden.</p></main></body></html>`,
          'latin1',
        ),
      );
    });
    r.set('/danish-meta', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        Buffer.from(
          `<html><head><meta charset="windows-1252"></head><body><main><p>${DANISH_QUOTE}</p></main></body></html>`,
          'latin1',
        ),
      );
    });
    r.set('/loop-a', html('', { status: 302, headers: { location: '/loop-b' } }));
    r.set('/loop-b', html('', { status: 302, headers: { location: '/loop-a' } }));
    sources = [
      source('/unchanged', QUOTE),
      source('/unchanged', undefined, { title: 'Glossary: address', kind: 'term', task: undefined, tasks: [] }),
      source('/quote-gone', QUOTE),
      source('/reworded', QUOTE),
      source('/elsewhere', QUOTE),
      source('/moved', QUOTE),
      source('/gone-404', QUOTE),
      source('/gone-410', QUOTE),
      source('/busy', QUOTE),
      source('/slow', QUOTE),
      source('/large', QUOTE),
      source('/large-declared', QUOTE),
      source('/pdf', QUOTE),
      source(
        '/danish',
        'melde flytning til kommunen senest 5 dage efter, at du er flyttet. Søg om sundhedskort på borger.dk',
      ),
      source('/danish-meta', DANISH_QUOTE),
      source('/loop-a', QUOTE),
    ];
  });
  afterAll(async () => {
    await server.close();
  });

  it('first run: every verdict, nothing hangs', async () => {
    const started = Date.now();
    const { pages, state } = await checkSources(sources, options());
    const v = (path: string) => byPath(pages, path);
    expect(pages).toHaveLength(15);
    expect(v('/unchanged').verdict).toBe('new');
    expect(v('/unchanged').sources.map((s) => s.match.verdict)).toEqual(['quote found', 'no quote recorded']);
    expect(v('/quote-gone').sources[0]!.match).toMatchObject({ verdict: 'quote gone', passage: expect.any(String) });
    expect(v('/reworded').sources[0]!.match).toMatchObject({
      verdict: 'reworded',
      passage: expect.stringContaining('no later than 5 days'),
    });
    expect(v('/moved')).toMatchObject({
      verdict: 'moved',
      finalUrl: `${server.base}/moved-here`,
      redirects: [{ status: 301 }],
    });
    expect(v('/moved').sources[0]!.match.verdict).toBe('quote found');
    expect(v('/gone-404')).toMatchObject({ verdict: 'gone', status: 404 });
    expect(v('/gone-410')).toMatchObject({ verdict: 'gone', status: 410 });
    expect(v('/busy').verdict).toBe('new');
    expect(v('/busy').sources[0]!.match.verdict).toBe('quote found');
    expect(sleeps).toContain(1000); // Retry-After: 1, waited through the injected sleep
    expect(v('/slow')).toMatchObject({ verdict: 'error', error: 'no answer within 0.4 s' });
    expect(v('/slow').sources[0]!.match.verdict).toBe('not checked');
    expect(v('/large')).toMatchObject({ verdict: 'too large' });
    expect(v('/large-declared')).toMatchObject({ verdict: 'too large' });
    expect(v('/pdf')).toMatchObject({ verdict: 'not html', error: expect.stringContaining('application/pdf') });
    expect(v('/danish').sources[0]!.match.verdict).toBe('quote found');
    expect(v('/danish-meta').sources[0]!.match.verdict).toBe('quote found');
    expect(v('/loop-a')).toMatchObject({ verdict: 'error', error: expect.stringContaining('redirect loop') });
    expect(state.pages[`${server.base}/unchanged`]).toMatchObject({
      status: 'new',
      checked: '2026-12-07',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(state.pages[`${server.base}/unchanged`]!.paragraphs.every((h) => /^[0-9a-f]{12}$/.test(h))).toBe(true);
    console.log(`first run of ${pages.length} cases: ${Date.now() - started} ms`);
  });

  it('second run: unchanged, and a paragraph changed elsewhere is named old → new; the report groups by owner', async () => {
    const cache = memoryCache();
    const first = await checkSources(sources, options(emptyState(), cache));
    elsewhere.third = 'The Citizen Service is open on weekdays from 9 to 14, and on Thursdays until 17.';
    const { pages } = await checkSources(sources, options(first.state, cache));
    expect(byPath(pages, '/unchanged').verdict).toBe('unchanged');
    const changed = byPath(pages, '/elsewhere');
    expect(changed.verdict).toBe('changed');
    expect(changed.sources[0]!.match.verdict).toBe('quote found');
    expect(changed.changes).toEqual([
      {
        at: 4,
        removed: [{ hash: expect.any(String), text: 'The Citizen Service is open on weekdays from 10 to 15.' }],
        added: [
          {
            hash: expect.any(String),
            text: 'The Citizen Service is open on weekdays from 9 to 14, and on Thursdays until 17.',
          },
        ],
      },
    ]);
    expect(byPath(pages, '/danish').verdict).toBe('unchanged');

    const report = sourceReport(
      pages,
      '2026-12-07',
      (id) => ({ siri: 'SIRI', 'tax-agency': 'Danish Tax Agency' })[id] ?? id,
    );
    const urls = report.changed.map((c) => c.url.replace(server.base, ''));
    expect(urls).not.toContain('/unchanged');
    expect(urls).not.toContain('/danish');
    expect(urls).toEqual(
      expect.arrayContaining([
        '/elsewhere',
        '/quote-gone',
        '/reworded',
        '/moved',
        '/gone-404',
        '/slow',
        '/pdf',
        '/loop-a',
      ]),
    );
    expect(report.summary.pageVerdicts).toMatchObject({
      unchanged: 6,
      changed: 1,
      moved: 1,
      gone: 2,
      'too large': 2,
      'not html': 1,
      error: 2,
    });
    const md = sourceReportMarkdown(report);
    if (process.env.SHOW_REPORT) console.log(md);
    expect(md).toContain('## SIRI');
    expect(md).toContain(`### ${server.base}/elsewhere\n\n**Page changed.** The quotes are still there.`);
    expect(md).toContain(`### ${server.base}/quote-gone\n\n**Page unchanged, 1 quote gone.**`);
    expect(md).toContain(`**Page moved to ${server.base}/moved-here.**`);
    expect(md).toContain(
      '- Paragraph 4: “The Citizen Service is open on weekdays from 10 to 15.” → “The Citizen Service is open on weekdays from 9 to 14, and on Thursdays until 17.”',
    );
    expect(md).toContain(
      '**Task /quote-gone** (guide/x/quote-gone.md:12): supports “the claim on /quote-gone”; quote gone',
    );
    expect(md).toContain(
      'Closest passage now: “You must register your address with the municipality no later than 5 days after you moved to Denmark”',
    );
    expect(md).toContain(
      '**Task /reworded** (guide/x/reworded.md:12): supports “the claim on /reworded”; reworded (similarity 0.',
    );

    const root = mkdtempSync(join(tmpdir(), 'sources-report-'));
    try {
      expect(readSourceReport(root)).toBeUndefined();
      mkdirSync(join(root, 'reports'));
      writeFileSync(join(root, REPORT_JSON), JSON.stringify(report));
      const read = readSourceReport(root)!;
      expect(read.checkedAt).toBe('2026-12-07');
      expect(read.changed.find((c) => c.url.endsWith('/elsewhere'))).toMatchObject({
        owner: 'siri',
        ownerName: 'SIRI',
        verdict: 'changed',
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
