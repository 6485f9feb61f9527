/**
 * The quarterly release, end to end, in a temporary git repository of the tiny fixture site: two editions from two
 * content states, the computed release notes, the archive page, the feeds and the API's editions, reproducibility, and
 * every refusal. One more scenario releases the frozen copy of the real content, once.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureContent, TINY_CONTENT } from './helpers/fixture-content.ts';
import { XMLParser } from 'fast-xml-parser';
import { parseFeed } from '@rowanmanning/feed-parser';
import { FULL } from './helpers/tier.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { citedSources } from '../src/lib/sources/monitor/cited.ts';
import { checkSources } from '../src/lib/sources/monitor/check.ts';
import { emptyState, memoryCache } from '../src/lib/sources/monitor/state.ts';
import { REPORT_JSON, sourceReport } from '../src/lib/sources/monitor/report.ts';
import { originalUrl, pageHtml, rewritingFetch, startSourceServer } from './helpers/source-server.ts';

const project = process.cwd();
const repo = mkdtempSync(join(tmpdir(), 'mtd-release-'));
const releases = join(repo, 'releases');
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const sh = (cmd: string, ...args: string[]) => {
  const r = spawnSync(cmd, args, { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
};
const commitAll = (message: string) => {
  sh('git', 'add', '-A');
  sh('git', 'commit', '-qm', message);
};
/** What a translator does after updating the Danish: record that it translates the English as it is now. */
const stampDanish = (...files: string[]) => {
  const r = spawnSync(process.execPath, [join(project, 'scripts/translations.ts'), '--stamp', ...files], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: repo },
  });
  if (r.status !== 0) throw new Error(`npm run translations: ${r.stderr}`);
};
const edit = (file: string, change: (t: string) => string) =>
  writeFileSync(join(repo, file), change(readFileSync(join(repo, file), 'utf8')));

function release(edition: string, extra: string[] = [], env: Record<string, string> = {}) {
  return runRelease(['--edition', edition, ...extra], env);
}
/** The release command with these arguments, on the test's repository, releases folder and public address. */
function runRelease(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(project, 'scripts/release.ts'), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_ROOT: repo,
      RELEASES_DIR: releases,
      OUT_DIR: join(repo, 'dist'),
      SITE_URL: 'https://guide.release-test.dk',
      ...env,
    },
  });
}
/** The files of an edition whose Danish translation is complete. */
const editionFiles = (e: string) => [
  'SHA256SUMS',
  'glossary.csv',
  'glossary.json',
  'glossary.tbx',
  `ideal-journey-poster-${e}.pdf`,
  'ideal-journey.svg',
  'manifest.json',
  `moving-to-denmark-best-practice-guide-${e}.pdf`,
  `moving-to-denmark-best-practice-guide-${e}-da.pdf`,
  'release-notes.md',
  'review-report.md',
  'self-service.csv',
];
const Q3 = { EDITION_DATE: '2026-08-14' };
const DEPARTURE = 'guide/if-leaving/report-departure.md';
const NEW_TITLE = 'Tell your municipality you are leaving';
const Q4 = { EDITION_DATE: '2026-11-23' };
const PERMIT = 'guide/before-moving/residence-permit.md';

beforeAll(() => {
  copyFixtureContent(repo, TINY_CONTENT);
  sh('git', 'init', '-q');
  sh('git', 'config', 'user.email', 'editor@example.org');
  sh('git', 'config', 'user.name', 'Editor');
  commitAll('content, first state');
  sh('git', 'tag', 'start-of-quarter');
  // The quarter's work before the first edition: its notes list it when the release names this baseline (--since).
  edit(DEPARTURE, (t) => t.replace(/^title: .*/m, `title: ${NEW_TITLE}`));
  edit('da/tasks.yaml', (t) =>
    t.replace(/^report-departure: .*/m, 'report-departure: Fortæl din kommune, at du flytter'),
  );
  stampDanish('da/tasks.yaml');
  commitAll("the quarter's work");
});

/**
 * Runs the source check on the content in `repo` against a local server that answers every cited page, except the
 * first source of `file`, which is gone (404); writes the report where check:sources does, and returns that source.
 */
