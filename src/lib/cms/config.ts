/**
 * The form editor's configuration (Decap CMS), generated from the same zod schemas the build validates against
 * (FILE_KINDS in src/lib/schemas/reference.ts) and from the content's vocabularies (authorities, situations, phases,
 * tasks, glossary terms, self-service solutions, journey steps). Nothing here repeats a field, an allowed value or a
 * message: a new field in a schema, or a new authority in journey/authorities.yaml, appears in the forms without an edit.
 */
import { z } from 'zod';
import { FILE_KINDS, type FileKind } from '../schemas/reference.ts';
import type { RawContent } from '../content/load.ts';
import { PEOPLE } from '../schemas/checklist.ts';
import { ADDRESS_PATTERN, defaultFormRule, HOUSEHOLD_FILE, TASK_FORM_ONLY_FIELDS } from './task-extras.ts';

export { TASK_FORM_ONLY_FIELDS };

/** The JSON Schema subset zod writes (z.toJSONSchema) that the generator reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
  description?: string;
  additionalProperties?: unknown;
}

export interface Option {
  label: string;
  value: string;
}
/** The pick-lists, read from the content each time the editor loads its configuration. */
export interface Vocabularies {
  authorities: Option[];
  situations: Option[];
  phases: Option[];
  tasks: Option[];
  terms: Option[];
  selfServices: Option[];
  steps: Option[];
  /** The answers of the household checklist's questions (journey/household-checklists.yaml), for a task's household rules. */
  answers?: { citizenship: Option[]; reason: Option[]; children: Option[] };
}

/** A Decap CMS field (only the options this generator writes). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: (Option | string)[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  modes?: string[];
  sanitize_preview?: boolean;
  /** Not Decap's: the addresses already taken (the "task-address" widget of src/cms/editor.ts). */
  taken?: string[];
}
export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  extension?: string;
  format: string;
  create?: boolean;
  delete?: boolean;
  identifier_field?: string;
  slug?: string;
  summary?: string;
  fields?: CmsField[];
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  sortable_fields?: string[];
  /** Not Decap's: which FILE_KINDS entry the collection edits (the server validates and merges with its schema). */
  meta_kind?: string;
}

/** Where each kind of file lives, for the forms. Every FILE_KINDS entry is either here or in NOT_IN_FORMS (tested). */
interface Place {
  name: string;
  label: string;
  folder?: string;
  file?: string;
  markdown?: boolean;
  identifier?: string;
  create?: boolean;
  /** A file that is a list at its top level: the form shows the list under this name (the server wraps and unwraps it). */
  list?: string;
}
export const PLACES: Record<string, Place | 'per-phase'> = {
  Task: 'per-phase',
  'Glossary term': { name: 'glossary', label: 'Glossary', folder: 'glossary', identifier: 'english', create: true },
  'Self-service solution': {
    name: 'self-service',
    label: 'Self-service solutions',
    folder: 'journey/self-service',
    identifier: 'nameEn',
    create: true,
  },
  'Tip for professionals': {
    name: 'tips',
    label: 'Tips for professionals',
    folder: 'guide/tips',
    markdown: true,
    create: true,
  },
  'Chapter for professionals': {
    name: 'professionals',
    label: 'Chapters for professionals',
    folder: 'guide/professionals',
    markdown: true,
  },
  'Site page': { name: 'pages', label: 'Site pages', folder: 'guide/pages', markdown: true },
  'Danish edition: a chapter': {
    name: 'da-professionals',
    label: 'Dansk: kapitler',
    folder: 'da/professionals',
    markdown: true,
  },
  'Danish edition: a tip': { name: 'da-tips', label: 'Dansk: tips', folder: 'da/tips', markdown: true },
  'Danish edition: a glossary definition': {
    name: 'da-glossary',
    label: 'Dansk: ordliste',
    folder: 'da/glossary',
    identifier: 'definition',
  },
  'Site settings': { name: 'site', label: 'Site settings', file: 'site.yaml' },
  'The journey': { name: 'journey', label: 'The journey', file: 'journey/steps.yaml' },
  'Official domains': { name: 'official-domains', label: 'Official domains', file: 'journey/official-domains.yaml' },
  'Authorities and ICS centres': {
    name: 'authorities',
    label: 'Authorities and ICS centres',
    file: 'journey/authorities.yaml',
    list: 'authorities',
  },
};
/** Kinds of file the forms leave to a text editor, and why. */
export const NOT_IN_FORMS: Record<string, string> = {
  Situations:
    'its ids are the answers of every "situations" field, changed rarely and with the tasks that use them (a list file could be a form like the authorities: PLACES with `list`)',
  Phases:
    'each phase is a folder of tasks in the forms: a new phase is a new folder, made in a text editor and with Git',
  'Household checklists':
    'the questions are edited in the file; each task\'s rules are in the task form (field "household", TASK_FORM_ONLY_FIELDS)',
  'Danish edition: the journey': 'its step texts are keyed by step id, which the form editor cannot edit',
  'Danish edition: task titles':
    'as a whole file it is keyed by task slug; each task\'s Danish title is in the task form (field "titleDa")',
  'Danish edition: fixed texts': 'its texts are keyed by id, which the form editor cannot edit',
};

