/**
 * The form editor's storage: Decap CMS's local-backend protocol (POST /api/v1 with an action), on the editor's own
 * checkout. Unlike decap-server, a save never rewrites a whole file: it is merged into the original (merge.ts),
 * validated with the build's own checks (validateContent) and written only if valid, in one step (write + rename).
 * A save that changes a task's deadline or fee answers with the places that still state the old value (factDrift).
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { loadContent } from '../content/load.ts';
import { formatIssue, type ContentIssue } from '../content/errors.ts';
import { validateContent } from '../validate.ts';
import { cmsCollections, jsonSchemaOf, kindOfPath, listKeyOf, vocabularies, type CmsCollection } from './config.ts';
import { asFormList, asFormText, mergeFile, newFile, parseSaved, splitMarkdown } from './merge.ts';
import { driftWarnings, factChanges } from '../checks/fact-drift.ts';
import { CONTENT_ENTRIES } from '../content/layout.ts';
import { parse, stringify } from 'yaml';
import {
  ADDRESS_PATTERN,
  answersOf,
  DANISH_TITLES_FILE,
  formExtras,
  formPathOf,
  formToRule,
  HOUSEHOLD_FILE,
  sameRules,
  taskIndex,
  titlesFingerprint,
  withDanishTitle,
  withFormExtras,
  withRules,
} from './task-extras.ts';
import type { HouseholdChecklistsFile } from '../schemas/checklist.ts';
import type { FieldPath } from '../content/errors.ts';

/** An error of a refused save, for the form: the file's issue and, when known, the field of the form it is in. */
export interface SaveIssue extends ContentIssue {
  formPath?: FieldPath;
}

export interface ApiResult {
  status: number;
  json: unknown;
}
/** The content folders and files copied for a trial validation of a save. */

export class EditBackend {
  readonly root: string;
  private queue: Promise<unknown> = Promise.resolve();
  constructor(root: string) {
    this.root = resolve(root);
  }

  collections(): CmsCollection[] {
    return cmsCollections(vocabularies(loadContent(this.root)));
  }

  /** A path inside the content that a collection edits, or an error naming it. */
  private check(path: unknown, collections = this.collections()): { rel: string; abs: string } {
    if (
      typeof path !== 'string' ||
      !path ||
      path.includes('\\') ||
      path.startsWith('/') ||
      path.split('/').some((p) => p === '..' || p === '' || p.startsWith('.'))
    ) {
      throw new ApiError(400, `"${String(path)}" is not a path inside the content`);
    }
    if (!kindOfPath(path, collections)) throw new ApiError(403, `${path}: the form editor does not edit this file`);
    const abs = join(this.root, path);
    let dir = dirname(abs);
    while (!existsSync(dir)) dir = dirname(dir);
    if (relative(realpathSync(this.root), realpathSync(dir)).startsWith('..'))
      throw new ApiError(403, `${path}: is outside the content`);
    if (existsSync(abs) && (lstatSync(abs).isSymbolicLink() || !lstatSync(abs).isFile()))
      throw new ApiError(403, `${path}: is not an ordinary file`);
    return { rel: path, abs };
  }

  private entry(
    rel: string,
    collections: CmsCollection[],
    label?: string,
    side = this.sideFiles(),
  ): { data: string | null; file: { path: string; label?: string; id: string | null } } {
    const abs = join(this.root, rel);
    if (!existsSync(abs)) return { data: null, file: { path: rel, label, id: null } };
    const bytes = readFileSync(abs);
    const kind = kindOfPath(rel, collections);
    const text = bytes.toString('utf8');
    const listKey = kind && listKeyOf(kind.title);
    let data = listKey
      ? asFormList(text, listKey)
      : kind
        ? asFormText(text, jsonSchemaOf(kind.schema), rel.endsWith('.md'))
        : text;
    // A task's form also shows its address, household rules and Danish title, which live in other files.
    if (kind?.title === 'Task')
      data = withFormExtras(data, formExtras(basename(rel, '.md'), side.household, side.danish));
    return { data, file: { path: rel, label, id: createHash('sha256').update(bytes).digest('hex') } };
  }

  /** The household rules and the Danish titles, as they are now (undefined when a file is missing or unreadable). */
  private sideFiles(): {
    household?: HouseholdChecklistsFile;
    danish?: Record<string, unknown>;
    householdText?: string;
    danishText?: string;
  } {
    const read = (rel: string) =>
      existsSync(join(this.root, rel)) ? readFileSync(join(this.root, rel), 'utf8') : undefined;
    const householdText = read(HOUSEHOLD_FILE);
    const danishText = read(DANISH_TITLES_FILE);
    const safe = (t: string | undefined): unknown => {
      try {
        return t === undefined ? undefined : ((parse(t) as unknown) ?? undefined);
      } catch {
        return undefined;
      }
    };
    return {
      household: safe(householdText) as HouseholdChecklistsFile | undefined,
      danish: safe(danishText) as Record<string, unknown> | undefined,
      householdText,
      danishText,
    };
  }

