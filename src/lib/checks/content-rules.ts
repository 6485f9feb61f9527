/**
 * The rules content must keep beyond its references, as checks `(raw) → issues`: the guide's fixed shape (the site's
 * pages, the number of tips and glossary terms, from the settings), no empty pages, a glossary without duplicates,
 * and evidence for every fact (sources, quotes of English availability, sources for contact details). buildModel
 * only resolves references; validate.ts runs these checks, listed there once.
 */
import type { ContentIssue, FieldPath } from '../content/errors.ts';
import type { Entry, RawContent } from '../content/load.ts';
import { SITE_PAGES } from '../schemas/site-page.ts';
import { DEFAULT_GLOSSARY_SIZE, DEFAULT_TIP_COUNT } from '../schemas/settings.ts';

const issueAt = (e: Entry<unknown>, field: FieldPath, message: string, hint?: string): ContentIssue => ({
  file: e.file,
  field,
  line: e.lineOf(field),
  message,
  hint,
  severity: 'error',
});

/** The site's own pages, the counts of tips and glossary terms (site.yaml: tipCount, glossarySize), and no empty page. */
export function checkShape(raw: RawContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const t of raw.tasks)
    if (!t.body.trim())
      issues.push(
        issueAt(t, [], 'the page body is empty', 'write the explanation below the closing "---" of the front matter'),
      );
  for (const e of [...raw.tips, ...raw.chapters, ...raw.sitePages]) {
    if (!e.body.trim())
      issues.push(
        issueAt(e, [], 'the page body is empty', 'write the text below the closing "---" of the front matter'),
      );
  }
  // Each page the site shows must exist, and a file with another name would be published nowhere.
  for (const e of raw.sitePages) {
    if (!(e.slug in SITE_PAGES)) {
      issues.push(
        issueAt(
          e,
          [],
          `"${e.slug}" is not one of the site's pages`,
          `the files in guide/pages/ are: ${Object.keys(SITE_PAGES)
            .map((p) => `${p}.md`)
            .join(', ')}. Rename the file, or put a task in its phase folder`,
        ),
      );
    }
  }
  for (const [slug, page] of Object.entries(SITE_PAGES)) {
    if (!raw.sitePages.some((e) => e.slug === slug)) {
      issues.push({
        file: `guide/pages/${slug}.md`,
        severity: 'error',
        message: 'is missing',
        hint: `the site needs it for ${page.use}. Restore it from git (git checkout -- guide/pages/${slug}.md)`,
      });
    }
  }
  const tipCount = raw.settings.tipCount ?? DEFAULT_TIP_COUNT;
  if (raw.tips.length !== tipCount) {
    issues.push({
      file: 'guide/tips/',
      message: `there must be exactly ${tipCount} tips, found ${raw.tips.length}`,
      severity: 'error',
    });
  }
  // A term file that could not be read still counts: its own error says what is wrong with it.
  const glossarySize = raw.settings.glossarySize ?? DEFAULT_GLOSSARY_SIZE;
  const termFiles = raw.terms.length + raw.unreadable.terms.length;
  if (termFiles !== glossarySize) {
    issues.push({
      file: 'glossary/',
      message: `the glossary must have exactly ${glossarySize} terms, found ${termFiles}`,
      hint:
        termFiles > glossarySize
          ? `remove a term: the Top-${glossarySize} is a deliberate choice`
          : 'add the missing term, one file per term',
      severity: 'error',
    });
  }
  return issues;
}

/** One English and one Danish term per concept, and each rank used once. */
export function checkGlossaryUnique(raw: RawContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const glossarySize = raw.settings.glossarySize ?? DEFAULT_GLOSSARY_SIZE;
  const seen = {
    danish: new Map<string, string>(),
    english: new Map<string, string>(),
    rank: new Map<number, string>(),
  };
  for (const t of raw.terms) {
    for (const key of ['danish', 'english'] as const) {
      const norm = t.data[key].toLocaleLowerCase('da');
      const prev = seen[key].get(norm);
      if (prev)
        issues.push(
          issueAt(
            t,
            [key],
            `duplicate ${key === 'danish' ? 'Danish' : 'English'} term "${t.data[key]}", also in ${prev}`,
          ),
        );
      else seen[key].set(norm, t.file);
    }
    if (t.data.rank > glossarySize)
      issues.push(
        issueAt(
          t,
          ['rank'],
          `rank ${t.data.rank} is above the glossary's ${glossarySize} terms`,
          `use a rank from 1 to ${glossarySize}`,
        ),
      );
    const prevRank = seen.rank.get(t.data.rank);
    if (prevRank)
      issues.push(
        issueAt(
          t,
          ['rank'],
          `rank ${t.data.rank} is also used by ${prevRank}`,
          `each rank from 1 to ${glossarySize} is used once`,
        ),
      );
    else seen.rank.set(t.data.rank, t.file);
  }
  return issues;
}

/** Every fact a reader acts on has its evidence: sources for tasks, terms and contact details, evidence for English. */
export function checkEvidence(raw: RawContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const t of raw.tasks) {
    t.data.bring.forEach((b, i) => {
      if (!t.data.sources.some((x) => x.url === b.source)) {
        issues.push(
          issueAt(
            t,
            ['bring', i, 'source'],
            `the document "${b.what}" names a source that is not among the task's sources`,
            'add that page to sources (with supports, checked and quote), or use the url of a source the task has',
          ),
        );
      }
    });
    if (t.data.due.length && !t.data.deadline) {
      issues.push(
        issueAt(
          t,
          ['due'],
          'due needs a deadline in words',
          'write the deadline in words first (deadline: within 5 days of …); due only puts that deadline in the personal timeline',
        ),
      );
    }
    if (t.data.sources.length === 0) {
      const field = t.data.deadline ? 'deadline' : t.data.fee ? 'fee' : 'sources';
      issues.push(
        issueAt(
          t,
          [field],
          field === 'sources' ? 'the task has no sources' : `the ${field} has no source`,
          'add `sources:` with the official page (url), what it supports and the date you checked it (see docs/writing-content.md)',
        ),
      );
    }
  }
  for (const t of raw.terms) {
    if (t.data.sources.length === 0)
      issues.push(
        issueAt(
          t,
          ['definition'],
          'the definition has no source',
          'add `sources:` with the official page (url), what it supports and the date you checked it',
        ),
      );
  }
  for (const e of raw.selfServices) {
    if (e.data.english !== 'unknown' && !e.data.englishEvidence) {
      issues.push(
        issueAt(
          e,
          ['english'],
          `english is "${e.data.english}" but there is no evidence`,
          'add `englishEvidence:` (url, quote, checked) from the official page that shows it, or set english: unknown',
        ),
      );
    }
  }
  raw.authorities.forEach((a, i) => {
    if ((a.phone || a.contactUrl || a.bookingUrl) && a.sources.length === 0) {
      const file = 'journey/authorities.yaml';
      const field = [i, a.phone ? 'phone' : a.contactUrl ? 'contactUrl' : 'bookingUrl'];
      issues.push({
        file,
        field,
        line: raw.lineOf(file, field),
        severity: 'error',
        message: `the contact details of "${a.id}" have no source`,
        hint: 'add `sources:` with the official page that gives them; never guess a phone number',
      });
    }
  });
  return issues;
}

/** The checks of this module, in the order validate.ts reports them. */
export const CONTENT_RULES: ((raw: RawContent) => ContentIssue[])[] = [checkShape, checkGlossaryUnique, checkEvidence];
