/**
 * `npm run check:sources [-- --only ID --concurrency N --per-host N --timeout S]`: reads every official page the
 * content cites as a source and tells the working group, per authority owning the page, which pages changed, moved or
 * went and which quotes may no longer hold. Writes reports/sources.md and .json and updates source-state.json (commit
 * it). Needs internet, so it is not part of CI: the working group runs it before each quarterly release.
 * The logic is in src/lib/sources/monitor/.
 */
import './lib/project-root.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { contentRoot } from '../src/lib/paths.ts';
import { citedSources } from '../src/lib/sources/monitor/cited.ts';
import { parseSourceArgs, SOURCES_USAGE } from '../src/lib/sources/monitor/cli.ts';
import { checkSources, shortHost } from '../src/lib/sources/monitor/check.ts';
import { fileCache, readState, STATE_FILE, writeState } from '../src/lib/sources/monitor/state.ts';
import { REPORT_JSON, REPORT_MD, sourceReport, sourceReportMarkdown } from '../src/lib/sources/monitor/report.ts';

const root = contentRoot();
const raw = loadContent(root);
const args = parseSourceArgs(
  process.argv.slice(2),
  raw.authorities.map((a) => a.id),
);
if ('error' in args) {
  console.error(`✗ ${args.error}\n\n${SOURCES_USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(SOURCES_USAGE);
  process.exit(0);
}
if (raw.issues.some((i) => i.severity === 'error'))
  console.warn('(The content has errors (see npm run check:content); checking the sources that could be read.)');

const sources = citedSources(raw).filter((s) => !args.only || s.owner === args.only);
const names = new Map(raw.authorities.map((a) => [a.id, a.name]));
const today = new Date().toISOString().slice(0, 10);
const tty = process.stderr.isTTY;
const started = Date.now();
let lastTenth = -1;
console.error(
  `Checking ${sources.length} sources${args.only ? ` of ${args.only}` : ''}: ${new Set(sources.map((s) => s.url.split('#')[0])).size} pages, ${args.concurrency} at a time (${args.perHost} per site)…`,
);

const { pages, state } = await checkSources(sources, {
  state: readState(root),
  cache: fileCache(root),
  today,
  prune: !args.only,
  fetch: { concurrency: args.concurrency, perHost: args.perHost, timeoutMs: args.timeoutMs },
  onPage: (page, done, total) => {
    const tenth = Math.floor((done * 10) / total);
    if (!tty && tenth === lastTenth && done !== total) return;
    lastTenth = tenth;
    const quotes = page.sources.filter(
      (s) => s.match.verdict === 'quote gone' || s.match.verdict === 'reworded',
    ).length;
    console.error(
      `[${done}/${total}] ${shortHost(page.url)} … ${page.verdict}${quotes ? `, ${quotes} quote${quotes === 1 ? '' : 's'} to re-check` : ''}${page.error ? ` (${page.error})` : ''}`,
    );
  },
});

writeState(root, state);
const report = sourceReport(pages, today, (id) => names.get(id) ?? id, args.only);
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, REPORT_JSON), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(root, REPORT_MD), sourceReportMarkdown(report));
const s = report.summary;
const listed = (o: Record<string, number>) =>
  Object.entries(o)
    .filter(([, n]) => n)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
console.log(
  `\n${s.pages} pages in ${Math.round((Date.now() - started) / 1000)} s. Pages: ${listed(s.pageVerdicts)}. Quotes: ${listed(s.quoteVerdicts)}.`,
);
console.log(
  `${s.needAttention} page(s) need attention. Report: ${join(root, REPORT_MD)} (and .json). State: ${join(root, STATE_FILE)} (commit it).`,
);