async function sourceCheckWithGonePage(file: string): Promise<{ url: string; owner: string }> {
  const sources = citedSources(loadContent(repo));
  const gone = sources.find((s) => s.file === file)!;
  const server = await startSourceServer();
  server.fallback = (req, res) => {
    const url = originalUrl(req.url ?? '/');
    res.writeHead(url === gone.url ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(pageHtml(url, ['A page of an official site.']));
  };
  try {
    const { pages } = await checkSources(sources, {
      state: emptyState(),
      cache: memoryCache(),
      today: '2026-11-20',
      prune: true,
      fetch: { fetchImpl: rewritingFetch(server.base), sleep: async () => {} },
    });
    const report = sourceReport(pages, '2026-11-20', (id) => id);
    mkdirSync(join(repo, 'reports'), { recursive: true });
    writeFileSync(join(repo, REPORT_JSON), JSON.stringify(report));
  } finally {
    await server.close();
  }
  return { url: gone.url, owner: gone.owner };
}

describe.runIf(FULL)('quarterly release', () => {
  it('refuses a --since that is neither a git ref nor a date, and releases nothing', () => {
    const r = release('2026-Q3', ['--since', 'start-of-quartr'], Q3);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(
      '--since start-of-quartr is neither a date (YYYY-MM-DD) nor a git tag, branch or commit of this repository. Nothing was released.',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(releases, '2026-Q3'))).toBe(false);
  });

  it('makes the first edition with all its artifacts, its notes listing the changes since the baseline (--since)', () => {
    const oldTitle = spawnSync('git', ['show', `start-of-quarter:${DEPARTURE}`], {
      cwd: repo,
      encoding: 'utf8',
    }).stdout.match(/^title: (.*)$/m)![1]!;
    const r = release('2026-Q3', ['--since', 'start-of-quarter'], Q3);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\[1\/8\] Checking the working tree…[\s\S]*done in [\d.]+ s/);
    const files = readdirSync(join(releases, '2026-Q3')).sort();
    // The fixture's Danish edition is complete, so the edition has its Danish PDF too.
    expect(files).toEqual(expect.arrayContaining(editionFiles('2026-Q3')));
    const manifest = JSON.parse(readFileSync(join(releases, '2026-Q3/manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ edition: '2026-Q3', date: '2026-08-14' });
    expect(manifest.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(Object.keys(manifest.tasks)).toContain('cpr-number');
    const notes = readFileSync(join(releases, '2026-Q3/release-notes.md'), 'utf8');
    expect(notes).toContain('This is the first edition.');
    expect(notes).toMatch(/Compared with the content as it was on \d{4}-\d{2}-\d{2}\./);
    expect(notes).toContain(`- ${NEW_TITLE}: title changed: “${oldTitle}” → “${NEW_TITLE}”`);
    expect(notes).toMatch(/## Glossary\n\nNo changes\./);
    expect(notes, 'no commit ids in the public notes').not.toMatch(/[0-9a-f]{12}/);
    // The sums match the files.
    const sums = readFileSync(join(releases, '2026-Q3/SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums).toHaveLength(files.length - 1);
    const pdfinfo = spawnSync(
      'pdfinfo',
      [join(releases, '2026-Q3/moving-to-denmark-best-practice-guide-2026-Q3.pdf')],
      { encoding: 'utf8' },
    ).stdout;
    expect(pdfinfo).toMatch(/CreationDate:\s+Fri Aug 14 00:00:00 2026/);
  }, 480_000);

  it('refuses to overwrite an existing edition without --force', () => {
    const r = release('2026-Q3', [], Q3);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Edition 2026-Q3 already exists');
    expect(r.stderr).toContain('--force');
  });

  it('the README sequence for the first edition: polish the notes, run again with --force, and the computed changes stay', () => {
    // README, "Making a quarterly release", steps 4 and 5, word for word: --since only on the first run.
    const notesFile = join(releases, '2026-Q3/release-notes.md');
    const marker = '<!-- Write your own text ABOVE this line';
    writeFileSync(
      notesFile,
      readFileSync(notesFile, 'utf8').replace(marker, 'Our first edition, made by the working group.\n\n' + marker),
    );
    const r = release('2026-Q3', ['--force'], Q3);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('as when this edition was first made');
    const after = readFileSync(notesFile, 'utf8');
    expect(after).toContain('Our first edition, made by the working group.');
    expect(after).toMatch(/Compared with the content as it was on \d{4}-\d{2}-\d{2}\./);
    expect(after).toContain(`- ${NEW_TITLE}: title changed: `);
    expect(JSON.parse(readFileSync(join(releases, '2026-Q3/manifest.json'), 'utf8')).baseline).toMatchObject({
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
  }, 480_000);

  it('refuses uncommitted content changes without --allow-dirty', () => {
    edit('guide/when-you-arrive/mitid.md', (t) => `${t}\nAn uncommitted line.\n`);
    const r = release('2026-Q4', [], Q4);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not committed:\n.*guide\/when-you-arrive\/mitid\.md[\s\S]*--allow-dirty/);
    expect(existsSync(join(releases, '2026-Q4'))).toBe(false);
    sh('git', 'checkout', '--', 'guide');
  });

  it('refuses an uncommitted Danish translation too (da/ is content)', () => {
    edit('da/tasks.yaml', (t) => `${t}\n# An uncommitted line.\n`);
    const r = release('2026-Q4', [], Q4);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not committed:\n.*da\/tasks\.yaml[\s\S]*--allow-dirty/);
    expect(existsSync(join(releases, '2026-Q4'))).toBe(false);
    sh('git', 'checkout', '--', 'da');
  });

  it('refuses content overdue for review without --allow-stale, naming the files and their owners', () => {
    edit(PERMIT, (t) => t.replace(/^lastReviewed: .*/m, 'lastReviewed: 2026-01-05'));
    commitAll('an old review date');
    const r = release('2026-Q4', [], Q4);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /Danish Agency for International Recruitment and Integration \(SIRI\):\n\s+guide\/before-moving\/residence-permit\.md \(last reviewed 2026-01-05, due by 2026-0[2-7]-(28|30|31)\)/,
    );
    expect(r.stderr).toContain('--allow-stale');
    expect(readdirSync(releases).filter((d) => !d.startsWith('2026-Q3'))).toEqual([]);
    edit(PERMIT, (t) => t.replace(/^lastReviewed: .*/m, 'lastReviewed: 2026-11-20'));
    commitAll('reviewed again');
  });

  it('refuses an edition name that is not YYYY-Qn', () => {
    const r = release('2026-Q5');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('"2026-Q5" is not an edition');
  });

  it('prints the usage for --help and releases nothing', () => {
    const r = release('2026-Q4', ['--help'], Q4);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: npm run release');
    expect(existsSync(join(releases, '2026-Q4'))).toBe(false);
  });

  it('refuses a misspelt option with one sentence and releases nothing', () => {
    const r = runRelease(['--edtion', '2026-Q4'], Q4);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/"--edtion" is not an option of the release command; did you mean --edition\?/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(releases, '2026-Q4'))).toBe(false);
  });

  it('refuses a placeholder public address, which the PDF would print', () => {
    const r = release('2026-Q4', [], { ...Q4, SITE_URL: 'https://moving-to-denmark.example' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/https:\/\/moving-to-denmark\.example is a placeholder/);
    expect(existsSync(join(releases, '2026-Q4'))).toBe(false);
  });

  it('refuses an edition older than the newest one unless --force', () => {
    const r = release('2026-Q2', [], Q3);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Edition 2026-Q2 is older than the newest edition, 2026-Q3/);
    expect(existsSync(join(releases, '2026-Q2'))).toBe(false);
  });

  it("computes the second edition's release notes: an added task, a changed deadline, a renamed translation", async () => {
    cpSync(join(repo, 'guide/living-in-denmark/school.md'), join(repo, 'guide/living-in-denmark/after-school-care.md'));
    // The copy is a new task: it has its own title and no self-service (the map does not list it).
    edit('guide/living-in-denmark/after-school-care.md', (t) =>
      t.replace(/^title: .*/m, 'title: Find after-school care').replace(/^selfService: .*\n/m, ''),
    );
    // A new task says who it is for in the household checklists.
    edit('journey/household-checklists.yaml', (t) =>
      t.replace(
        /^tasks:\n/m,
        'tasks:\n  after-school-care:\n    - who: [children]\n      when: { children: [6-16] }\n      why: Children in school can go to after-school care.\n',
      ),
    );
    const oldDeadline = /^deadline: (.*)$/m
      .exec(readFileSync(join(repo, 'guide/when-you-arrive/cpr-number.md'), 'utf8'))![1]!
      .replace(/^"|"$/g, '');
    edit('guide/when-you-arrive/cpr-number.md', (t) =>
      t.replace(/^deadline: .*/m, 'deadline: within 5 days of moving in (check the rules for your situation)'),
    );
    edit('glossary/citizen-service.yaml', (t) => t.replace(/^english: .*/m, 'english: Citizen Service centre'));
    edit('guide/when-you-arrive/cpr-number.md', (t) => t.replace(/^youDo:\n/m, 'youDo:\n  - Bring your lease.\n'));
    edit('journey/self-service/school-enrolment.yaml', (t) =>
      t.replace(/^nameEn: .*/m, 'nameEn: Sign your child up for school'),
    );
    // The translator follows: the new task's Danish title, then every Danish text marked as up to date.
    edit('da/tasks.yaml', (t) => `${t.trimEnd()}\nafter-school-care: Find en fritidsordning\n`);
    stampDanish('da/');
    commitAll('second state');
    // The working group ran the source check (here against a local server playing the official sites): one page is gone.
    const gone = await sourceCheckWithGonePage('guide/when-you-arrive/cpr-number.md');
    const r = release('2026-Q4', [], Q4);
    expect(r.status, r.stderr).toBe(0);
    const notes = readFileSync(join(releases, '2026-Q4/release-notes.md'), 'utf8');
    expect(notes).toContain('Compared with edition 2026-Q3 (2026-08-14).');
    expect(notes).toContain('- Added: Find after-school care');
    expect(notes, 'no file names or commit ids in the public notes').not.toMatch(
      /`after-school-care`|commit [0-9a-f]{7}/,
    );
    expect(notes).toContain(
      `deadline changed: “${oldDeadline}” → “within 5 days of moving in (check the rules for your situation)”`,
    );
    expect(notes).toContain('English changed: “Citizen Service” → “Citizen Service centre”');
    expect(notes).toMatch(/## Journey steps\n\nNo changes\./);
    expect(notes).toContain('steps: added “Bring your lease.”');
    expect(notes).toMatch(
      /## Self-service map\n\n[^#]*- Sign your child up for school: English name changed: “[^”]+” → “Sign your child up for school”/,
    );
    // The source check's findings reach the working group: in the notes, and in the owner's review list.
    expect(notes).toContain('## Official sources\n\nLast checked on 2026-11-20.');
    const line = notes.split('\n').find((l) => l.startsWith(`- ${gone.url}: gone. Rests on it: `));
    expect(line).toMatch(/\(guide\/when-you-arrive\/cpr-number\.md:\d+\)/);
    const review = spawnSync(process.execPath, [join(project, 'scripts/report-review.ts'), '--authority', gone.owner], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: repo },
    });
    expect(review.status, review.stderr).toBe(0);
    expect(review.stdout).toContain(`${gone.url}: gone.`);
  }, 480_000);

  it('lists both editions on the archive page, with their PDFs, and shows the newest notes on "What\'s new"', () => {
    const archive = readFileSync(join(repo, 'dist/editions/index.html'), 'utf8');
    expect(archive).toContain('id="edition-2026-Q4"');
    expect(archive).toContain('id="edition-2026-Q3"');
    expect(archive.indexOf('2026-Q4')).toBeLessThan(archive.indexOf('2026-Q3'));
    for (const e of ['2026-Q3', '2026-Q4']) {
      expect(existsSync(join(repo, `dist/editions/${e}/moving-to-denmark-best-practice-guide-${e}.pdf`))).toBe(true);
      expect(existsSync(join(repo, `dist/editions/${e}/moving-to-denmark-best-practice-guide-${e}-da.pdf`))).toBe(true);
      expect(archive).toContain(
        `href="/editions/${e}/moving-to-denmark-best-practice-guide-${e}-da.pdf" hreflang="da"`,
      );
    }
    expect(readFileSync(join(repo, 'dist/whats-new/index.html'), 'utf8')).toContain('Citizen Service centre');
    expect(readFileSync(join(repo, 'dist/index.html'), 'utf8')).toContain('Edition 2026-Q4 · 23 November 2026');
    const colophon = spawnSync(
      'pdftotext',
      ['-f', '2', '-l', '2', join(releases, '2026-Q4/moving-to-denmark-best-practice-guide-2026-Q4.pdf'), '-'],
      { encoding: 'utf8' },
    ).stdout;
    expect(colophon.replace(/\s+/g, ' ')).toMatch(/Changed since edition 2026-Q3: \d+ tasks?, 1 glossary term/);
    // Each task page says which edition last changed it: the CPR task's deadline changed in 2026-Q4, MitID's never did.
    const lastChanged = (slug: string) =>
      /Last changed in edition <a href="\/editions\/([^/]+)\/">/.exec(
        readFileSync(join(repo, `dist/tasks/${slug}/index.html`), 'utf8'),
      )?.[1];
    expect(lastChanged('cpr-number')).toBe('2026-Q4');
    expect(lastChanged('after-school-care')).toBe('2026-Q4');
    expect(lastChanged('mitid')).toBe('2026-Q3');
  });

  it('publishes both editions in the editions feed, the API and the sitemap, and the tasks 2026-Q4 changed in the task feed', () => {
    const site = 'https://guide.release-test.dk';
    const parser = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => n === 'entry' || n === 'link' || n === 'url',
      parseTagValue: false,
    });
    const feed = (name: string) =>
      (parser.parse(readFileSync(join(repo, `dist/feeds/${name}`), 'utf8')).feed.entry ?? []) as {
        id: string;
        title: string;
        summary?: string;
        link: Record<string, string>[];
      }[];
    const editions = feed('editions.atom');
    expect(editions.map((e) => e.title)).toEqual(['Edition 2026-Q4', 'Edition 2026-Q3']);
    expect(editions[0]!.link.find((l) => l['@_rel'] === 'enclosure')!['@_href']).toBe(
      `${site}/editions/2026-Q4/moving-to-denmark-best-practice-guide-2026-Q4.pdf`,
    );
    const tasks = feed('task-changes.atom');
    expect(tasks.map((e) => e.title)).toContain('Find after-school care: added in edition 2026-Q4');
    const cpr = tasks.find((e) => e.id === `${site}/editions/2026-Q4/#task-cpr-number`)!;
    expect(cpr.summary).toContain('deadline changed:');
    expect(tasks.every((e) => e.id.startsWith(`${site}/editions/2026-Q4/`))).toBe(true);
    // A feed reader's parser (not only an XML parser) reads both feeds the same way.
    const reader = parseFeed(readFileSync(join(repo, 'dist/feeds/editions.atom'), 'utf8'));
    expect(reader.meta.type).toBe('atom');
    expect(reader.items.map((i) => i.title)).toEqual(['Edition 2026-Q4', 'Edition 2026-Q3']);
    expect(reader.items[0]!.url).toBe(`${site}/editions/2026-Q4/`);
    expect(reader.items[0]!.content).toContain('deadline changed');
    expect(
      parseFeed(readFileSync(join(repo, 'dist/feeds/task-changes.atom'), 'utf8')).items.map((i) => i.title),
    ).toEqual(tasks.map((e) => e.title));
    const api = JSON.parse(readFileSync(join(repo, 'dist/api/v1/editions.json'), 'utf8')) as {
      editions: { id: string; pdf: string | null }[];
    };
    expect(api.editions.map((e) => [e.id, e.pdf])).toEqual(
      ['2026-Q4', '2026-Q3'].map((id) => [
        id,
        `${site}/editions/${id}/moving-to-denmark-best-practice-guide-${id}.pdf`,
      ]),
    );
    const sitemap = parser.parse(readFileSync(join(repo, 'dist/sitemap.xml'), 'utf8')).urlset.url as {
      loc: string;
      lastmod?: string;
    }[];
    expect(sitemap).toContainEqual({ loc: `${site}/editions/2026-Q4/`, lastmod: '2026-11-23' });
    expect(sitemap).toContainEqual({ loc: `${site}/whats-new/`, lastmod: '2026-11-23' });
  });

  it('is reproducible: the same commit and edition give byte-identical artifacts', () => {
    const again = join(repo, 'releases-again');
    cpSync(join(releases, '2026-Q3'), join(again, '2026-Q3'), { recursive: true });
    const r = release('2026-Q4', [], { ...Q4, RELEASES_DIR: again, OUT_DIR: join(repo, 'dist-again') });
    expect(r.status, r.stderr).toBe(0);
    const a = join(releases, '2026-Q4');
    const b = join(again, '2026-Q4');
    expect(readdirSync(b).sort()).toEqual(readdirSync(a).sort());
    for (const f of readdirSync(a)) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    for (const page of ['index.html', 'tasks/cpr-number/index.html', 'glossary/index.html']) {
      expect(readFileSync(join(repo, 'dist-again', page), 'utf8'), page).toBe(
        readFileSync(join(repo, 'dist', page), 'utf8'),
      );
    }
  }, 480_000);

  it('marks a plain build after a release as a draft, naming the published edition', () => {
    const out = join(repo, 'draft-dist');
    const r = spawnSync(process.execPath, [join(project, 'scripts/build.ts'), '--no-pdf'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: repo, RELEASES_DIR: releases, OUT_DIR: out, EDITION_DATE: '2027-01-10' },
    });
    expect(r.status, r.stderr).toBe(0);
    const footer = readFileSync(join(out, 'index.html'), 'utf8');
    expect(footer).toContain('Draft after edition 2026-Q4, not a published edition · built 10 January 2027');
    expect(footer).not.toContain('Edition 2027-Q1');
  }, 300_000);

  it("replaces an edition with --force, keeping the editor's own text in the notes", () => {
    const notesFile = join(releases, '2026-Q4/release-notes.md');
    const marker = '<!-- Write your own text ABOVE this line';
    const notes = readFileSync(notesFile, 'utf8');
    expect(notes).toContain(marker);
    const polished = notes.replace(
      marker,
      'This quarter the working group corrected the CPR deadline for EU citizens.\n\n' + marker,
    );
    writeFileSync(notesFile, polished);
    const r = release('2026-Q4', ['--force'], Q4);
    expect(r.status, r.stderr).toBe(0);
    const after = readFileSync(notesFile, 'utf8');
    expect(after).toContain('This quarter the working group corrected the CPR deadline for EU citizens.');
    expect(after.split(marker)).toHaveLength(2);
    expect(after).toContain('- Added: Find after-school care');
    expect(readFileSync(join(releases, '2026-Q4/SHA256SUMS'), 'utf8')).toMatch(/ {2}release-notes\.md/);
    // Every file of the edition is kept by git (nothing in it is ignored), so a committed edition verifies.
    const ignored = spawnSync(
      'git',
      [
        '-C',
        project,
        'check-ignore',
        '--no-index',
        ...readdirSync(join(releases, '2026-Q4')).map((f) => `releases/2026-Q4/${f}`),
      ],
      { encoding: 'utf8' },
    );
    expect(ignored.stdout.trim()).toBe('');
    expect(readdirSync(releases).filter((d) => d.startsWith('.staging'))).toEqual([]);
  }, 480_000);

  it('refuses a Danish text older than the English it translates unless --allow-stale, and lists it in the notes', () => {
    edit('guide/tips/explain-the-digital-keys-early.md', (t) =>
      t.replace(/^summary: .*/m, 'summary: A new English summary that the Danish does not say yet.'),
    );
    commitAll('an English tip changed');
    const refused = release('2026-Q4', ['--force'], Q4);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      '1 Danish text(s) are not up to date with the English they translate:\n  da/tips/explain-the-digital-keys-early.md: is out of date: guide/tips/explain-the-digital-keys-early.md has changed since it was translated',
    );
    expect(refused.stderr).toContain('--allow-stale');
    const r = release('2026-Q4', ['--force', '--allow-stale'], Q4);
    expect(r.status, r.stderr).toBe(0);
    const notes = readFileSync(join(releases, '2026-Q4/release-notes.md'), 'utf8');
    expect(notes).toMatch(
      /## Danish edition\n\n1 of \d+ Danish texts are not up to date with the English:\n\n- Tip: Explain the digital keys early: the Danish is out of date/,
    );
    expect(readFileSync(join(releases, '2026-Q4/review-report.md'), 'utf8')).toContain('## Danish edition');
  }, 480_000);
});