/** The name under which the form shows a file that is a list at its top level (journey/authorities.yaml), or undefined. */
export function listKeyOf(kindTitle: string): string | undefined {
  const place = PLACES[kindTitle];
  return typeof place === 'object' ? place.list : undefined;
}

/**
 * Relation fields: pick-lists of what exists. A field name that always means the same vocabulary is matched by
 * name; the others by `kind title:path`.
 */
type PickList = Exclude<keyof Vocabularies, 'answers'>;
const BY_NAME: Record<string, PickList> = { authority: 'authorities', situations: 'situations', phase: 'phases' };
const BY_PATH: Record<string, PickList> = {
  'Task:prerequisites': 'tasks',
  'Task:selfService': 'selfServices',
  'Glossary term:related': 'terms',
  'Self-service solution:tasks': 'tasks',
  'The journey:steps[].dependsOn': 'steps',
  'The journey:steps[].task': 'tasks',
};
export function relationOf(kind: string, path: string): PickList | undefined {
  return BY_PATH[`${kind}:${path}`] ?? BY_NAME[path.split('.').pop()!.replace('[]', '')];
}

/** Long texts get a text area; the rest a one-line field. */
const LONG_TEXT = new Set([
  'definition',
  'description',
  'note',
  'quote',
  'do',
  'dont',
  'summary',
  'lead',
  'reuse',
  'historyNote',
]);
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** The pick-lists, from loaded content. */
export function vocabularies(raw: RawContent): Vocabularies {
  const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'en');
  return {
    authorities: raw.authorities.map((a) => ({ label: `${a.name} (${a.id})`, value: a.id })).sort(byLabel),
    situations: raw.situations.map((s) => ({ label: `${s.name} (${s.id})`, value: s.id })),
    phases: raw.phases.map((p) => ({ label: `${p.name} (${p.id})`, value: p.id })),
    tasks: raw.tasks.map((t) => ({ label: `${t.data.title} (${t.slug})`, value: t.slug })).sort(byLabel),
    terms: raw.terms.map((t) => ({ label: `${t.data.english} (${t.slug})`, value: t.slug })).sort(byLabel),
    selfServices: raw.selfServices.map((s) => ({ label: `${s.data.nameEn} (${s.slug})`, value: s.slug })).sort(byLabel),
    steps: raw.journey.steps.map((s) => ({ label: `${s.label} (${s.id})`, value: s.id })),
    ...(raw.householdChecklists ? { answers: answerOptions(raw.householdChecklists.questions) } : {}),
  };
}

