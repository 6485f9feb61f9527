/**
 * Reads every content file (guide/, glossary/, journey/) from a project root, checks that it is UTF-8,
 * parses it and validates it against its zod schema. It is the only place that knows the file layout.
 */
import { readdirSync, readFileSync, existsSync, statSync, lstatSync, realpathSync } from 'node:fs';
import { join, relative, extname, basename } from 'node:path';
import type { z } from 'zod';
import { DANISH_DIR } from './layout.ts';
import { zodIssuesToContentIssues, type ContentIssue, type FieldPath } from './errors.ts';
import { parseMarkdownSource, parseYamlSource } from './yaml-source.ts';
import { taskSchema, type TaskData } from '../schemas/task.ts';
import { termSchema, type TermData } from '../schemas/term.ts';
import { chapterSchema, tipSchema, type ChapterData, type TipData } from '../schemas/tip.ts';
import { sitePageSchema, type SitePageData } from '../schemas/site-page.ts';
import {
  daChapterSchema,
  daGuideSchema,
  daJourneySchema,
  daTasksSchema,
  daTermSchema,
  daTipSchema,
  type DaChapterData,
  type DaGuide,
  type DaTipData,
} from '../schemas/danish.ts';
import { journeyFileSchema, type JourneyFile } from '../schemas/journey.ts';
import { householdChecklistsFileSchema, type HouseholdChecklistsFile } from '../schemas/checklist.ts';
import { selfServiceSchema, type SelfServiceData } from '../schemas/self-service.ts';
import { municipalitiesFileSchema, type MunicipalityData } from '../schemas/local-help.ts';
import { DEFAULT_SETTINGS, siteSettingsSchema, type SiteSettings } from '../schemas/settings.ts';
import { PLACEHOLDER_URL, SETTINGS_FILE } from '../settings.ts';
import { z as zod } from 'zod';

const danishAllowListSchema = zod.array(zod.string().trim().min(1));
import {
  authoritiesFileSchema,
  officialDomainsFileSchema,
  phasesFileSchema,
  situationsFileSchema,
  type Authority,
  type OfficialDomains,
  type Phase,
  type Situation,
} from '../schemas/vocabulary.ts';

/** One loaded file: its data, and how to find the line of a field in it. */
export interface Entry<T> {
  slug: string;
  file: string;
  data: T;
  lineOf: (field: FieldPath | undefined) => number | undefined;
}
export interface MarkdownEntry<T> extends Entry<T> {
  body: string;
  bodyLine: number;
  /** The whole file, front matter included (the terminology and language checks read every line). */
  text: string;
}
export interface TaskEntry extends MarkdownEntry<TaskData> {
  phase: string;
}

export interface RawContent {
  root: string;
  /** site.yaml: the public address and the review period. */
  settings: SiteSettings;
  authorities: Authority[];
  situations: Situation[];
  phases: Phase[];
  officialDomains: OfficialDomains;
  tasks: TaskEntry[];
  tips: MarkdownEntry<TipData>[];
  chapters: MarkdownEntry<ChapterData>[];
  /** guide/pages/: the site's own pages (home, accessibility statement, feedback, ...). */
  sitePages: MarkdownEntry<SitePageData>[];
  terms: Entry<TermData>[];
  journey: JourneyFile;
  /** journey/household-checklists.yaml: the questions and who each task is for; undefined when it could not be read. */
  householdChecklists?: HouseholdChecklistsFile;
  selfServices: Entry<SelfServiceData>[];
  /** The Danish edition (da/), when the content has one. */
  danish?: RawDanish;
  /** Danish names allowed in English text (journey/danish-allow-list.yaml). */
  danishAllowList: string[];
  /** journey/municipalities.yaml: every municipality with its Citizen Service and ICS centre; empty when the content has none. */
  municipalities: MunicipalityData[];
  /** Line lookup for the vocabulary files, keyed by relative path. */
  lineOf: (file: string, field: FieldPath | undefined) => number | undefined;
  issues: ContentIssue[];
  /** The slugs of task and glossary files that exist but could not be read: their own errors say why. */
  unreadable: { tasks: UnreadableFile[]; terms: UnreadableFile[] };
}

/** A content file that exists but could not be read (its own errors say why), by the slug it would have. */
export interface UnreadableFile {
  slug: string;
  file: string;
}

/** The Danish edition's files (da/), each validated; a missing file is simply absent (the translation status reports it). */
export interface RawDanish {
  chapters: MarkdownEntry<DaChapterData>[];
  tips: MarkdownEntry<DaTipData>[];
  terms: Entry<{ definition: string; translates?: string }>[];
  journey?: { title: string; description: string; steps: Record<string, string>; translates?: string };
  tasks?: Record<string, string | undefined> & { translates?: string };
  guide?: DaGuide;
}
export const DANISH_FOLDER = DANISH_DIR;
export const MUNICIPALITIES_FILE = 'journey/municipalities.yaml';

