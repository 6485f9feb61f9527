/** Runs every content check over a project root and returns the model with all issues, errors first. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyUrl } from './checks/url-policy.ts';
import { DANISH_FOLDER, loadContent, MUNICIPALITIES_FILE } from './content/load.ts';
import { englishYamlFiles } from './content/layout.ts';
import { checkMunicipalities } from './checks/municipalities.ts';
import { checkSelfService } from './checks/self-service.ts';
import { checkSelfRelated, checkStepPhases } from './checks/consistency.ts';
import { checkBodyForDoubt, checkFieldsForDoubt } from './checks/editor-notes.ts';
import type { ContentIssue } from './content/errors.ts';
import { buildModel, type Model } from './model.ts';
import { CONTENT_RULES } from './checks/content-rules.ts';
import { checkUnsafeHtml } from './checks/unsafe-html.ts';
import { checkOfficialLinks, type FoundLink } from './checks/official-links.ts';
import { bodyTree, linksInTree } from './markdown/body-tree.ts';
import { avoidRules, checkMarkdownTerminology, checkYamlTerminology, danishAvoidRules } from './checks/terminology.ts';
import { checkLanguageSwitch } from './checks/language.ts';
import { checkMdx } from './checks/mdx.ts';
import { checkInternalContentLinks } from './checks/internal-content-links.ts';
import { futureDateErrors, reviewWarnings, type Reviewable } from './checks/review.ts';
import type { CheckedSource } from './checks/review-list.ts';
import { checkRuleChanges } from './checks/rule-changes.ts';
import { missingQuotes } from './checks/quotes.ts';
import { frontPageIssue, isFrontPage } from './checks/front-pages.ts';
import { restatedDeadlines } from './facts.ts';
import { driftWarnings } from './checks/fact-drift.ts';
import { plainText } from './markdown/plain-text.ts';
import type { FieldPath } from './content/errors.ts';
import { siteUrl } from './site.ts';
import { currentEdition } from './edition.ts';
import { SITE_PAGES } from './schemas/site-page.ts';
import {
  collapseMissingVocabulary,
  collapseUnofficialLinks,
  collapseUnreadableReferences,
  OFFICIAL_DOMAINS_FILE,
} from './checks/root-cause.ts';
import { contentLinks } from './checks/link-inventory.ts';
import { translationUnits } from './translations/units.ts';
import { describeState, STAMP_HINT, translationStatus } from './translations/status.ts';

export interface Validation {
  model: Model;
  issues: ContentIssue[];
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

/**
 * `baseline`: each task's deadline and fee as last published (the newest edition's manifest), so a sentence elsewhere
 * that still says a changed value is found (src/lib/checks/fact-drift.ts).
 */
