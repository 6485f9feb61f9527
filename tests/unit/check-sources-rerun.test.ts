/**
 * npm run check:sources twice on the frozen content, against a local server that plays the official sites: one page
 * changes between the runs, and the second run names exactly that page, the authority that owns it and the tasks
 * that rest on it. The state file and the paragraph cache are written to disk between the runs, as the command does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { officialAuthorityFor } from '../../src/lib/checks/official-links.ts';
import { citedSources, type CitedSource } from '../../src/lib/sources/monitor/cited.ts';
import { checkSources } from '../../src/lib/sources/monitor/check.ts';
import { withoutFragment } from '../../src/lib/sources/monitor/fetch.ts';
import { fileCache, readState, STATE_FILE, writeState } from '../../src/lib/sources/monitor/state.ts';
import {
  readSourceReport,
  REPORT_JSON,
  sourceReport,
  sourceReportMarkdown,
} from '../../src/lib/sources/monitor/report.ts';
import { copyFixtureContent } from '../helpers/fixture-content.ts';
import {
  originalUrl,
  pageHtml,
  rewritingFetch,
  startSourceServer,
  type SourceServer,
} from '../helpers/source-server.ts';

describe('check:sources run twice', () => {
  let server: SourceServer;
  let root: string;
  let sources: CitedSource[];
  const edits = new Map<string, string>();

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'check-sources-'));
    copyFixtureContent(root);
    sources = citedSources(loadContent(root));
    server = await startSourceServer();
    // Each official page says the quotes cited from it, among paragraphs of its own; `edits` changes one paragraph.
    server.fallback = (req, res) => {
      const url = originalUrl(req.url ?? '/');
      const quotes = sources.filter((s) => withoutFragment(s.url) === url && s.quote).map((s) => s.quote!);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        pageHtml(`Page at ${url}`, [
          ...quotes,
          'How to apply, step by step.',
          edits.get(url) ?? 'The processing time is 30 days.',
          'Contact us by phone.',
        ]),
      );
    };
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const run = async () => {
    const { pages, state } = await checkSources(sources, {
      state: readState(root),
      cache: fileCache(root),
      today: '2026-12-07',
      prune: true,
      fetch: { fetchImpl: rewritingFetch(server.base), sleep: async () => {} },
    });
    writeState(root, state);
    const raw = loadContent(root);
    const names = new Map(raw.authorities.map((a) => [a.id, a.name]));
    const report = sourceReport(pages, '2026-12-07', (id) => names.get(id) ?? id);
    mkdirSync(join(root, 'reports'), { recursive: true });
    writeFileSync(join(root, REPORT_JSON), JSON.stringify(report));
    return { pages, report, markdown: sourceReportMarkdown(report), names };
  };

  it('names exactly the changed page, its owning authority and the tasks resting on it', async () => {
    expect(sources.some((s) => s.kind === 'self-service')).toBe(true);
    expect(sources.some((s) => s.kind === 'task')).toBe(true);
    const first = await run();
    expect(first.pages.every((p) => p.verdict === 'new')).toBe(true);
    expect(first.report.changed.every((c) => c.verdict === 'new')).toBe(true); // only a lost quote would list a new page
    const state = JSON.parse(readFileSync(join(root, STATE_FILE), 'utf8'));
    expect(Object.keys(state.pages)).toHaveLength(first.pages.length);
    expect(JSON.stringify(state)).not.toContain('processing time'); // no page text in the committed state

    // The page cited by the first task source changes one paragraph.
    const target = withoutFragment(sources.filter((s) => s.kind === 'task')[0]!.url);
    const resting = sources.filter((s) => withoutFragment(s.url) === target);
    edits.set(target, 'The processing time is now 90 days.');

    const second = await run();
    expect(second.report.changed.map((c) => c.url)).toEqual([target]);
    const changed = second.report.changed[0]!;
    const owner = officialAuthorityFor(target, loadContent(root).officialDomains)!;
    expect(changed).toMatchObject({ verdict: 'changed', owner, ownerName: second.names.get(owner) });
    expect(changed.claims.map((c) => `${c.file}:${c.line}`).sort()).toEqual(
      resting.map((s) => `${s.file}:${s.line}`).sort(),
    );
    const tasks = [...new Set(resting.flatMap((s) => s.tasks))].sort();
    expect([...new Set(changed.claims.flatMap((c) => c.tasks))].sort()).toEqual(tasks);
    expect(changed.changes).toMatchObject([
      {
        removed: [{ text: 'The processing time is 30 days.' }],
        added: [{ text: 'The processing time is now 90 days.' }],
      },
    ]);
    expect(second.pages.filter((p) => p.verdict !== 'unchanged').map((p) => p.url)).toEqual([target]);

    expect(second.markdown).toContain(`## ${second.names.get(owner)}`);
    expect(second.markdown).toContain(`### ${target}`);
    expect(second.markdown).toContain('“The processing time is 30 days.” → “The processing time is now 90 days.”');
    for (const s of resting) expect(second.markdown).toContain(`**${s.title}** (${s.file}:${s.line}`);
    expect(readSourceReport(root)?.changed.map((c) => c.url)).toEqual([target]);

    // Without the cache (another machine), the new paragraph is still named.
    rmSync(join(root, '.cache'), { recursive: true, force: true });
    edits.set(target, 'The processing time is now 120 days.');
    const third = await run();
    expect(third.report.changed.map((c) => c.url)).toEqual([target]);
    if (process.env.SHOW_REPORT) console.log(third.markdown);
    expect(third.markdown).toContain('“The processing time is now 120 days.”');
    expect(existsSync(join(root, '.cache/sources'))).toBe(true);
  });
});
