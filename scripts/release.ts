/**
 * `npm run release -- --edition 2026-Q4`: makes a quarterly edition. It checks the working tree, the edition and the
 * review dates, computes the release notes against the previous edition, builds the site and the PDFs with the edition
 * stamped in, and writes releases/<edition>/ (PDFs, poster, exports, manifest.json, release-notes.md,
 * review-report.md, SHA256SUMS). Everything is built in a staging folder and moved into place only at the end.
 *
 * Options: see RELEASE_USAGE in src/lib/release/cli.ts (`npm run release -- --help`).
 */
import './lib/project-root.ts';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { currentEdition, editionPdfName } from '../src/lib/edition.ts';
import { POSTER_FILE } from './lib/pdf.ts';
import { contentRoot, outDir } from '../src/lib/paths.ts';
import { validateContent, reviewables } from '../src/lib/validate.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { contentErrorReport } from '../src/lib/content/errors.ts';
import { itemDue, overdue, reviewReport } from '../src/lib/checks/review.ts';
import { buildManifest } from '../src/lib/release/manifest.ts';
import { mergeNotes, releaseNotes } from '../src/lib/release/notes.ts';
import { sourceSection } from '../src/lib/release/source-section.ts';
import { readSourceReport } from '../src/lib/sources/monitor/report.ts';
import { isOlderThan, parseReleaseArgs, RELEASE_USAGE } from '../src/lib/release/cli.ts';
import { publicAddressProblem, siteUrl } from '../src/lib/site.ts';
import { listEditions, previousManifest, readManifest, releasesDir } from '../src/lib/release/editions.ts';
import { runSteps } from '../src/lib/build/steps.ts';
import { baselineManifest, resolveSince } from '../src/lib/release/baseline.ts';
import { translationUnits } from '../src/lib/translations/units.ts';
import {
  describeState,
  translationSection,
  translationStatus,
  type TranslationStatus,
} from '../src/lib/translations/status.ts';
import { groupSorted } from '../src/lib/text.ts';
import { CONTENT_ENTRIES } from '../src/lib/content/layout.ts';

const parsed = parseReleaseArgs(process.argv.slice(2));
if ('error' in parsed) {
  console.error(`\n✗ ${parsed.error}`);
  process.exit(2);
}
if (parsed.help) {
  console.log(RELEASE_USAGE);
  process.exit(0);
}
const flags = { force: parsed.force, 'allow-dirty': parsed.allowDirty, 'allow-stale': parsed.allowStale };
const flag = (name: keyof typeof flags) => flags[name];

function refuse(message: string): never {
  console.error(`\n✗ ${message}`);
  if (staging) rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}

const base = currentEdition();
const edition = parsed.edition ? { ...base, id: parsed.edition } : base;
const root = contentRoot();
const releases = releasesDir();
const target = join(releases, edition.id);
let staging: string | undefined;
let commit = '';
let validation: ReturnType<typeof validateContent> | undefined;
let since: { commit: string; date: string } | undefined;
/** True when `since` comes from the edition being replaced, not from --since. */
let sinceReused = false;
let translations: TranslationStatus[] = [];

const git = (...a: string[]) => spawnSync('git', ['-C', root, ...a], { encoding: 'utf8' });