export function validateContent(
  root: string,
  options: { today?: string; now?: string; baselines?: Record<string, { deadline?: string; fee?: string }>[] } = {},
): Validation {
  const today = options.today ?? currentEdition().date;
  const raw = loadContent(root);
  const { model, issues: modelIssues } = buildModel(raw);
  const issues: ContentIssue[] = [...raw.issues, ...modelIssues, ...CONTENT_RULES.flatMap((rule) => rule(raw))];

  // Links in front matter and YAML: https, on an official domain; front pages only when marked as such.
  const official = model.officialDomains;
  const sourceLinks = (sources: { url: string }[], base: FieldPath): FoundLink[] =>
    sources.map((x, i) => ({ url: x.url, field: [...base, i, 'url'] }));
  const withLines = (e: { lineOf(f: FieldPath | undefined): number | undefined }, links: FoundLink[]) =>
    links.map((l) => ({ ...l, line: e.lineOf(l.field) }));
  for (const t of raw.tasks) {
    const links: FoundLink[] = [
      { url: t.data.officialLink.url, field: ['officialLink', 'url'] },
      ...t.data.help.flatMap((h, i) => (h.url ? [{ url: h.url, field: ['help', i, 'url'] }] : [])),
      ...sourceLinks(t.data.sources, ['sources']),
      ...t.data.legalBasis.flatMap((l, i) => (l.url ? [{ url: l.url, field: ['legalBasis', i, 'url'] }] : [])),
    ];
    issues.push(...checkOfficialLinks(t.file, withLines(t, links), official));
    if (t.data.officialLink.specific && isFrontPage(t.data.officialLink.url))
      issues.push(frontPageIssue(t.file, ['officialLink', 'url'], t.lineOf(['officialLink', 'url'])));
  }
  for (const t of raw.terms) {
    issues.push(
      ...checkOfficialLinks(
        t.file,
        withLines(t, [{ url: t.data.url, field: ['url'] }, ...sourceLinks(t.data.sources, ['sources'])]),
        official,
      ),
    );
  }
  for (const s of raw.selfServices) {
    const links: FoundLink[] = [
      { url: s.data.urlDa, field: ['urlDa'] },
      ...(s.data.urlEn ? [{ url: s.data.urlEn, field: ['urlEn'] }] : []),
      ...(s.data.englishEvidence ? [{ url: s.data.englishEvidence.url, field: ['englishEvidence', 'url'] }] : []),
      ...(s.data.accessEvidence ? [{ url: s.data.accessEvidence.url, field: ['accessEvidence', 'url'] }] : []),
    ];
    issues.push(...checkOfficialLinks(s.file, withLines(s, links), official));
    issues.push(...checkSelfService(s));
    if (s.data.specific && isFrontPage(s.data.urlDa))
      issues.push(frontPageIssue(s.file, ['urlDa'], s.lineOf(['urlDa'])));
  }
  /** The links of a list file's entries (authorities, municipalities): the named address fields and the sources. */
  const listFileLinks = <T extends { sources: { url: string }[] }>(
    file: string,
    entries: T[],
    keys: readonly (keyof T & string)[],
  ) =>
    entries.forEach((e, i) => {
      const links: FoundLink[] = [
        ...keys.flatMap((k) => (typeof e[k] === 'string' ? [{ url: e[k], field: [i, k] }] : [])),
        ...sourceLinks(e.sources, [i, 'sources']),
      ];
      issues.push(
        ...checkOfficialLinks(
          file,
          links.map((l) => ({ ...l, line: raw.lineOf(file, l.field) })),
          official,
        ),
      );
    });
  listFileLinks('journey/authorities.yaml', raw.authorities, ['url', 'contactUrl', 'bookingUrl']);
  // One phase per task everywhere; no term related to itself.
  const phaseOfTask = new Map(raw.tasks.map((t) => [t.slug, t.phase]));
  issues.push(
    ...checkStepPhases(
      raw.journey.steps,
      (slug) => phaseOfTask.get(slug),
      'journey/steps.yaml',
      (f) => raw.lineOf('journey/steps.yaml', f),
    ),
  );
  for (const t of raw.terms)
    issues.push(
      ...checkSelfRelated({ file: t.file, slug: t.slug, related: t.data.related, lineOf: (f) => t.lineOf(f) }),
    );
  // Editors' notes never reach citizens: no phrases of doubt in published fields or page text.
  for (const e of raw.tasks)
    issues.push(
      ...checkFieldsForDoubt(e.file, e.data, (f) => e.lineOf(f)),
      ...checkBodyForDoubt(e.file, e.body, e.bodyLine),
    );
  for (const e of [...raw.terms, ...raw.selfServices])
    issues.push(...checkFieldsForDoubt(e.file, e.data, (f) => e.lineOf(f)));
  issues.push(
    ...checkFieldsForDoubt(MUNICIPALITIES_FILE, raw.municipalities, (f) => raw.lineOf(MUNICIPALITIES_FILE, f)),
  );
  issues.push(
    ...checkFieldsForDoubt('journey/authorities.yaml', raw.authorities, (f) =>
      raw.lineOf('journey/authorities.yaml', f),
    ),
  );
  // Local help: 98 municipalities, each with an ICS centre that exists (or none); every address official.
  issues.push(...checkMunicipalities(raw.municipalities, raw.authorities, (f) => raw.lineOf(MUNICIPALITIES_FILE, f)));
  listFileLinks(MUNICIPALITIES_FILE, raw.municipalities, ['citizenService', 'booking']);
  // The feedback channel in site.yaml: an address or a form on an official domain, like every other link.
  const feedback = raw.settings.feedback;
  if (feedback) {
    const links: FoundLink[] = [
      ...(feedback.email ? [{ url: `mailto:${feedback.email}`, field: ['feedback', 'email'] }] : []),
      ...(feedback.formUrl ? [{ url: feedback.formUrl, field: ['feedback', 'formUrl'] }] : []),
    ];
    issues.push(
      ...checkOfficialLinks(
        'site.yaml',
        links.map((l) => ({ ...l, line: raw.lineOf('site.yaml', l.field) })),
        official,
      ),
    );
    // (checkOfficialLinks leaves mailto: to the check of the built pages; say it here, where the editor can fix it.)
    const mail = feedback.email ? classifyUrl(`mailto:${feedback.email}`, official) : undefined;
    if (mail?.kind === 'mailto' && !mail.official) {
      issues.push({
        file: 'site.yaml',
        field: ['feedback', 'email'],
        line: raw.lineOf('site.yaml', ['feedback', 'email']),
        severity: 'error',
        message: `the feedback address "${feedback.email}" is not an address on an official domain`,
        hint: 'use a mailbox of an authority in the working group, on a domain listed in journey/official-domains.yaml',
      });
    }
  }
  // Facts said once: prose that states a deadline the field does not say has drifted from the field.
  for (const t of raw.tasks) {
    const prose = [t.data.summary, ...t.data.youDo, plainText(t.body)].join('\n');
    for (const sentence of restatedDeadlines(prose, t.data.deadline)) {
      issues.push({
        file: t.file,
        field: ['deadline'],
        line: t.lineOf(['deadline']),
        severity: 'warning',
        message: `the text says "${sentence.slice(0, 120)}", which does not match the deadline field ("${t.data.deadline}")`,
        hint: 'write :deadline where the text needs the deadline, so it always shows the field',
      });
    }
  }
  // Facts that cannot drift between pages: a changed deadline or fee still stated elsewhere with its old value.
  for (const baseline of options.baselines ?? [])
    issues.push(
      ...driftWarnings(raw, baseline).filter(
        (w) => !issues.some((i) => i.file === w.file && i.line === w.line && i.message === w.message),
      ),
    );
  // Every Markdown page: the links in its body, unsafe HTML and MDX, and (over the whole file) terminology and language.
  const taskSlugs = new Set(model.tasks.map((t) => t.slug));
  const termSlugs = new Set(model.terms.map((t) => t.slug));
  const rules = avoidRules(model.terms);
  const danishAllowed = [...raw.danishAllowList, ...model.terms.flatMap((t) => [t.danish, ...t.danishVariants])];
  /** Links and HTML are checked on the rendered tree of a page body, as a browser would read it (English and Danish alike). */
  const checkBody = (e: { file: string; body: string; bodyLine: number }) => {
    const tree = bodyTree(e.body);
    const bodyLinks = linksInTree(tree, e.bodyLine);
    issues.push(...checkOfficialLinks(e.file, bodyLinks, official));
    issues.push(...checkInternalContentLinks(e.file, bodyLinks, taskSlugs, termSlugs));
    issues.push(...checkUnsafeHtml(e.file, tree, e.bodyLine));
    issues.push(...checkMdx(e.file, e.body, e.bodyLine));
  };
  for (const e of [...raw.tasks, ...raw.tips, ...raw.chapters, ...raw.sitePages]) {
    checkBody(e);
    issues.push(...checkMarkdownTerminology(e, rules));
    issues.push(...checkLanguageSwitch(e.file, e.text, danishAllowed));
  }
  // Every text an editor writes in YAML (journey labels, self-service notes, municipalities, offices, settings).
  for (const file of englishYamlFiles(raw.root))
    issues.push(...checkYamlTerminology(file, readFileSync(join(raw.root, file), 'utf8'), rules));

  // Review and verification dates: overdue is a warning, a date in the future is an error.
  const dated = reviewables(raw);
  issues.push(...reviewWarnings(dated, today, raw.settings.reviewMonths));
  // The supporting words of every source: without them the source check (npm run check:sources) cannot tell whether
  // the page still says what the guide relies on.
  issues.push(...missingQuotes(checkedSources(raw)));
  // "In the future" is measured against the real calendar, not the edition date (a release may be dated earlier).
  const now = options.now ?? new Date().toISOString().slice(0, 10);
  issues.push(...futureDateErrors(dated, now));
  // A rule that came into force after the page was last reviewed: re-check the page (a warning).
  for (const e of raw.tasks)
    issues.push(...checkRuleChanges({ file: e.file, lineOf: (f) => e.lineOf(f), ...e.data }, now));

  // The Danish edition: every text in step with the English it translates; links and HTML checked like the English.
  const translations = translationUnits(raw);
  issues.push(...translations.issues);
  for (const s of translationStatus(translations.units)) {
    if (s.state !== 'current')
      issues.push({
        file: s.file,
        severity: 'warning',
        message: `${s.title}: the Danish ${describeState(s)}`,
        hint: STAMP_HINT(s),
      });
  }
  // The English checks of terminology and of switching to Danish do not apply to Danish text; the glossary's Danish
  // terms do: a Danish word it says to avoid (`danishAvoid`) is an error in every file of da/.
  const daRules = danishAvoidRules(model.terms);
  for (const e of [...(raw.danish?.chapters ?? []), ...(raw.danish?.tips ?? [])]) {
    checkBody(e);
    issues.push(...checkMarkdownTerminology(e, daRules));
  }
  if (raw.danish && daRules.length) {
    const yamlFiles = [
      ...raw.danish.terms.map((t) => t.file),
      ...['journey.yaml', 'tasks.yaml', 'guide.yaml'].map((f) => `${DANISH_FOLDER}/${f}`),
    ];
    for (const file of yamlFiles) {
      const path = join(raw.root, file);
      if (existsSync(path)) issues.push(...checkYamlTerminology(file, readFileSync(path, 'utf8'), daRules));
    }
  }

  // A file that cannot be read is the one cause of every "does not exist" that names it.
  const readable = collapseUnreadableReferences(issues, raw.unreadable);
  // Many links to one site failing the official-domain check have one cause: report it once.
  const reported = collapseUnofficialLinks(
    readable,
    official,
    (i) => raw.lineOf(OFFICIAL_DOMAINS_FILE, ['domains', i, 'domain']),
    () =>
      contentLinks(model).flatMap((l) => {
        try {
          return [new URL(l.url).hostname];
        } catch {
          return [];
        }
      }),
  );
  // A missing vocabulary file is the one cause of every unknown phase, situation or authority: report it alone.
  const rooted = collapseMissingVocabulary(reported);
  const errors = rooted.filter((i) => i.severity === 'error');
  const warnings = rooted.filter((i) => i.severity === 'warning');
  return { model, issues: [...errors, ...warnings], errors, warnings };
}