  /** Handles one request of the protocol. Saves run one at a time. */
  handle(body: unknown): Promise<ApiResult> {
    const run = this.queue.then(() => this.dispatch(body));
    this.queue = run.catch(() => undefined);
    return run.catch((e: unknown) =>
      e instanceof ApiError
        ? { status: e.status, json: { error: e.message } }
        : { status: 500, json: { error: e instanceof Error ? e.message : String(e) } },
    );
  }

  private dispatch(body: unknown): ApiResult {
    const { action, params = {} } = (body ?? {}) as { action?: string; params?: Record<string, unknown> };
    switch (action) {
      case 'info':
        return { status: 200, json: { repo: basename(this.root), publish_modes: ['simple'], type: 'local_fs' } };
      case 'entriesByFolder': {
        const collections = this.collections();
        const folder = typeof params.folder === 'string' ? params.folder : '';
        const c = collections.find((x) => x.folder === folder);
        if (!c) throw new ApiError(403, `${folder}: the form editor does not edit this folder`);
        const dir = join(this.root, folder);
        const names = existsSync(dir)
          ? readdirSync(dir)
              .filter(
                (n) =>
                  !n.startsWith('.') &&
                  !n.startsWith('_') &&
                  n.endsWith(`.${typeof params.extension === 'string' ? params.extension : c.extension}`) &&
                  lstatSync(join(dir, n)).isFile(),
              )
              .sort()
          : [];
        const side = this.sideFiles();
        return { status: 200, json: names.map((n) => this.entry(`${folder}/${n}`, collections, undefined, side)) };
      }
      case 'entriesByFiles': {
        const collections = this.collections();
        const files = (params.files ?? []) as { path: string; label?: string }[];
        return {
          status: 200,
          json: files.map((f) => this.entry(this.check(f.path, collections).rel, collections, f.label)),
        };
      }
      case 'getEntry': {
        const collections = this.collections();
        return { status: 200, json: this.entry(this.check(params.path, collections).rel, collections) };
      }
      case 'persistEntry':
        return this.persist(params);
      case 'getMedia':
        return { status: 200, json: [] };
      case 'getDeployPreview':
        return { status: 200, json: null };
      case 'unpublishedEntries':
        return { status: 200, json: [] };
      case 'getMediaFile':
      case 'persistMedia':
      case 'deleteFile':
      case 'deleteFiles':
        throw new ApiError(
          422,
          'the form editor does not upload or delete files: do that in the folder, and commit it with Git',
        );
      default:
        throw new ApiError(422, `Unknown action ${String(action)}`);
    }
  }