function answerOptions(
  q: NonNullable<RawContent['householdChecklists']>['questions'],
): NonNullable<Vocabularies['answers']> {
  const opts = (list: { id: string; label: string }[]) =>
    list.map((a) => ({ label: `${a.label} (${a.id})`, value: a.id }));
  return { citizenship: opts(q.citizenship.answers), reason: opts(q.reason.answers), children: opts(q.children.ages) };
}

/**
 * The task form's fields that are not in the task file (TASK_FORM_ONLY_FIELDS): the Danish title, the page address
 * (new tasks: chosen before the first save; then read-only) and the household rules. The server stores them in
 * da/tasks.yaml, the file name and journey/household-checklists.yaml.
 */
export function taskFormOnlyFields(vocab: Vocabularies): { titleDa: CmsField; address: CmsField; household: CmsField } {
  const answers = vocab.answers ?? { citizenship: [], reason: [], children: [] };
  const ids = {
    citizenship: answers.citizenship.map((o) => o.value),
    reason: answers.reason.map((o) => o.value),
    children: answers.children.map((o) => o.value),
  };
  return {
    titleDa: {
      name: 'titleDa',
      label: 'titleDa',
      widget: 'string',
      required: true,
      hint: "Opgavens titel på dansk (da/tasks.yaml). The task's title in Danish, for the Danish pages.",
    },
    address: {
      name: 'address',
      label: 'address',
      widget: 'task-address',
      required: true,
      taken: vocab.tasks.map((t) => t.value),
      pattern: [
        ADDRESS_PATTERN,
        'must be lower-case letters a-z, digits 0-9 and hyphens, for example "register-your-bike"',
      ],
      hint: 'Sidens adresse: /tasks/<adresse>/ og filnavnet guide/<fase>/<adresse>.md. Små bogstaver a-z, tal 0-9 og bindestreger; den må ikke være brugt. Den foreslås ud fra titlen og kan ændres indtil første gang, du gemmer; derefter kun med git mv (docs/editing-with-forms.md).',
    },
    household: {
      name: 'household',
      label: 'household',
      widget: 'list',
      required: true,
      min: 1,
      collapsed: false,
      summary: '{{fields.who}}: {{fields.why}}',
      default: [defaultFormRule({ citizenship: ids.citizenship, reason: ids.reason, children: ids.children })],
      hint: `Hvem opgaven er for, og hvornår (${HOUSEHOLD_FILE}): den står på tjeklisten for de husstande, en regel passer på. Forslaget er "dig, alle svar"; ret det, og skriv hvorfor. Who the task is for and when: the household checklists that list it.`,
      fields: [
        {
          name: 'who',
          label: 'who',
          widget: 'select',
          multiple: true,
          required: true,
          min: 1,
          options: [...PEOPLE],
          hint: 'Hvem: you (dig), partner, children (børn).',
        },
        {
          name: 'citizenship',
          label: 'citizenship',
          widget: 'select',
          multiple: true,
          required: false,
          options: answers.citizenship,
          hint: 'Statsborgerskab: alle valgt (eller ingen) = alle svar.',
        },
        {
          name: 'reason',
          label: 'reason',
          widget: 'select',
          multiple: true,
          required: false,
          options: answers.reason,
          hint: 'Grund til at flytte: alle valgt (eller ingen) = alle svar.',
        },
        {
          name: 'children',
          label: 'children',
          widget: 'select',
          multiple: true,
          required: false,
          options: answers.children,
          hint: 'Børnenes alder: ingen valgt = med eller uden børn; ellers kun husstande med børn i en af aldersgrupperne.',
        },
        {
          name: 'after',
          label: 'after',
          widget: 'select',
          required: false,
          options: vocab.tasks,
          hint: 'Valgfri: sæt opgaven lige efter denne opgave på tjeklisten.',
        },
        {
          name: 'why',
          label: 'why',
          widget: 'string',
          required: true,
          pattern: ['^[^\\n]{1,300}$', 'must be one sentence on one line'],
          hint: 'Hvorfor opgaven er på listen: én kort sætning (på engelsk), som læseren ser under opgaven.',
        },
      ],
    },
  };
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

type AnyZod = {
  _zod: {
    def: {
      type: string;
      innerType?: AnyZod;
      out?: AnyZod;
      in?: AnyZod;
      shape?: Record<string, AnyZod>;
      element?: AnyZod;
    };
  };
};
/** The zod schema under optional/default/preprocess wrappers. */
function unwrap(s: AnyZod | undefined): AnyZod | undefined {
  let cur = s;
  for (let i = 0; cur && i < 10; i++) {
    const d = cur._zod.def;
    if (d.innerType && ['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(d.type))
      cur = d.innerType;
    else if (d.type === 'pipe' && d.out) cur = d.out._zod.def.type === 'transform' ? d.in : d.out;
    else break;
  }
  return cur;
}
/** The schema of a field (`key`), or of a list's items (`key` is "[]"). */
function child(s: AnyZod | undefined, key: string): AnyZod | undefined {
  const u = unwrap(s);
  if (!u) return undefined;
  if (key === '[]') return u._zod.def.element;
  return u._zod.def.shape?.[key];
}

/** The message the build gives for a value, from the zod schema itself (one copy of every message). */
export function buildMessage(s: AnyZod | undefined, sample: unknown): string | undefined {
  if (!s) return undefined;
  const r = (s as unknown as z.ZodType).safeParse(sample);
  return r.success
    ? undefined
    : (r.error.issues.find((i) => i.code !== 'invalid_type')?.message ?? r.error.issues[0]?.message);
}

const isType = (j: JsonSchema, t: string) => j.type === t || (Array.isArray(j.type) && j.type.includes(t));

/** One form field from a JSON Schema property and its zod schema. */
export function fieldFor(
  kind: string,
  name: string,
  json: JsonSchema,
  zod: AnyZod | undefined,
  required: boolean,
  vocab: Vocabularies,
  path = name,
): CmsField {
  const base: CmsField = {
    name,
    label: name,
    widget: 'string',
    required,
    ...(json.description ? { hint: json.description } : {}),
  };
  const relation = relationOf(kind, path);
  if (relation) {
    const options = vocab[relation];
    if (isType(json, 'array')) {
      const hasChoice = json.items?.anyOf?.some((a) => isType(a, 'object'));
      return {
        ...base,
        widget: 'select',
        multiple: true,
        options,
        min: json.minItems,
        default: json.default ?? undefined,
        ...(hasChoice
          ? {
              hint: `${base.hint ?? ''} A choice of several ({ anyOf: [...] }) is kept as it is; change one in the file.`.trim(),
            }
          : {}),
      };
    }
    return { ...base, widget: 'select', options };
  }
  if (json.enum)
    return {
      ...base,
      widget: 'select',
      options: json.enum.map(String),
      ...(json.default !== undefined ? { default: json.default } : {}),
    };
  if (json.anyOf) {
    // A choice of fixed values, such as true, false or "unknown": a select; the server turns "true"/"false" back into booleans.
    const values = json.anyOf.flatMap(
      (a) => a.enum ?? (a.const !== undefined ? [a.const] : isType(a, 'boolean') ? [true, false] : []),
    );
    if (values.length) return { ...base, widget: 'select', options: values.map(String) };
    const obj = json.anyOf.find((a) => isType(a, 'object'));
    if (obj) return fieldFor(kind, name, { ...obj, description: json.description }, zod, required, vocab, path);
  }
  if (isType(json, 'boolean')) return { ...base, widget: 'boolean', default: json.default ?? false };
  if (isType(json, 'integer') || isType(json, 'number')) {
    return {
      ...base,
      widget: 'number',
      value_type: isType(json, 'integer') ? 'int' : 'float',
      ...(json.minimum !== undefined ? { min: json.minimum } : {}),
      ...(json.maximum !== undefined && json.maximum < 1e9 ? { max: json.maximum } : {}),
      ...(json.default !== undefined ? { default: json.default } : {}),
    };
  }
  if (isType(json, 'array')) {
    const items = json.items ?? {};
    const min = json.minItems ? { min: json.minItems } : {};
    // default []: Decap would otherwise start a new entry with one hidden, empty item (issue #31).
    if (isType(items, 'object') && items.properties) {
      return {
        ...base,
        widget: 'list',
        ...min,
        default: [],
        collapsed: true,
        fields: fieldsFor(kind, items, child(zod, '[]'), vocab, `${path}[].`),
        summary: summaryOf(items),
      };
    }
    return {
      ...base,
      widget: 'list',
      ...min,
      default: [],
      collapsed: false,
      field: fieldFor(kind, 'item', items, child(zod, '[]'), true, vocab, `${path}[]`),
    };
  }
  if (isType(json, 'object') && json.properties) {
    return { ...base, widget: 'object', collapsed: !required, fields: fieldsFor(kind, json, zod, vocab, `${path}.`) };
  }
  if (isType(json, 'string')) {
    const u = unwrap(zod);
    if (json.pattern === DATE_PATTERN) {
      return {
        ...base,
        widget: 'datetime',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        picker_utc: true,
        default: '',
        pattern: [DATE_PATTERN, buildMessage(u, '20-11-2026') ?? 'must be a date written as YYYY-MM-DD'],
      };
    }
    const widget = LONG_TEXT.has(name) ? 'text' : 'string';
    if (json.pattern)
      return { ...base, widget, pattern: [json.pattern, buildMessage(u, '!') ?? `must match ${json.pattern}`] };
    if (json.format === 'uri')
      return {
        ...base,
        widget,
        pattern: ['^https://\\S+$', buildMessage(u, 'http://example.org/') ?? 'must start with https://'],
      };
    if (json.maxLength !== undefined)
      return {
        ...base,
        widget,
        pattern: [
          `^[\\s\\S]{0,${json.maxLength}}$`,
          buildMessage(u, 'x'.repeat(json.maxLength + 1)) ?? `at most ${json.maxLength} characters`,
        ],
      };
    return { ...base, widget };
  }
  return base;
}

function summaryOf(items: JsonSchema): string | undefined {
  // An entry with a name and an id (an authority) is shown as the pick-lists show it: "Name (id)".
  if (items.properties?.name && items.properties.id) return '{{fields.name}} ({{fields.id}})';
  const first = Object.keys(items.properties ?? {}).find((k) => ['label', 'url', 'name', 'id', 'domain'].includes(k));
  return first ? `{{fields.${first}}}` : undefined;
}

/** The fields of an object schema, in the schema's order. */
export function fieldsFor(
  kind: string,
  json: JsonSchema,
  zod: AnyZod | undefined,
  vocab: Vocabularies,
  prefix = '',
): CmsField[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, prop]) =>
    fieldFor(
      kind,
      name,
      prop,
      child(zod, name),
      required.has(name) && prop.default === undefined,
      vocab,
      `${prefix}${name}`,
    ),
  );
}