/** Everything that carries a last-reviewed date, with the line of that date. */
export function reviewables(raw: ReturnType<typeof loadContent>): Reviewable[] {
  const site = siteUrl();
  const base = (
    e: { file: string; lineOf(f: FieldPath | undefined): number | undefined },
    field: 'lastReviewed' | 'lastVerified',
    date: string,
    authority: string,
    title: string,
    path: string,
  ) => ({
    file: e.file,
    lastReviewed: date,
    authority,
    line: e.lineOf([field]),
    field,
    title,
    url: `${site}${path}`,
  });
  return [
    ...raw.tasks.map((e) =>
      base(e, 'lastReviewed', e.data.lastReviewed, e.data.authority, e.data.title, `/tasks/${e.slug}/`),
    ),
    ...raw.tips.map((e) =>
      base(e, 'lastReviewed', e.data.lastReviewed, e.data.authority, `Tip: ${e.data.title}`, '/professionals/tips/'),
    ),
    ...raw.chapters.map((e) =>
      base(e, 'lastReviewed', e.data.lastReviewed, e.data.authority, e.data.title, `/professionals/${e.slug}/`),
    ),
    ...raw.sitePages.map((e) =>
      base(
        e,
        'lastReviewed',
        e.data.lastReviewed,
        e.data.authority,
        e.data.title,
        (SITE_PAGES as Record<string, { url: string }>)[e.slug]?.url ?? '/',
      ),
    ),
    ...raw.terms.map((e) =>
      base(
        e,
        'lastReviewed',
        e.data.lastReviewed,
        e.data.authority,
        `Glossary: ${e.data.english} (${e.data.danish})`,
        `/glossary/#${e.slug}`,
      ),
    ),
    ...raw.selfServices.map((e) =>
      base(
        e,
        'lastVerified',
        e.data.lastVerified,
        e.data.authority,
        `Self-service: ${e.data.nameEn}`,
        `/self-service/#${e.slug}`,
      ),
    ),
  ];
}