  /** Merges, validates with the build's checks, and writes; or refuses with the build's messages and writes nothing. */
  private persist(params: Record<string, unknown>): ApiResult {
    const collections = this.collections();
    const dataFiles = (params.dataFiles ?? (params.entry ? [params.entry] : [])) as {
      path: string;
      raw: string;
      newPath?: string;
    }[];
    if (dataFiles.some((f) => f.newPath && f.newPath !== f.path))
      throw new ApiError(
        422,
        'renaming a file is not possible in the form editor: rename it in the folder (git mv), then check the references to it',
      );
    if ((params.assets as unknown[] | undefined)?.length)
      throw new ApiError(
        422,
        'the form editor does not upload files: put images in the folder and commit them with Git',
      );
    const writes: { rel: string; abs: string; text: string }[] = [];
    const refusals: SaveIssue[] = [];
    /** Where issues in the household file and da/tasks.yaml are in the form: per task saved. */
    const taskSlugs: string[] = [];
    const put = (rel: string, text: string) => {
      const abs = join(this.root, rel);
      const i = writes.findIndex((w) => w.rel === rel);
      if (i >= 0) writes[i] = { rel, abs, text };
      else if (!existsSync(abs) || readFileSync(abs, 'utf8') !== text) writes.push({ rel, abs, text });
    };
    for (const f of dataFiles) {
      const { rel, abs } = this.check(f.path, collections);
      const kind = kindOfPath(rel, collections)!;
      const schema = jsonSchemaOf(kind.schema);
      const markdown = rel.endsWith('.md');
      let raw = f.raw;
      if (kind.title === 'Task') {
        taskSlugs.push(basename(rel, '.md'));
        const split = this.taskExtras(rel, raw, collections, writes);
        raw = split.raw;
        refusals.push(...split.issues);
        for (const w of split.writes) put(w.rel, w.text);
      }
      const listKey = listKeyOf(kind.title);
      let text: string;
      try {
        text = existsSync(abs)
          ? mergeFile(readFileSync(abs, 'utf8'), raw, schema, markdown, listKey)
          : newFile(raw, schema, markdown, listKey);
      } catch (e) {
        throw new ApiError(422, `${rel}: ${e instanceof Error ? e.message : String(e)}`);
      }
      put(rel, text);
    }
    if (refusals.length) return refuse(refusals);
    if (!writes.length) return { status: 200, json: { message: 'nothing changed' } };
    // A changed deadline or fee: the baseline is every task's deadline and fee as the files are now, before the save.
    const baseline = this.factsChanged(writes) ? this.factBaseline() : undefined;
    const { errors: blocking, drift } = this.tryWrites(writes, new Set(dataFiles.map((f) => f.path)), baseline);
    if (blocking.length) {
      return refuse(
        blocking.map((i) => {
          const formPath = taskSlugs.map((slug) => formPathOf(i, slug)).find(Boolean);
          // An issue in a file the form saved is at the same field in the form (a list file's items: under its key).
          const own = dataFiles.some((f) => f.path === i.file);
          const listKey = own ? listKeyOf(kindOfPath(i.file, collections)?.title ?? '') : undefined;
          return {
            ...i,
            ...(formPath
              ? { formPath }
              : own && i.field
                ? { formPath: listKey ? [listKey, ...i.field] : i.field }
                : {}),
          };
        }),
      );
    }
    writeAll(writes);
    // Saved; a sentence elsewhere that still states the old value is a warning for the editor, not a refusal.
    const json: PersistedSave = { message: 'entry persisted', ...(drift.length ? { warnings: drift } : {}) };
    return { status: 200, json };
  }

  /** Whether a task file written by the save has another deadline or fee than it has on disk. */
  private factsChanged(writes: { rel: string; abs: string; text: string }[]): boolean {
    const facts = (text: string) => {
      try {
        const d = parse(splitMarkdown(text)?.frontMatter ?? '') as Record<string, unknown> | null;
        return JSON.stringify([d?.deadline, d?.fee]);
      } catch {
        return '';
      }
    };
    return writes.some(
      (w) =>
        /^guide\/[^/]+\/[^/]+\.md$/.test(w.rel) &&
        existsSync(w.abs) &&
        facts(readFileSync(w.abs, 'utf8')) !== facts(w.text),
    );
  }

  /** Every task's deadline and fee as the files are on disk. */
  private factBaseline(): Record<string, { deadline?: string; fee?: string }> {
    return Object.fromEntries(
      loadContent(this.root).tasks.map((t) => [t.slug, { deadline: t.data.deadline, fee: t.data.fee }]),
    );
  }