/** Folders in guide/ that are not phases. */
export const GUIDE_SPECIAL_FOLDERS = { tips: 'tips', professionals: 'professionals', pages: 'pages' } as const;
const MARKDOWN_EXTENSIONS = new Set(['.md', '.mdx']);

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Characters a reader cannot see, which could hide a word from the checks (for example a zero-width space inside "NemID"). */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/**
 * Reads a content file as UTF-8 text. Only regular files inside the content root are read: a symbolic link (which
 * could point anywhere on the machine) is refused, as are characters a reader cannot see.
 */
function readUtf8(abs: string, file: string, issues: ContentIssue[], root: string): string | undefined {
  const info = lstatSync(abs);
  const real = info.isSymbolicLink() ? undefined : realpathSync(abs);
  if (!info.isFile() || !real || relative(realpathSync(root), real).startsWith('..')) {
    issues.push({
      file,
      message: info.isSymbolicLink() ? 'is a symbolic link' : 'is not a regular file inside the content folder',
      hint: 'replace it with the file itself: content is read only from ordinary files in guide/, glossary/ and journey/',
      severity: 'error',
    });
    return undefined;
  }
  const bytes = readFileSync(abs);
  try {
    const text = decoder.decode(bytes);
    const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const hidden = INVISIBLE.exec(clean);
    if (hidden) {
      const line = clean.slice(0, hidden.index).split('\n').length;
      const code = `U+${hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      issues.push({
        file,
        line,
        message: `contains an invisible character (${code})`,
        hint: 'delete it: retype the word around it (it can come from copying text from a web page or a PDF)',
        severity: 'error',
      });
      return undefined;
    }
    return clean;
  } catch {
    // Decode leniently: the first replacement character marks the first invalid byte.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n').length;
    issues.push({
      file,
      line,
      message: 'is not valid UTF-8 text',
      hint: 'save the file as UTF-8 in your editor ("Save with encoding" → UTF-8)',
      severity: 'error',
    });
    return undefined;
  }
}

function listFiles(dir: string, exts: Set<string>): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(
      (name) =>
        !name.startsWith('.') &&
        !name.startsWith('_') &&
        exts.has(extname(name)) &&
        (lstatSync(join(dir, name)).isSymbolicLink() || statSync(join(dir, name)).isFile()),
    )
    .sort();
}

/**
 * Files in a content folder that would be ignored or published under a wrong address: another extension (".markdown",
 * ".MD", ".txt"), a name with capitals or spaces, or a folder inside the folder. Each is an error that says what the
 * name should be, instead of being silently skipped.
 */
export function misnamedEntries(dir: string, relDir: string, exts: Set<string>): ContentIssue[] {
  if (!existsSync(dir)) return [];
  const issues: ContentIssue[] = [];
  const wanted = [...exts][0]!;
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const file = `${relDir}/${name}`;
    const abs = join(dir, name);
    if (lstatSync(abs).isDirectory()) {
      issues.push({
        file: `${file}/`,
        message: 'is a folder inside a content folder; nothing in it is read',
        hint: `move its files into ${relDir}/ itself`,
        severity: 'error',
      });
      continue;
    }
    const ext = extname(name);
    const stem = name.slice(0, name.length - ext.length);
    const suggested = `${stem
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}${wanted}`;
    if (!exts.has(ext)) {
      const looksLikeContent = /^\.(md|markdown|mdown|mdx|ya?ml|txt)$/i.test(ext);
      if (looksLikeContent)
        issues.push({
          file,
          message: `has the extension "${ext}", so it is not read`,
          hint: `rename it to ${suggested}`,
          severity: 'error',
        });
    } else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stem)) {
      issues.push({
        file,
        message: 'the file name must be lower-case letters, digits and hyphens (it becomes the page address)',
        hint: `rename it to ${suggested}`,
        severity: 'error',
      });
    }
  }
  return issues;
}

export function slugFromFile(file: string): string {
  return basename(file).replace(/\.(mdx?|ya?ml)$/, '');
}

/** Loads and schema-validates all content under `root`. Never throws for bad content: problems are returned as issues. */
export function loadContent(root: string): RawContent {
  const issues: ContentIssue[] = [];
  const vocabLines = new Map<string, (f: FieldPath | undefined) => number | undefined>();
  const rel = (abs: string) => relative(root, abs).split('\\').join('/');

  function loadYamlFile<S extends z.ZodType>(path: string, schema: S, fallback: z.output<S>): z.output<S> {
    const abs = join(root, path);
    if (!existsSync(abs)) {
      issues.push({
        file: path,
        message: 'is missing',
        hint: 'restore the file from git: it is part of the controlled vocabulary',
        severity: 'error',
      });
      return fallback;
    }
    const text = readUtf8(abs, path, issues, root);
    if (text === undefined) return fallback;
    const src = parseYamlSource(path, text);
    vocabLines.set(path, src.lineOf);
    if (src.issues.length) {
      issues.push(...src.issues);
      return fallback;
    }
    const result = schema.safeParse(src.data, { reportInput: true });
    if (!result.success) {
      for (const i of zodIssuesToContentIssues(path, result.error.issues))
        issues.push({ ...i, line: src.lineOf(i.field) });
      return fallback;
    }
    return result.data;
  }

  const authorities = loadYamlFile('journey/authorities.yaml', authoritiesFileSchema, []);
  const situations = loadYamlFile('journey/situations.yaml', situationsFileSchema, []);
  const phases = loadYamlFile('journey/phases.yaml', phasesFileSchema, []);
  const officialDomains = loadYamlFile('journey/official-domains.yaml', officialDomainsFileSchema, {
    domains: [],
    exceptions: [],
  });
  const journey = loadYamlFile('journey/steps.yaml', journeyFileSchema, { title: '', description: '', steps: [] });
  const householdChecklists: HouseholdChecklistsFile | undefined = loadYamlFile(
    'journey/household-checklists.yaml',
    householdChecklistsFileSchema.optional(),
    undefined,
  );
  // site.yaml is optional: without it, the site has a placeholder address (releases refuse it) and the default review period.
  const settings = existsSync(join(root, SETTINGS_FILE))
    ? loadYamlFile(SETTINGS_FILE, siteSettingsSchema, { url: PLACEHOLDER_URL, ...DEFAULT_SETTINGS })
    : { url: PLACEHOLDER_URL, ...DEFAULT_SETTINGS };
  const danishAllowList = existsSync(join(root, 'journey/danish-allow-list.yaml'))
    ? loadYamlFile('journey/danish-allow-list.yaml', danishAllowListSchema, [])
    : [];

  const municipalities = existsSync(join(root, MUNICIPALITIES_FILE))
    ? loadYamlFile(MUNICIPALITIES_FILE, municipalitiesFileSchema, [])
    : [];

  function loadMarkdown<S extends z.ZodType>(abs: string, schema: S): MarkdownEntry<z.output<S>> | undefined {
    const file = rel(abs);
    const text = readUtf8(abs, file, issues, root);
    if (text === undefined) return undefined;
    const src = parseMarkdownSource(file, text);
    if (src.issues.length) {
      issues.push(...src.issues);
      return undefined;
    }
    const result = schema.safeParse(src.data ?? {}, { reportInput: true });
    if (!result.success) {
      for (const i of zodIssuesToContentIssues(file, result.error.issues))
        issues.push({ ...i, line: src.lineOf(i.field) });
      return undefined;
    }
    return {
      slug: slugFromFile(file),
      file,
      data: result.data,
      lineOf: src.lineOf,
      body: src.body,
      bodyLine: src.bodyLine,
      text,
    };
  }

  const guideDir = join(root, 'guide');
  const tasks: TaskEntry[] = [];
  const unreadable: RawContent['unreadable'] = { tasks: [], terms: [] };
  const tips: MarkdownEntry<TipData>[] = [];
  const chapters: MarkdownEntry<ChapterData>[] = [];
  const sitePages: MarkdownEntry<SitePageData>[] = [];
  const phaseIds = new Set(phases.map((p) => p.id));
  if (existsSync(guideDir)) {
    for (const folder of readdirSync(guideDir).sort()) {
      const dir = join(guideDir, folder);
      if (lstatSync(dir).isSymbolicLink()) {
        issues.push({
          file: `${rel(dir)}/`,
          message: 'is a symbolic link',
          hint: 'content is read only from ordinary folders inside guide/',
          severity: 'error',
        });
        continue;
      }
      if (!statSync(dir).isDirectory()) {
        if (MARKDOWN_EXTENSIONS.has(extname(folder))) {
          issues.push({
            file: rel(dir),
            message: 'is not inside a phase folder',
            hint: `move it into one of: ${[...phaseIds].map((p) => `guide/${p}/`).join(', ')}`,
            severity: 'error',
          });
        }
        continue;
      }
      issues.push(...misnamedEntries(dir, rel(dir), MARKDOWN_EXTENSIONS));
      const files = listFiles(dir, MARKDOWN_EXTENSIONS)
        .filter((f) => /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/.test(f))
        .map((f) => join(dir, f));
      if (folder === GUIDE_SPECIAL_FOLDERS.tips) {
        for (const f of files) {
          const e = loadMarkdown(f, tipSchema);
          if (e) tips.push(e);
        }
      } else if (folder === GUIDE_SPECIAL_FOLDERS.professionals) {
        for (const f of files) {
          const e = loadMarkdown(f, chapterSchema);
          if (e) chapters.push(e);
        }
      } else if (folder === GUIDE_SPECIAL_FOLDERS.pages) {
        for (const f of files) {
          const e = loadMarkdown(f, sitePageSchema);
          if (e) sitePages.push(e);
        }
      } else if (phaseIds.has(folder)) {
        for (const f of files) {
          const e = loadMarkdown(f, taskSchema);
          if (e) tasks.push({ ...e, phase: folder });
          else unreadable.tasks.push({ slug: slugFromFile(rel(f)), file: rel(f) });
        }
      } else if (phases.length) {
        issues.push({
          file: `guide/${folder}/`,
          message: `"${folder}" is not a phase`,
          hint: `phase folders are: ${[...phaseIds].join(', ')} (see journey/phases.yaml)`,
          severity: 'error',
        });
      }
    }
  } else {
    issues.push({ file: 'guide/', message: 'the guide folder is missing', severity: 'error' });
  }

  /** One YAML file per entry in a folder, validated against `schema`. */
  function loadYamlFolder<S extends z.ZodType>(
    folder: string,
    schema: S,
    failed: UnreadableFile[] = [],
  ): Entry<z.output<S>>[] {
    const out: Entry<z.output<S>>[] = [];
    issues.push(...misnamedEntries(join(root, folder), folder, new Set(['.yaml', '.yml'])));
    for (const name of listFiles(join(root, folder), new Set(['.yaml', '.yml'])).filter((f) =>
      /^[a-z0-9]+(?:-[a-z0-9]+)*\.ya?ml$/.test(f),
    )) {
      const file = `${folder}/${name}`;
      const entry = loadYamlEntry(file, schema);
      if (entry) out.push(entry);
      else failed.push({ slug: slugFromFile(file), file });
    }
    return out;
  }
  /** One entry's YAML file, validated against `schema`; undefined (with its issues reported) when it cannot be read. */
  function loadYamlEntry<S extends z.ZodType>(file: string, schema: S): Entry<z.output<S>> | undefined {
    const text = readUtf8(join(root, file), file, issues, root);
    if (text === undefined) return undefined;
    const src = parseYamlSource(file, text);
    if (src.issues.length) {
      issues.push(...src.issues);
      return undefined;
    }
    const result = schema.safeParse(src.data ?? {}, { reportInput: true });
    if (!result.success) {
      for (const i of zodIssuesToContentIssues(file, result.error.issues))
        issues.push({ ...i, line: src.lineOf(i.field) });
      return undefined;
    }
    return { slug: slugFromFile(file), file, data: result.data, lineOf: src.lineOf };
  }
  const terms = loadYamlFolder('glossary', termSchema, unreadable.terms);
  const selfServices = loadYamlFolder('journey/self-service', selfServiceSchema);

  // The Danish edition, when there is a da/ folder.
  let danish: RawDanish | undefined;
  const daDir = join(root, DANISH_FOLDER);
  if (existsSync(daDir)) {
    const markdownIn = <S extends z.ZodType>(folder: string, schema: S) => {
      const dir = join(daDir, folder);
      issues.push(...misnamedEntries(dir, `${DANISH_FOLDER}/${folder}`, MARKDOWN_EXTENSIONS));
      return listFiles(dir, MARKDOWN_EXTENSIONS)
        .filter((f) => /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/.test(f))
        .flatMap((f) => loadMarkdown(join(dir, f), schema) ?? []);
    };
    const optionalFile = <S extends z.ZodType>(name: string, schema: S) =>
      existsSync(join(daDir, name))
        ? loadYamlFile(`${DANISH_FOLDER}/${name}`, schema.optional(), undefined)
        : undefined;
    danish = {
      chapters: markdownIn('professionals', daChapterSchema),
      tips: markdownIn('tips', daTipSchema),
      terms: loadYamlFolder(`${DANISH_FOLDER}/glossary`, daTermSchema),
      journey: optionalFile('journey.yaml', daJourneySchema),
      tasks: optionalFile('tasks.yaml', daTasksSchema) as RawDanish['tasks'],
      guide: optionalFile('guide.yaml', daGuideSchema),
    };
  }

  return {
    root,
    settings,
    authorities,
    situations,
    phases,
    officialDomains,
    tasks,
    tips,
    chapters,
    sitePages,
    terms,
    journey,
    householdChecklists,
    selfServices,
    danish,
    danishAllowList,
    municipalities,
    issues,
    unreadable,
    lineOf: (file, field) => vocabLines.get(file)?.(field),
  };
}
