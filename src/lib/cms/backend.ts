/**
 * The form editor's storage: Decap CMS's local-backend protocol (POST /api/v1 with an action), on the editor's own
 * checkout. Unlike decap-server, a save never rewrites a whole file: it is merged into the original (merge.ts),
 * validated with the build's own checks (validateContent) and written only if valid, in one step (write + rename).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { loadContent } from '../content/load.ts';
import { formatIssue, type ContentIssue } from '../content/errors.ts';
import { validateContent } from '../validate.ts';
import { cmsCollections, jsonSchemaOf, kindOfPath, vocabularies, type CmsCollection } from './config.ts';
import { asFormText, mergeFile, newFile } from './merge.ts';
import { CONTENT_ENTRIES } from '../content/layout.ts';

export interface ApiResult { status: number; json: unknown }
/** The content folders and files copied for a trial validation of a save. */

export class EditBackend {
  readonly root: string;
  private queue: Promise<unknown> = Promise.resolve();
  constructor(root: string) { this.root = resolve(root); }

  collections(): CmsCollection[] { return cmsCollections(vocabularies(loadContent(this.root))); }

  /** A path inside the content that a collection edits, or an error naming it. */
  private check(path: unknown, collections = this.collections()): { rel: string; abs: string } {
    if (typeof path !== 'string' || !path || path.includes('\\') || path.startsWith('/') || path.split('/').some((p) => p === '..' || p === '' || p.startsWith('.'))) {
      throw new ApiError(400, `"${String(path)}" is not a path inside the content`);
    }
    if (!kindOfPath(path, collections)) throw new ApiError(403, `${path}: the form editor does not edit this file`);
    const abs = join(this.root, path);
    let dir = dirname(abs);
    while (!existsSync(dir)) dir = dirname(dir);
    if (relative(realpathSync(this.root), realpathSync(dir)).startsWith('..')) throw new ApiError(403, `${path}: is outside the content`);
    if (existsSync(abs) && (lstatSync(abs).isSymbolicLink() || !lstatSync(abs).isFile())) throw new ApiError(403, `${path}: is not an ordinary file`);
    return { rel: path, abs };
  }

  private entry(rel: string, collections: CmsCollection[], label?: string): { data: string | null; file: { path: string; label?: string; id: string | null } } {
    const abs = join(this.root, rel);
    if (!existsSync(abs)) return { data: null, file: { path: rel, label, id: null } };
    const bytes = readFileSync(abs);
    const kind = kindOfPath(rel, collections);
    const text = bytes.toString('utf8');
    return { data: kind ? asFormText(text, jsonSchemaOf(kind.schema), rel.endsWith('.md')) : text, file: { path: rel, label, id: createHash('sha256').update(bytes).digest('hex') } };
  }

  /** Handles one request of the protocol. Saves run one at a time. */
  handle(body: unknown): Promise<ApiResult> {
    const run = this.queue.then(() => this.dispatch(body));
    this.queue = run.catch(() => undefined);
    return run.catch((e: unknown) => (e instanceof ApiError ? { status: e.status, json: { error: e.message } } : { status: 500, json: { error: e instanceof Error ? e.message : String(e) } }));
  }

