/** Links between pages written in content (`/tasks/<slug>/`, `/glossary/#<term>`) must point to a task or term that exists. */
import type { ContentIssue } from '../content/errors.ts';
import type { FoundLink } from './official-links.ts';

export function checkInternalContentLinks(
  file: string,
  links: FoundLink[],
  taskSlugs: Set<string>,
  termSlugs: Set<string>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { url, line } of links) {
    if (!url.startsWith('/')) continue;
    const task = /^\/tasks\/([^/#]+)\/?(#.*)?$/.exec(url);
    const term = /^\/glossary\/#(.+)$/.exec(url);
    if (task && !taskSlugs.has(task[1]!)) {
      issues.push({
        file,
        line,
        severity: 'error',
        message: `link "${url}" points to a task that does not exist`,
        hint: 'use /tasks/<file name without .md>/',
        missing: { kind: 'task', slug: task[1]! },
      });
    } else if (term && !termSlugs.has(term[1]!)) {
      issues.push({
        file,
        line,
        severity: 'error',
        message: `link "${url}" points to a glossary term that does not exist`,
        hint: 'use /glossary/#<file name of the term without .yaml>',
        missing: { kind: 'term', slug: term[1]! },
      });
    }
  }
  return issues;
}
