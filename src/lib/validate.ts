/** Runs every content check over a project root and returns the model with all issues, errors first. */
import { loadContent } from './content/load.ts';
import type { ContentIssue } from './content/errors.ts';
import { buildModel, type Model } from './model.ts';
import { checkUnsafeHtml } from './checks/unsafe-html.ts';
import { checkOfficialLinks, linksInMarkdown, type FoundLink } from './checks/official-links.ts';
import { avoidRules, checkTerminology } from './checks/terminology.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Validation { model: Model; issues: ContentIssue[]; errors: ContentIssue[]; warnings: ContentIssue[] }

export function validateContent(root: string): Validation {
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
    issues.push(...checkOfficialLinks(t.file, [...links, ...linksInMarkdown(t.body, t.bodyLine)], official));
  }
  for (const t of raw.terms) {
    issues.push(...checkOfficialLinks(t.file, [{ url: t.data.url, field: ['url'], line: t.lineOf(['url']) }], official));
  }
  for (const e of [...raw.tips, ...raw.chapters]) {
    issues.push(...checkOfficialLinks(e.file, linksInMarkdown(e.body, e.bodyLine), official));
  }
  for (const e of [...raw.tasks, ...raw.tips, ...raw.chapters]) {
    issues.push(...checkUnsafeHtml(e.file, e.body, e.bodyLine));
  }

  // Terminology, over the whole text of every guide file.
  const rules = avoidRules(model.terms);
  for (const e of [...raw.tasks, ...raw.tips, ...raw.chapters]) {
    issues.push(...checkTerminology(e.file, readFileSync(join(root, e.file), 'utf8'), rules));
  }

  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return { model, issues: [...errors, ...warnings], errors, warnings };
}
