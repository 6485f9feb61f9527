/** Runs every content check over a project root and returns the model with all issues, errors first. */
import { loadContent } from './content/load.ts';
import type { ContentIssue } from './content/errors.ts';
import { buildModel, type Model } from './model.ts';
import { checkUnsafeHtml } from './checks/unsafe-html.ts';
import { checkOfficialLinks, linksInMarkdown, type FoundLink } from './checks/official-links.ts';
import { avoidRules, checkTerminology } from './checks/terminology.ts';
import { checkLanguageSwitch } from './checks/language.ts';
import { checkMdx } from './checks/mdx.ts';
import { checkInternalContentLinks } from './checks/internal-content-links.ts';
import { reviewWarnings, type Reviewable } from './checks/review.ts';
import { currentEdition } from './edition.ts';

export interface Validation { model: Model; issues: ContentIssue[]; errors: ContentIssue[]; warnings: ContentIssue[] }

/** Pages and terms are due for review after this many months. */
export const REVIEW_MONTHS = 6;

export function validateContent(root: string, options: { today?: string } = {}): Validation {
  const today = options.today ?? currentEdition().date;
  const raw = loadContent(root);
  const { model, issues: modelIssues } = buildModel(raw);
  const issues: ContentIssue[] = [...raw.issues, ...modelIssues];

  // Links in front matter and bodies.
  const official = model.officialDomains;
  for (const t of raw.tasks) {
    const links: FoundLink[] = [
      { url: t.data.officialLink.url, field: ['officialLink', 'url'] },
      ...(t.data.selfService ? [{ url: t.data.selfService.url, field: ['selfService', 'url'] }] : []),
      ...t.data.help.flatMap((h, i) => (h.url ? [{ url: h.url, field: ['help', i, 'url'] }] : [])),
    ].map((l) => ({ ...l, line: t.lineOf(l.field) }));
    issues.push(...checkOfficialLinks(t.file, links, official));
  }
  for (const t of raw.terms) {
    issues.push(...checkOfficialLinks(t.file, [{ url: t.data.url, field: ['url'], line: t.lineOf(['url']) }], official));
  }
  const mapUrls = new Set<string>();
  for (const s of raw.selfServices) {
    const links: FoundLink[] = [{ url: s.data.urlDa, field: ['urlDa'] }, ...(s.data.urlEn ? [{ url: s.data.urlEn, field: ['urlEn'] }] : [])];
    issues.push(...checkOfficialLinks(s.file, links.map((l) => ({ ...l, line: s.lineOf(l.field) })), official));
    links.forEach((l) => mapUrls.add(l.url));
  }
  if (raw.selfServices.length) {
    for (const t of raw.tasks) {
      if (t.data.selfService && !mapUrls.has(t.data.selfService.url)) {
        issues.push({ file: t.file, field: ['selfService', 'url'], line: t.lineOf(['selfService', 'url']), severity: 'warning', message: `the self-service link ${t.data.selfService.url} is not in the self-service map`, hint: 'add the solution to journey/self-service/' });
      }
    }
  }
  // Every Markdown page: the links in its body, unsafe HTML and MDX, and (over the whole file) terminology and language.
  const taskSlugs = new Set(model.tasks.map((t) => t.slug));
  const termSlugs = new Set(model.terms.map((t) => t.slug));
  const rules = avoidRules(model.terms);
  const danishAllowed = [...raw.danishAllowList, ...model.terms.flatMap((t) => [t.danish, ...t.danishVariants])];
  for (const e of [...raw.tasks, ...raw.tips, ...raw.chapters]) {
    const bodyLinks = linksInMarkdown(e.body, e.bodyLine);
    issues.push(...checkOfficialLinks(e.file, bodyLinks, official));
    issues.push(...checkInternalContentLinks(e.file, bodyLinks, taskSlugs, termSlugs));
    issues.push(...checkUnsafeHtml(e.file, e.body, e.bodyLine));
    issues.push(...checkMdx(e.file, e.body, e.bodyLine));
    issues.push(...checkTerminology(e.file, e.text, rules));
    issues.push(...checkLanguageSwitch(e.file, e.text, danishAllowed));
  }

  // Review dates.
  issues.push(...reviewWarnings(reviewables(raw), today, REVIEW_MONTHS));

  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return { model, issues: [...errors, ...warnings], errors, warnings };
}

/** Everything that carries a last-reviewed date, with the line of that date. */
export function reviewables(raw: ReturnType<typeof loadContent>): Reviewable[] {
  return [...raw.tasks, ...raw.tips, ...raw.chapters, ...raw.terms].map((e) => ({
    file: e.file, lastReviewed: e.data.lastReviewed, authority: e.data.authority, line: e.lineOf(['lastReviewed']),
  }));
}