const BODY: CmsField = {
  name: 'body',
  label: 'body',
  widget: 'markdown',
  required: false,
  modes: ['raw'],
  sanitize_preview: true,
  hint: "The page text in Markdown. Write :deadline (or :fee) where the text needs the field's value.",
};

function kindByTitle(title: string): FileKind {
  const k = FILE_KINDS.find((f) => f.title === title);
  if (!k) throw new Error(`src/lib/cms/config.ts: no kind of file called "${title}" in FILE_KINDS`);
  return k;
}

/** The collections of the form editor: one per kind of file (tasks: one per phase). */
export function cmsCollections(vocab: Vocabularies): CmsCollection[] {
  const out: CmsCollection[] = [];
  for (const [title, place] of Object.entries(PLACES)) {
    const kind = kindByTitle(title);
    const json = jsonSchemaOf(kind.schema);
    const fields = fieldsFor(title, json, kind.schema, vocab);
    if (place === 'per-phase') {
      const extra = taskFormOnlyFields(vocab);
      const taskFields = fields.flatMap((f) => (f.name === 'title' ? [f, extra.titleDa, extra.address] : [f]));
      for (const phase of vocab.phases) {
        out.push({
          name: `tasks-${phase.value}`,
          label: `Tasks: ${phase.label.replace(/ \([^)]*\)$/, '')}`,
          label_singular: 'Task',
          folder: `guide/${phase.value}`,
          extension: 'md',
          format: 'frontmatter',
          create: true,
          delete: false,
          identifier_field: 'title',
          slug: '{{fields.address}}',
          summary: '{{title}}',
          sortable_fields: ['order', 'title', 'lastReviewed'],
          fields: [...taskFields, extra.household, BODY],
          meta_kind: title,
        });
      }
    } else if (place.folder) {
      out.push({
        name: place.name,
        label: place.label,
        folder: place.folder,
        extension: place.markdown ? 'md' : 'yaml',
        format: place.markdown ? 'frontmatter' : 'yml',
        create: place.create ?? false,
        delete: false,
        identifier_field: place.identifier ?? 'title',
        slug: '{{slug}}',
        fields: place.markdown ? [...fields, BODY] : fields,
        meta_kind: title,
      });
    } else if (place.file) {
      // A list at the file's top level is one list field, named place.list, with the fields of its items.
      const fileFields = place.list ? [fieldFor(title, place.list, json, kind.schema, true, vocab)] : fields;
      out.push({
        name: place.name,
        label: place.label,
        format: 'yml',
        delete: false,
        meta_kind: title,
        files: [{ name: place.name, label: place.label, file: place.file, fields: fileFields }],
      });
    }
  }
  return out;
}