  /**
   * A task saved from the form: takes out the fields that are not in the task file (address, household, titleDa),
   * checks the address, and gives the new texts of the household file and da/tasks.yaml when they change.
   */
  private taskExtras(
    rel: string,
    savedRaw: string,
    collections: CmsCollection[],
    pending: { rel: string; text: string }[],
  ): { raw: string; issues: SaveIssue[]; writes: { rel: string; text: string }[] } {
    const saved = parseSaved(savedRaw, true);
    const { address, household, titleDa, ...data } = saved.data;
    const raw = `---\n${stringify(data, { lineWidth: 0 })}---\n${saved.body ?? ''}`;
    const slug = basename(rel, '.md');
    const phase = rel.split('/')[1]!;
    const isNew = !existsSync(join(this.root, rel));
    const issues: SaveIssue[] = [];
    const issue = (formPath: FieldPath, message: string, hint?: string, file = rel) =>
      issues.push({ file, field: formPath, formPath, message, severity: 'error', ...(hint ? { hint } : {}) });
    const phases = collections.filter((c) => c.name.startsWith('tasks-')).map((c) => c.name.slice('tasks-'.length));
    const index = taskIndex(this.root, phases);

    // The address is the file name: chosen before the first save, a Git operation afterwards.
    const addr = typeof address === 'string' ? address.trim() : '';
    if (isNew) {
      if (!addr) issue(['address'], 'is required: the page address (lower-case a-z, 0-9 and hyphens)');
      else if (!new RegExp(ADDRESS_PATTERN).test(addr))
        issue(
          ['address'],
          `"${addr}" is not a page address: use lower-case letters a-z, digits and hyphens, for example "register-your-bike"`,
        );
      else if (index.has(addr))
        issue(
          ['address'],
          `"${addr}" is already the address of guide/${index.get(addr)!.phase}/${addr}.md: choose another`,
        );
      else if (addr !== slug)
        issue(['address'], `the file would be called ${slug}.md, not ${addr}.md: choose an address that is not taken`);
    } else if (addr && addr !== slug) {
      issue(
        ['address'],
        `the address of a saved task cannot be changed in the form ("${slug}"): rename the file with git mv (docs/editing-with-forms.md)`,
      );
    }

    const side = this.sideFiles();
    const read = (file: string, text: string | undefined) => pending.find((w) => w.rel === file)?.text ?? text;
    const writes: { rel: string; text: string }[] = [];
    // The household rules: journey/household-checklists.yaml, under tasks:, this task's lines only.
    const householdText = read(HOUSEHOLD_FILE, side.householdText);
    if (Array.isArray(household) || isNew) {
      const answers = answersOf(side.household);
      const rules = (Array.isArray(household) ? household : [])
        .filter((r) => r && typeof r === 'object')
        .map((r) => formToRule(r as Record<string, unknown>, answers));
      if (!rules.length)
        issue(
          ['household'],
          "needs at least one rule: who the task is for and when (a task that is in no household's checklist stops the build)",
        );
      else if (householdText === undefined || !side.household)
        issue(
          ['household'],
          `${HOUSEHOLD_FILE} is missing or cannot be read: fix it in a text editor first`,
          undefined,
          HOUSEHOLD_FILE,
        );
      else if (!sameRules(side.household.tasks?.[slug], rules, answers)) {
        try {
          writes.push({
            rel: HOUSEHOLD_FILE,
            text: withRules(householdText, slug, rules, (s) => (s === slug ? phase : index.get(s)?.phase), phase),
          });
        } catch (e) {
          issue(['household'], e instanceof Error ? e.message : String(e), undefined, HOUSEHOLD_FILE);
        }
      }
    }
    // The Danish title: da/tasks.yaml, keyed by the address. Restamped when the titles were up to date and this one is translated now.
    const da = typeof titleDa === 'string' ? titleDa.trim().replace(/\s+/g, ' ') : '';
    const danishText = read(DANISH_TITLES_FILE, side.danishText);
    if (da && danishText !== undefined) {
      const titles = Object.fromEntries(
        [...index].filter(([, t]) => t.title !== undefined).map(([s, t]) => [s, t.title!]),
      );
      const before = titlesFingerprint(titles);
      const oldEnglish = titles[slug];
      if (typeof data.title === 'string') titles[slug] = data.title;
      const current = typeof side.danish?.translates === 'string' && side.danish.translates === before;
      const translatedNow = isNew || oldEnglish === data.title || side.danish?.[slug] !== da;
      try {
        const text = withDanishTitle(
          danishText,
          slug,
          da,
          phase,
          current && translatedNow ? titlesFingerprint(titles) : undefined,
        );
        if (text !== danishText) writes.push({ rel: DANISH_TITLES_FILE, text });
      } catch (e) {
        issue(['titleDa'], e instanceof Error ? e.message : String(e), undefined, DANISH_TITLES_FILE);
      }
    } else if (isNew && !da && danishText !== undefined) {
      issue(['titleDa'], "is required: the task's title in Danish, for the Danish pages");
    }
    return { raw, issues, writes };
  }

  /**
   * Validates the content as it would be after the writes, on a copy: the errors in the saved files, and any error
   * elsewhere that the content did not have before (a save can break another file, for example a reference).
   */
  trial(writes: { rel: string; text: string }[], own?: Set<string>): ContentIssue[] {
    return this.tryWrites(writes, own).errors;
  }