  private async dispatch(body: unknown): Promise<ApiResult> {
    const { action, params = {} } = (body ?? {}) as { action?: string; params?: Record<string, unknown> };
    switch (action) {
      case 'info': return { status: 200, json: { repo: basename(this.root), publish_modes: ['simple'], type: 'local_fs' } };
      case 'entriesByFolder': {
        const collections = this.collections();
        const folder = String(params.folder ?? '');
        const c = collections.find((x) => x.folder === folder);
        if (!c) throw new ApiError(403, `${folder}: the form editor does not edit this folder`);
        const dir = join(this.root, folder);
        const names = existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith('.') && !n.startsWith('_') && n.endsWith(`.${String(params.extension ?? c.extension)}`) && lstatSync(join(dir, n)).isFile()).sort() : [];
        return { status: 200, json: names.map((n) => this.entry(`${folder}/${n}`, collections)) };
      }
      case 'entriesByFiles': {
        const collections = this.collections();
        const files = (params.files ?? []) as { path: string; label?: string }[];
        return { status: 200, json: files.map((f) => this.entry(this.check(f.path, collections).rel, collections, f.label)) };
      }
      case 'getEntry': { const collections = this.collections(); return { status: 200, json: this.entry(this.check(params.path, collections).rel, collections) }; }
      case 'persistEntry': return this.persist(params);
      case 'getMedia': return { status: 200, json: [] };
      case 'getDeployPreview': return { status: 200, json: null };
      case 'unpublishedEntries': return { status: 200, json: [] };
      case 'getMediaFile': case 'persistMedia': case 'deleteFile': case 'deleteFiles':
        throw new ApiError(422, 'the form editor does not upload or delete files: do that in the folder, and commit it with Git');
      default: throw new ApiError(422, `Unknown action ${String(action)}`);
    }
  }

  /** Merges, validates with the build's checks, and writes; or refuses with the build's messages and writes nothing. */
  private async persist(params: Record<string, unknown>): Promise<ApiResult> {
    const collections = this.collections();
    const dataFiles = (params.dataFiles ?? (params.entry ? [params.entry] : [])) as { path: string; raw: string; newPath?: string }[];
    if (dataFiles.some((f) => f.newPath && f.newPath !== f.path)) throw new ApiError(422, 'renaming a file is not possible in the form editor: rename it in the folder (git mv), then check the references to it');
    if ((params.assets as unknown[] | undefined)?.length) throw new ApiError(422, 'the form editor does not upload files: put images in the folder and commit them with Git');
    const writes: { rel: string; abs: string; text: string }[] = [];
    for (const f of dataFiles) {
      const { rel, abs } = this.check(f.path, collections);
      const kind = kindOfPath(rel, collections)!;
      const schema = jsonSchemaOf(kind.schema);
      const markdown = rel.endsWith('.md');
      let text: string;
      try {
        text = existsSync(abs) ? mergeFile(readFileSync(abs, 'utf8'), f.raw, schema, markdown) : newFile(f.raw, schema, markdown);
      } catch (e) {
        throw new ApiError(422, `${rel}: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (!existsSync(abs) || readFileSync(abs, 'utf8') !== text) writes.push({ rel, abs, text });
    }
    if (!writes.length) return { status: 200, json: { message: 'nothing changed' } };
    const blocking = this.trial(writes);
    if (blocking.length) {
      return { status: 422, json: { error: `Not saved: ${blocking.length} content error(s), the same as npm run check:content gives.\n${blocking.map(formatIssue).join('\n')}` } };
    }
    for (const w of writes) {
      const tmp = join(dirname(w.abs), `.${basename(w.abs)}.${process.pid}.tmp`);
      writeFileSync(tmp, w.text);
      renameSync(tmp, w.abs);
    }
    return { status: 200, json: { message: 'entry persisted' } };
  }

  /**
   * Validates the content as it would be after the writes, on a copy: the errors in the saved files, and any error
   * elsewhere that the content did not have before (a save can break another file, for example a reference).
   */
  trial(writes: { rel: string; text: string }[]): ContentIssue[] {
    const copy = mkdtempSync(join(tmpdir(), 'mtd-cms-'));
    try {
      for (const e of CONTENT_ENTRIES) if (existsSync(join(this.root, e))) cpSync(join(this.root, e), join(copy, e), { recursive: true });
      for (const w of writes) writeFileSync(join(copy, w.rel), w.text);
      const after = validateContent(copy).errors;
      const saved = new Set(writes.map((w) => w.rel));
      const elsewhere = after.filter((i) => !saved.has(i.file));
      if (!elsewhere.length) return after;
      const key = (i: ContentIssue) => `${i.file}\n${i.field?.join('.') ?? ''}\n${i.message}`;
      const before = new Set(validateContent(this.root).errors.map(key));
      return after.filter((i) => saved.has(i.file) || !before.has(key(i)));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
}

export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) { super(message); this.status = status; }
}
