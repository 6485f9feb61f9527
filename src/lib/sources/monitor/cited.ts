/**
 * Every official page the content cites as a source, with the words quoted from it and the claims and items that rest
 * on it: `sources:` of tasks, glossary terms, authorities' contact details and municipalities, and the evidence of
 * self-service entries (`englishEvidence`, `accessEvidence`).
 */
import { MUNICIPALITIES_FILE, type RawContent } from '../../content/load.ts';
import { officialAuthorityFor } from '../../checks/official-links.ts';

export type CitedKind = 'task' | 'term' | 'authority' | 'municipality' | 'self-service';

export interface CitedSource {
  url: string;
  /** The words quoted from the page, when the source records them. */
  quote?: string;
  /** The claim the page supports. */
  supports: string;
  /** The date someone last read the page for this claim. */
  checked: string;
  /** Content file and line of the source entry. */
  file: string;
  line?: number;
  kind: CitedKind;
  /** What the item is, for people: "Get a CPR number", "Glossary: CPR number", "Self-service: MitID app". */
  title: string;
  /** The authority responsible for the item (task, term, entry). */
  authority: string;
  /** The authority that owns the page's domain (journey/official-domains.yaml), or the item's authority when none does. */
  owner: string;
  /** The task whose file cites it, for sources of a task. */
  task?: string;
  /** The guide tasks that rest on it: the task itself, or the tasks a self-service entry serves. */
  tasks: string[];
}

type Source = { url: string; supports?: string; checked: string; quote?: string };

/** Every cited source, in content order (tasks, terms, authorities, municipalities, self-service evidence). */
export function citedSources(raw: RawContent): CitedSource[] {
  const owner = (url: string, fallback: string) => officialAuthorityFor(url, raw.officialDomains) ?? fallback;
  const make = (s: Source, at: Omit<CitedSource, 'url' | 'quote' | 'supports' | 'checked' | 'owner'>): CitedSource => ({
    url: s.url,
    ...(s.quote ? { quote: s.quote } : {}),
    supports: s.supports ?? '',
    checked: s.checked,
    ...at,
    owner: owner(s.url, at.authority),
  });
  const out: CitedSource[] = [];
  for (const e of raw.tasks) {
    e.data.sources.forEach((s, i) =>
      out.push(
        make(s, {
          file: e.file,
          line: e.lineOf(['sources', i, 'url']),
          kind: 'task',
          title: e.data.title,
          authority: e.data.authority,
          task: e.slug,
          tasks: [e.slug],
        }),
      ),
    );
  }
  for (const e of raw.terms) {
    e.data.sources.forEach((s, i) =>
      out.push(
        make(s, {
          file: e.file,
          line: e.lineOf(['sources', i, 'url']),
          kind: 'term',
          title: `Glossary: ${e.data.english}`,
          authority: e.data.authority,
          tasks: [],
        }),
      ),
    );
  }
  raw.authorities.forEach((a, n) =>
    a.sources.forEach((s, i) =>
      out.push(
        make(s, {
          file: 'journey/authorities.yaml',
          line: raw.lineOf('journey/authorities.yaml', [n, 'sources', i, 'url']),
          kind: 'authority',
          title: `Contact details: ${a.name}`,
          authority: a.id,
          tasks: [],
        }),
      ),
    ),
  );
  raw.municipalities.forEach((m, n) =>
    m.sources.forEach((s, i) =>
      out.push(
        make(s, {
          file: MUNICIPALITIES_FILE,
          line: raw.lineOf(MUNICIPALITIES_FILE, [n, 'sources', i, 'url']),
          kind: 'municipality',
          title: `Where to go: ${m.name}`,
          authority: 'municipality',
          tasks: [],
        }),
      ),
    ),
  );
  for (const e of raw.selfServices) {
    const evidence = [
      ['englishEvidence', `the language of the service (english: ${e.data.english})`],
      ['accessEvidence', `how you log in (${e.data.login}) and whether a CPR number is needed (${e.data.needsCpr})`],
    ] as const;
    for (const [field, supports] of evidence) {
      const ev = e.data[field];
      if (ev)
        out.push(
          make(
            { ...ev, supports },
            {
              file: e.file,
              line: e.lineOf([field, 'url']),
              kind: 'self-service',
              title: `Self-service: ${e.data.nameEn}`,
              authority: e.data.authority,
              tasks: [...e.data.tasks],
            },
          ),
        );
    }
  }
  return out;
}