describe.runIf(FULL)('a release of the frozen copy of the real content', () => {
  const full = mkdtempSync(join(tmpdir(), 'mtd-release-full-'));
  afterAll(() => rmSync(full, { recursive: true, force: true }));

  it('makes an edition with every artifact, both PDFs and matching sums', () => {
    copyFixtureContent(full);
    const git = (...args: string[]) => expect(spawnSync('git', args, { cwd: full, encoding: 'utf8' }).status).toBe(0);
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.email=editor@example.org', '-c', 'user.name=Editor', 'commit', '-qm', 'content');
    const out = join(full, 'releases');
    const r = spawnSync(process.execPath, [join(project, 'scripts/release.ts'), '--edition', '2026-Q3'], {
      cwd: project,
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_ROOT: full,
        RELEASES_DIR: out,
        OUT_DIR: join(full, 'dist'),
        SITE_URL: 'https://guide.release-test.dk',
        ...Q3,
      },
    });
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(join(out, '2026-Q3')).sort();
    expect(files).toEqual(expect.arrayContaining(editionFiles('2026-Q3')));
    const manifest = JSON.parse(readFileSync(join(out, '2026-Q3/manifest.json'), 'utf8'));
    expect(Object.keys(manifest.tasks).length).toBeGreaterThan(30);
    expect(JSON.parse(readFileSync(join(out, '2026-Q3/glossary.json'), 'utf8')).terms).toHaveLength(25);
    const sums = readFileSync(join(out, '2026-Q3/SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums).toHaveLength(files.length - 1);
  }, 600_000);
});