  /**
   * The trial validation, and with a `baseline` of facts (every task's deadline and fee before the save) the places
   * that still state a changed deadline or fee (src/lib/checks/fact-drift.ts), each with the change it is about.
   */
  private tryWrites(
    writes: { rel: string; text: string }[],
    own?: Set<string>,
    baseline?: Record<string, { deadline?: string; fee?: string }>,
  ): { errors: ContentIssue[]; drift: DriftWarning[] } {
    const copy = mkdtempSync(join(tmpdir(), 'mtd-cms-'));
    try {
      for (const e of CONTENT_ENTRIES)
        if (existsSync(join(this.root, e))) cpSync(join(this.root, e), join(copy, e), { recursive: true });
      for (const w of writes) writeFileSync(join(copy, w.rel), w.text);
      const after = validateContent(copy).errors;
      // The files the form saved; the household file and da/tasks.yaml, written with a task, count as elsewhere.
      const saved = own ?? new Set(writes.map((w) => w.rel));
      const elsewhere = after.filter((i) => !saved.has(i.file));
      let errors = after;
      if (elsewhere.length) {
        const key = (i: ContentIssue) => `${i.file}\n${i.field?.join('.') ?? ''}\n${i.message}`;
        const before = new Set(validateContent(this.root).errors.map(key));
        errors = after.filter((i) => saved.has(i.file) || !before.has(key(i)));
      }
      return { errors, drift: !errors.length && baseline ? factDrift(loadContent(copy), baseline) : [] };
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
}

/** A place that still states the old value of a deadline or fee the save changed: a warning, with the change and the fix. */
export interface DriftWarning {
  file: string;
  line?: number;
  message: string;
  hint?: string;
  text: string;
  /** The sentence that states the old value. */
  sentence: string;
  task: string;
  title: string;
  field: 'deadline' | 'fee';
  before: string;
  after?: string;
  /** What to write instead of the number, so the text always shows the field. */
  fix: string;
}

/**
 * driftWarnings(rawAfter, baseline), change by change, so each warning names the task, the field, the old and new
 * value and the fix (`:deadline[biometrics]`).
 */
export function factDrift(
  rawAfter: ReturnType<typeof loadContent>,
  baseline: Record<string, { deadline?: string; fee?: string }>,
): DriftWarning[] {
  const changes = factChanges(
    baseline,
    rawAfter.tasks.map((t) => ({ slug: t.slug, title: t.data.title, deadline: t.data.deadline, fee: t.data.fee })),
  );
  return changes.flatMap((c) =>
    driftWarnings(rawAfter, { [c.slug]: { [c.field]: c.before } }).map((w) => ({
      file: w.file,
      line: w.line,
      message: w.message,
      hint: w.hint,
      text: formatIssue(w),
      sentence: /^"([\s\S]*)" still says /.exec(w.message)?.[1] ?? w.message,
      task: c.slug,
      title: c.title,
      field: c.field,
      before: c.before,
      after: c.after,
      fix: `:${c.field}[${c.slug}]`,
    })),
  );
}

/** An issue of a refused save as the server answers it (JSON): the issue, its field in the form, and the build's text of it. */
export interface RefusedIssue extends Pick<SaveIssue, 'file' | 'line' | 'field' | 'formPath' | 'message' | 'hint'> {
  text: string;
}
/** The answer to a refused save (status 422); the browser code (src/cms/editor.ts) shows `issues` in its error box. */
export interface RefusedSave {
  error: string;
  issues: RefusedIssue[];
}
/** The answer to a save that went through; the browser code shows `warnings` in its box of warnings. */
export interface PersistedSave {
  message: string;
  warnings?: DriftWarning[];
}

/** A refused save: a short text for Decap's own message, and the issues, each with its field in the form. */
function refuse(issues: SaveIssue[]): ApiResult {
  const json: RefusedSave = {
    error: `Ikke gemt: ${issues.length} fejl, de samme som npm run check:content giver. Intet er skrevet.\n${issues.map(formatIssue).join('\n')}`,
    issues: issues.map((i) => ({
      file: i.file,
      line: i.line,
      field: i.field,
      formPath: i.formPath,
      message: i.message,
      hint: i.hint,
      text: formatIssue(i),
    })),
  };
  return { status: 422, json };
}

/**
 * Writes all the files or none: every new text to a temporary file beside its file first, then the renames; if a
 * rename fails, the files already renamed get their old text back.
 */
function writeAll(writes: { abs: string; text: string }[]): void {
  const staged = writes.map((w) => ({
    ...w,
    tmp: join(dirname(w.abs), `.${basename(w.abs)}.${process.pid}.tmp`),
    old: existsSync(w.abs) ? readFileSync(w.abs) : undefined,
  }));
  try {
    for (const w of staged) writeFileSync(w.tmp, w.text);
  } catch (e) {
    for (const w of staged) rmSync(w.tmp, { force: true });
    throw e;
  }
  const done: typeof staged = [];
  try {
    for (const w of staged) {
      renameSync(w.tmp, w.abs);
      done.push(w);
    }
  } catch (e) {
    for (const w of done) {
      if (w.old) writeFileSync(w.abs, w.old);
      else rmSync(w.abs, { force: true });
    }
    for (const w of staged) rmSync(w.tmp, { force: true });
    throw e;
  }
}

export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}
