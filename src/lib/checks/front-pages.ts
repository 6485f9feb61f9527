/**
 * Official links should go to the page for the action, not an authority's front page. A front page is allowed
 * only when the data says so openly (`specific: false`), and the front-page report lists those by authority.
 */
import type { ContentIssue, FieldPath } from '../content/errors.ts';
import { groupSorted } from '../text.ts';

/** True when a URL is a site's front page: no path beyond "/", no query. */
export function isFrontPage(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.pathname === '/' || u.pathname === '') && !u.search;
  } catch {
    return false;
  }
}

export function frontPageIssue(file: string, field: FieldPath, line: number | undefined): ContentIssue {
  return {
    file,
    field,
    line,
    severity: 'error',
    message: 'links to a front page',
    hint: 'link the official page for this action; if no deeper official page is known, add `specific: false` so the front-page report asks the authority for one',
  };
}

/** A Markdown report of front-page links grouped by the authority that owns them, ready to send. */
export function frontPageReport(
  links: { url: string; where: string; authority: string }[],
  date: string,
  authorityName: (id: string) => string,
): string {
  const lines = [
    `# Official links that are still front pages, ${date}`,
    '',
    `${links.length} official or self-service links go to a front page because no deeper official page is known.`,
    'Each authority: please send the address of the page for the action itself.',
    '',
  ];
  for (const [authority, list] of groupSorted(links, (l) => l.authority)) {
    lines.push(`## ${authorityName(authority)}`, '', ...list.map((l) => `- ${l.url}: used by \`${l.where}\``), '');
  }
  return `${lines.join('\n')}\n`;
}