/** Every source with the date it was checked, under the authority responsible for the page, term or office it supports. */
export function checkedSources(raw: ReturnType<typeof loadContent>): CheckedSource[] {
  const of = (
    file: string,
    authority: string,
    title: string,
    sources: { url: string; checked: string; quote?: string }[],
    line: (i: number) => number | undefined,
  ) =>
    sources.map((x, i) => ({ authority, url: x.url, checked: x.checked, file, line: line(i), title, quote: x.quote }));
  return [
    ...raw.tasks.flatMap((e) =>
      of(e.file, e.data.authority, e.data.title, e.data.sources, (i) => e.lineOf(['sources', i, 'checked'])),
    ),
    ...raw.terms.flatMap((e) =>
      of(e.file, e.data.authority, `Glossary: ${e.data.english}`, e.data.sources, (i) =>
        e.lineOf(['sources', i, 'checked']),
      ),
    ),
    ...raw.authorities.flatMap((a, n) =>
      of('journey/authorities.yaml', a.id, `Contact details: ${a.name}`, a.sources, (i) =>
        raw.lineOf('journey/authorities.yaml', [n, 'sources', i, 'checked']),
      ),
    ),
    ...raw.municipalities.flatMap((m, n) =>
      of(MUNICIPALITIES_FILE, 'municipality', `Where to go: ${m.name}`, m.sources, (i) =>
        raw.lineOf(MUNICIPALITIES_FILE, [n, 'sources', i, 'checked']),
      ),
    ),
  ];
}