/** Where a content file's kind is: the collection that edits the path (the server validates and merges with its schema). */
export function kindOfPath(path: string, collections: CmsCollection[]): FileKind | undefined {
  for (const c of collections) {
    const hit = c.folder
      ? path.startsWith(`${c.folder}/`) &&
        !path.slice(c.folder.length + 1).includes('/') &&
        path.endsWith(`.${c.extension}`)
      : c.files?.some((f) => f.file === path);
    if (hit && c.meta_kind) return kindByTitle(c.meta_kind);
  }
  return undefined;
}

export interface CmsConfigOptions {
  siteUrl?: string;
  previewUrl?: string;
}

/** Decap CMS's configuration, as cmsConfig writes it. */
export interface CmsConfig {
  load_config_file: false;
  backend: { name: 'proxy'; proxy_url: string; branch: string };
  locale: string;
  media_folder: string;
  public_folder: string;
  site_url?: string;
  display_url?: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  editor: { preview: boolean };
  collections: Omit<CmsCollection, 'meta_kind'>[];
}
/** What the editor's server answers at /config.json (server.ts), for the browser code (src/cms/editor.ts). */
export interface EditorConfig extends CmsConfig {
  /** Not Decap's: the address of `npm run dev`, for the preview's link to the whole page (the browser code removes it before CMS.init). */
  preview_url?: string;
}

/** The whole configuration, for CMS.init({ config }). */
export function cmsConfig(vocab: Vocabularies, options: CmsConfigOptions = {}): CmsConfig {
  return {
    load_config_file: false,
    // Our own server (src/lib/cms/server.ts) speaks the local-backend protocol on the same origin.
    backend: { name: 'proxy', proxy_url: '/api/v1', branch: 'main' },
    locale: 'da',
    media_folder: 'public/images',
    public_folder: '/images',
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: true },
    collections: cmsCollections(vocab).map(({ meta_kind: _kind, ...c }) => c),
  };
}
