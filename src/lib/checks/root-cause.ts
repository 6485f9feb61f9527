/**
 * One message for one cause. When many links to the same site fail the official-domain check, the cause is almost
 * always one entry in journey/official-domains.yaml (a typo, or a deleted line), not a hundred pages. Those issues are
 * replaced by one that names the entry (file and line) when it looks like a typo, or the site and where it is linked.
 */
import type { ContentIssue } from '../content/errors.ts';
import type { UnreadableFile } from '../content/load.ts';
import type { OfficialDomains } from '../schemas/vocabulary.ts';
import { editDistance } from '../text.ts';

export const OFFICIAL_DOMAINS_FILE = 'journey/official-domains.yaml';
/** From this many failing links to one site on, they are reported once. */
export const SAME_CAUSE_MIN = 3;
const EXAMPLES = 5;

/** The site a host belongs to: its last two labels (lifeindenmark.borger.dk → borger.dk). */
export function siteOf(host: string): string {
  return host.split('.').slice(-2).join('.');
}

/**
 * `linkedHosts` gives the hosts the content links to: an entry that is close to the failing site but that nothing links
 * to is the typo (one edit away, such as borgr.dk for borger.dk).
 */
export function collapseUnofficialLinks(
  issues: ContentIssue[],
  official: OfficialDomains,
  lineOfDomain: (index: number) => number | undefined,
  linkedHosts: () => Iterable<string>,
): ContentIssue[] {
  const bySite = new Map<string, ContentIssue[]>();
  for (const i of issues) {
    if (!i.unofficialHost) continue;
    const site = siteOf(i.unofficialHost);
    bySite.set(site, [...(bySite.get(site) ?? []), i]);
  }
  let hosts: string[] | undefined;
  const isLinked = (domain: string) =>
    (hosts ??= [...linkedHosts()]).some((h) => h === domain || h.endsWith(`.${domain}`));
  const collapsed = new Set<ContentIssue>();
  const summaries: ContentIssue[] = [];
  for (const [site, group] of bySite) {
    if (group.length < SAME_CAUSE_MIN) continue;
    for (const i of group) collapsed.add(i);
    const files = new Set(group.map((i) => i.file));
    const where = group
      .slice(0, EXAMPLES)
      .map((i) => (i.line ? `${i.file}:${i.line}` : i.file))
      .join(', ');
    const more = group.length > EXAMPLES ? ` and ${group.length - EXAMPLES} more` : '';
    const counted = `${group.length} links to ${site} (in ${files.size} files) are not on an official domain`;
    const typo = official.domains.findIndex(
      (d) => d.domain !== site && editDistance(d.domain, site) === 1 && !isLinked(d.domain),
    );
    if (typo >= 0) {
      const entry = official.domains[typo]!.domain;
      summaries.push({
        file: OFFICIAL_DOMAINS_FILE,
        line: lineOfDomain(typo),
        field: ['domains', typo, 'domain'],
        severity: 'error',
        message: `"${entry}" may be a typo for "${site}": ${counted}`,
        hint: `correct the domain to ${site} (if ${site} is an official site). The links: ${where}${more}`,
      });
    } else {
      summaries.push({
        file: group[0]!.file,
        line: group[0]!.line,
        field: group[0]!.field,
        severity: 'error',
        message: `${counted}, for example here`,
        hint: `if ${site} is an official site, add it to ${OFFICIAL_DOMAINS_FILE} with its authority (one line fixes them all); otherwise link to the authority's own site. The links: ${where}${more}`,
      });
    }
  }
  return [...issues.filter((i) => !collapsed.has(i)), ...summaries];
}

/**
 * A task or glossary file that cannot be read (malformed YAML, a broken front matter, a field the schema refuses) is
 * missing from the model, so every page, step, rule and term that names it would report it as missing too. Those
 * reports are dropped, and the file's own first error says how many there were and where, so an editor fixes the one
 * file that is wrong.
 */
export function collapseUnreadableReferences(
  issues: ContentIssue[],
  unreadable: { tasks: UnreadableFile[]; terms: UnreadableFile[] },
): ContentIssue[] {
  const files = {
    task: new Map(unreadable.tasks.map((u) => [u.slug, u.file])),
    term: new Map(unreadable.terms.map((u) => [u.slug, u.file])),
  };
  const consequences = new Map<string, ContentIssue[]>();
  for (const i of issues) {
    const file = i.missing && files[i.missing.kind].get(i.missing.slug);
    if (file && i.file !== file) consequences.set(file, [...(consequences.get(file) ?? []), i]);
  }
  if (!consequences.size) return issues;
  const dropped = new Set([...consequences.values()].flat());
  const noted = new Set<string>();
  return issues
    .filter((i) => !dropped.has(i))
    .map((i) => {
      const group = consequences.get(i.file);
      if (!group || i.severity !== 'error' || noted.has(i.file)) return i;
      noted.add(i.file);
      const places = [...new Set(group.map((g) => (g.line ? `${g.file}:${g.line}` : g.file)))];
      const where =
        places.slice(0, EXAMPLES).join(', ') +
        (places.length > EXAMPLES ? ` and ${places.length - EXAMPLES} more` : '');
      const note = `this file cannot be read, so ${group.length} other place(s) that name it are not reported until it can (${where})`;
      return { ...i, hint: i.hint ? `${i.hint}; ${note}` : note };
    });
}

/** The files whose entries other files name (phases, situations, authorities, domains, ...): if one cannot be read, every name looks wrong. */
export const VOCABULARY_FILES = [
  'journey/phases.yaml',
  'journey/situations.yaml',
  'journey/authorities.yaml',
  'journey/official-domains.yaml',
  'journey/steps.yaml',
  'journey/household-checklists.yaml',
  'journey/municipalities.yaml',
];
const UNREADABLE = /YAML is malformed|YAML repeats text|YAML could not be read|cannot be read|not valid UTF-8/;

/**
 * A missing vocabulary file, or one that cannot be read (malformed YAML, aliases without end), makes every task,
 * term and link that names one of its entries look wrong. Those errors follow from it: report the file alone, with how
 * many errors it hides, so the editor fixes the cause first. Other files' own syntax errors stay listed.
 */
export function collapseMissingVocabulary(issues: ContentIssue[]): ContentIssue[] {
  const causes = issues.filter(
    (i) =>
      i.severity === 'error' &&
      (i.message === 'is missing' || (VOCABULARY_FILES.includes(i.file) && UNREADABLE.test(i.message))),
  );
  if (!causes.length) return issues;
  const kept = issues.filter((i) => causes.includes(i) || i.severity !== 'error' || UNREADABLE.test(i.message));
  const hidden =
    issues.filter((i) => i.severity === 'error').length - kept.filter((i) => i.severity === 'error').length;
  if (!hidden) return issues;
  const why = (i: ContentIssue) => (i.message === 'is missing' ? 'the missing file' : 'the file that cannot be read');
  return kept.map((i) =>
    causes.includes(i)
      ? {
          ...i,
          hint: `${i.hint ?? ''}; ${hidden} other error(s) follow from ${why(i)} and are not listed: fix this first, then check again`,
        }
      : i,
  );
}