try {
  await runSteps([
    {
      name: 'Checking the working tree',
      run: () => {
        const head = git('rev-parse', 'HEAD');
        if (head.status !== 0)
          refuse(`${root} is not a git repository with a commit. A release records the commit it was made from.`);
        commit = head.stdout.trim();
        const dirty = git('status', '--porcelain', '--', ...CONTENT_ENTRIES).stdout.trim();
        if (dirty && !flag('allow-dirty')) {
          refuse(
            `These content files have changes that are not committed:\n${dirty}\n\nCommit them first (so the release can be reproduced), or run again with --allow-dirty.`,
          );
        }
        return `commit ${commit.slice(0, 12)}${dirty ? ' (with uncommitted changes, --allow-dirty)' : ''}`;
      },
    },
    {
      name: `Checking edition ${edition.id}`,
      run: () => {
        if (existsSync(target) && !flag('force'))
          refuse(
            `Edition ${edition.id} already exists in ${target}. Choose another --edition, or run again with --force to replace it (your own text in its release-notes.md is kept).`,
          );
        const newest = listEditions(releases)
          .map((e) => e.id)
          .filter((id) => id !== edition.id)[0];
        if (newest && isOlderThan(edition.id, newest) && !flag('force'))
          refuse(
            `Edition ${edition.id} is older than the newest edition, ${newest}. Check --edition for a typo; to make an older edition on purpose, run again with --force.`,
          );
        if (parsed.since) {
          if (newest)
            refuse(
              `--since is for the first edition only: edition ${edition.id} is compared with edition ${newest}. Run again without --since.`,
            );
          const resolved = resolveSince(parsed.since, git);
          if ('error' in resolved) refuse(resolved.error);
          since = resolved;
        } else if (!newest) {
          // A re-run of the first edition (--force after polishing the notes) compares with the same content as before.
          const recorded = readManifest(target)?.baseline;
          if (recorded) {
            since = recorded;
            sinceReused = true;
          }
        }
        const address = publicAddressProblem(siteUrl());
        if (address)
          refuse(
            `The PDF would print the site's address, and ${address}. Set the real address as url in site.yaml (and commit it), or for one run: SITE_URL=https://… npm run release -- --edition ${edition.id}`,
          );
        mkdirSync(releases, { recursive: true });
        staging = join(releases, `.staging-${edition.id}-${process.pid}`);
        rmSync(staging, { recursive: true, force: true });
        mkdirSync(staging);
        return `${edition.id}, dated ${edition.date}`;
      },
    },
    {
      name: 'Validating content and review dates',
      run: () => {
        const v = (validation = validateContent(root, { today: edition.date }));
        if (v.errors.length) refuse(contentErrorReport(v.errors));
        const raw = loadContent(root);
        const names = new Map(raw.authorities.map((a) => [a.id, a.name]));
        const items = reviewables(raw);
        // One review rule everywhere: reviewMonths in site.yaml (check:content and report:review use it too).
        const months = raw.settings.reviewMonths;
        const late = overdue(items, edition.date, months);
        translations = translationStatus(translationUnits(raw).units);
        writeFileSync(
          join(staging!, 'review-report.md'),
          reviewReport(items, edition.date, months, (id) => names.get(id) ?? id) + translationSection(translations),
        );
        const staleDanish = translations.filter((t) => t.state !== 'current');
        if (staleDanish.length && !flag('allow-stale')) {
          refuse(
            `${staleDanish.length} Danish text(s) are not up to date with the English they translate:\n${staleDanish.map((t) => `  ${t.file}: ${describeState(t)}`).join('\n')}\n\nUpdate the Danish and stamp it (npm run translations -- --stamp <file>), or run again with --allow-stale.`,
          );
        }
        if (late.length && !flag('allow-stale')) {
          refuse(
            `${late.length} page(s) or term(s) were due for review before ${edition.date} (each is reviewed every ${months} months, in its own month):\n${groupSorted(
              late,
              (i) => i.authority,
            )
              .map(
                ([a, list]) =>
                  `  ${names.get(a) ?? a}:\n${list.map((i) => `    ${i.file} (last reviewed ${i.lastReviewed}, due by ${itemDue(i, months)})`).join('\n')}`,
              )
              .join(
                '\n',
              )}\n\nAsk each authority to review its pages and update lastReviewed, or run again with --allow-stale.`,
          );
        }
        return `${v.model.tasks.length} tasks, ${late.length} overdue for review`;
      },
    },
    {
      name: 'Computing the release notes',
      run: () => {
        const previous = previousManifest(edition.id, releases);
        const manifest = buildManifest(validation!.model, edition, commit, previous ? undefined : since);
        const baseline =
          since && !previous ? baselineManifest(root, since.commit, since.date, CONTENT_ENTRIES, git) : undefined;
        writeFileSync(join(staging!, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
        // The editor's own text in an existing edition's notes (above the marker line) survives --force.
        const existing = existsSync(join(target, 'release-notes.md'))
          ? readFileSync(join(target, 'release-notes.md'), 'utf8')
          : undefined;
        writeFileSync(
          join(staging!, 'release-notes.md'),
          mergeNotes(
            existing,
            releaseNotes(previous, manifest, baseline?.manifest) +
              translationSection(translations) +
              sourceSection(readSourceReport(root), { since: previous?.date }),
          ),
        );
        if (previous) return `compared with ${previous.edition}`;
        if (!baseline) return 'first edition';
        const unreadable = baseline.unreadable
          ? `; ${baseline.unreadable} file(s) of then do not meet today's rules, so what they held shows as added`
          : '';
        return `first edition, compared with the content of ${since!.date} (commit ${since!.commit.slice(0, 12)}${sinceReused ? ', as when this edition was first made' : ''})${unreadable}`;
      },
    },
    {
      name: 'Building the site and the PDFs',
      run: () => {
        const r = spawnSync(process.execPath, [resolve('scripts/build.ts')], {
          stdio: ['ignore', 'inherit', 'inherit'],
          env: {
            ...process.env,
            EDITION: edition.id,
            EDITION_DATE: edition.date,
            PENDING_RELEASE_DIR: staging,
            RELEASES_DIR: releases,
          },
        });
        if (r.status !== 0) refuse('The build failed (see above). No edition was written.');
      },
    },
    {
      name: 'Collecting the artifacts',
      run: () => {
        const dist = outDir();
        const files: [string, string][] = [
          [editionPdfName(edition.id), editionPdfName(edition.id)],
          [POSTER_FILE, `ideal-journey-poster-${edition.id}.pdf`],
          ['downloads/ideal-journey.svg', 'ideal-journey.svg'],
          ['downloads/ideal-journey.mmd', 'ideal-journey.mmd'],
          ['downloads/glossary.csv', 'glossary.csv'],
          ['downloads/glossary.json', 'glossary.json'],
          ['downloads/glossary.tbx', 'glossary.tbx'],
          ['downloads/self-service.csv', 'self-service.csv'],
          ['downloads/self-service.json', 'self-service.json'],
        ];
        // The Danish PDF, when the Danish edition was complete enough to print it.
        if (existsSync(join(dist, editionPdfName(edition.id, 'da'))))
          files.push([editionPdfName(edition.id, 'da'), editionPdfName(edition.id, 'da')]);
        for (const [from, to] of files) copyFileSync(join(dist, from), join(staging!, to));
        return `${files.length} files`;
      },
    },
    {
      name: 'Writing SHA256SUMS',
      run: async () => {
        const names = readdirSync(staging!)
          .filter((f) => f !== 'SHA256SUMS')
          .sort();
        const lines: string[] = [];
        for (const name of names) {
          const hash = createHash('sha256');
          for await (const chunk of createReadStream(join(staging!, name))) hash.update(chunk as Buffer);
          lines.push(`${hash.digest('hex')}  ${name}`);
        }
        writeFileSync(join(staging!, 'SHA256SUMS'), `${lines.join('\n')}\n`);
        return `${names.length} files`;
      },
    },
    {
      name: `Publishing ${target}`,
      run: () => {
        if (existsSync(target)) rmSync(target, { recursive: true, force: true });
        renameSync(staging!, target);
        staging = undefined;
      },
    },
  ]);
  console.log(`\n✓ Edition ${edition.id} is in ${target}. Commit that folder, and publish ${outDir()}.`);
} catch (e) {
  refuse(e instanceof Error ? (process.env.DEBUG ? (e.stack ?? e.message) : e.message) : String(e));
}
