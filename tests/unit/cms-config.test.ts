/**
 * The form editor's configuration is generated from the zod schemas and the vocabularies: these tests fail when the
 * forms and the schemas disagree (a field missing, a required flag or an allowed value different), and show that a
 * new authority or field needs no edit of the configuration.
 */
import { mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FILE_KINDS } from '../../src/lib/schemas/reference.ts';
import {
  cmsCollections,
  cmsConfig,
  fieldFor,
  fieldsFor,
  jsonSchemaOf,
  listKeyOf,
  NOT_IN_FORMS,
  PLACES,
  TASK_FORM_ONLY_FIELDS,
  vocabularies,
  type CmsField,
  type JsonSchema,
  type Vocabularies,
} from '../../src/lib/cms/config.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { slug, isoDate } from '../../src/lib/schemas/common.ts';
import { taskSchema } from '../../src/lib/schemas/task.ts';
import { copyFixtureContent, FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

const vocab = vocabularies(loadContent(FIXTURE_CONTENT));

/** Every field path of a JSON Schema object, nested objects and lists of objects included. */
function schemaPaths(s: JsonSchema, prefix = ''): string[] {
  return Object.entries(s.properties ?? {}).flatMap(([k, v]) => {
    const obj =
      v.type === 'object'
        ? v
        : v.type === 'array' && v.items?.type === 'object'
          ? v.items
          : v.anyOf?.find((a) => a.type === 'object' && a.properties);
    // A list whose items are ids or { anyOf: [...] } is one pick-list in the form.
    const pickList = v.type === 'array' && v.items?.anyOf;
    return [`${prefix}${k}`, ...(obj?.properties && !pickList ? schemaPaths(obj, `${prefix}${k}.`) : [])];
  });
}
function formPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...(f.fields ? formPaths(f.fields, `${prefix}${f.name}.`) : [])]);
}
function findField(fields: CmsField[], path: string): CmsField | undefined {
  const [head, ...rest] = path.split('.');
  const f = fields.find((x) => x.name === head);
  return rest.length ? findField(f?.fields ?? [], rest.join('.')) : f;
}

describe('the form editor configuration', () => {
  it('covers every kind of content file, or says why a text editor is needed for it', () => {
    for (const kind of FILE_KINDS) expect(kind.title in PLACES || kind.title in NOT_IN_FORMS, kind.title).toBe(true);
    for (const title of [...Object.keys(PLACES), ...Object.keys(NOT_IN_FORMS)])
      expect(FILE_KINDS.map((k) => k.title)).toContain(title);
  });

  it('has a form field for every field of every schema it edits, and no other field', () => {
    const collections = cmsCollections(vocab);
    for (const title of Object.keys(PLACES)) {
      const kind = FILE_KINDS.find((k) => k.title === title)!;
      const c = collections.find((x) => x.meta_kind === title)!;
      // The task form also has fields stored elsewhere (TASK_FORM_ONLY_FIELDS): declared, and never a field of the task file.
      const elsewhere = title === 'Task' ? Object.keys(TASK_FORM_ONLY_FIELDS) : [];
      const fields = (c.fields ?? c.files![0]!.fields).filter((f) => f.name !== 'body' && !elsewhere.includes(f.name));
      const json = jsonSchemaOf(kind.schema);
      // A file that is a list at its top level (journey/authorities.yaml): one list field, whose fields are the items' fields.
      const listKey = listKeyOf(title);
      expect(!!listKey, `${title}: a list file needs a list key, and only a list file has one`).toBe(
        kind.list === true,
      );
      const expected = listKey ? [listKey, ...schemaPaths(json.items!, `${listKey}.`)] : schemaPaths(json);
      expect(formPaths(fields).sort(), title).toEqual(expected.sort());
      if (listKey)
        expect(fields[0]).toMatchObject({ name: listKey, widget: 'list', required: true, min: json.minItems });
      for (const name of elsewhere) {
        expect(schemaPaths(jsonSchemaOf(kind.schema)), name).not.toContain(name);
        expect(
          (c.fields ?? []).map((f) => f.name),
          name,
        ).toContain(name);
      }
    }
  });

  it('starts a new entry without hidden list items (issue #31): every list begins empty', () => {
    const walk = (fields: CmsField[]): CmsField[] => fields.flatMap((f) => [f, ...walk(f.fields ?? [])]);
    for (const c of cmsCollections(vocab)) {
      for (const f of walk(c.fields ?? c.files!.flatMap((x) => x.fields))) {
        if (f.widget === 'list' && f.name !== 'household') expect(f.default, `${c.name}: ${f.name}`).toEqual([]);
      }
    }
    // The household rule of a new task is one visible, suggested rule the editor confirms: for you, every answer.
    const household = cmsCollections(vocab)
      .find((c) => c.name.startsWith('tasks-'))!
      .fields!.find((f) => f.name === 'household')!;
    expect(household).toMatchObject({ widget: 'list', min: 1, collapsed: false });
    expect(household.default).toEqual([
      {
        who: ['you'],
        citizenship: vocab.answers!.citizenship.map((o) => o.value),
        reason: vocab.answers!.reason.map((o) => o.value),
        children: [],
      },
    ]);
  });

  it('marks a field required exactly when the schema requires it without a default', () => {
    const fields = fieldsFor('Task', jsonSchemaOf(taskSchema), taskSchema, vocab);
    const json = jsonSchemaOf(taskSchema);
    for (const f of fields) {
      const prop = json.properties![f.name]!;
      expect(f.required, f.name).toBe((json.required ?? []).includes(f.name) && prop.default === undefined);
    }
    expect(findField(fields, 'lastReviewed')!.required).toBe(true);
    expect(findField(fields, 'deadline')!.required).toBe(false);
  });

  it('gives pick-lists of what exists for authorities, situations, phases, prerequisites, related terms, self-service ids and journey steps', () => {
    const collections = cmsCollections(vocab);
    const task = collections.find((c) => c.name.startsWith('tasks-'))!.fields!;
    const values = (f: CmsField | undefined) => (f?.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));
    expect(values(findField(task, 'authority'))).toEqual(vocab.authorities.map((a) => a.value));
    expect(values(findField(task, 'help.authority'))).toEqual(vocab.authorities.map((a) => a.value));
    expect(findField(task, 'situations')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(values(findField(task, 'prerequisites'))).toEqual(vocab.tasks.map((t) => t.value));
    expect(values(findField(task, 'selfService'))).toEqual(vocab.selfServices.map((t) => t.value));
    const term = collections.find((c) => c.name === 'glossary')!.fields!;
    expect(values(findField(term, 'related'))).toEqual(vocab.terms.map((t) => t.value));
    const domains = collections.find((c) => c.name === 'official-domains')!.files![0]!.fields;
    expect(values(findField(domains, 'domains.authority'))).toEqual(vocab.authorities.map((a) => a.value));
    const steps = collections.find((c) => c.name === 'journey')!.files![0]!.fields;
    expect(values(findField(steps, 'steps.dependsOn'))).toEqual(vocab.steps.map((s) => s.value));
    expect(values(findField(steps, 'steps.phase'))).toEqual(vocab.phases.map((p) => p.value));
    // One collection of tasks per phase, from journey/phases.yaml.
    expect(collections.filter((c) => c.name.startsWith('tasks-')).map((c) => c.folder)).toEqual(
      vocab.phases.map((p) => `guide/${p.value}`),
    );
  });

  it('offers an authority added to journey/authorities.yaml with no other edit', () => {
    const root = mkdtempSync(join(tmpdir(), 'mtd-cms-config-'));
    try {
      copyFixtureContent(root);
      appendFileSync(join(root, 'journey/authorities.yaml'), '\n- id: new-agency\n  name: New Agency\n');
      const config = cmsConfig(vocabularies(loadContent(root)));
      const task = config.collections.find((c) => c.name.startsWith('tasks-'))!.fields!;
      expect(findField(task, 'authority')!.options).toContainEqual({
        label: 'New Agency (new-agency)',
        value: 'new-agency',
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('shows a new schema field in the form with no edit of the configuration', () => {
    const schema = taskSchema.extend({ reviewer: z.string().optional().describe('Who reviewed it.') });
    const fields = fieldsFor('Task', jsonSchemaOf(schema), schema, vocab);
    expect(findField(fields, 'reviewer')).toEqual({
      name: 'reviewer',
      label: 'reviewer',
      widget: 'string',
      required: false,
      hint: 'Who reviewed it.',
    });
  });

  it("uses the schema's allowed values, formats and the build's own messages", () => {
    const fields = fieldsFor('Task', jsonSchemaOf(taskSchema), taskSchema, vocab);
    expect(findField(fields, 'help.kind')).toMatchObject({
      widget: 'select',
      options: ['in-person', 'phone', 'online'],
    });
    expect(findField(fields, 'lastReviewed')).toMatchObject({
      widget: 'datetime',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      pattern: ['^\\d{4}-\\d{2}-\\d{2}$', isoDate.safeParse('20-11-2026').error!.issues[0]!.message],
    });
    expect(findField(fields, 'officialLink.url')!.pattern![1]).toBe(
      'must start with https:// (plain http is not allowed)',
    );
    expect(findField(fields, 'summary')!.pattern![1]).toBe('must be one line (at most 200 characters)');
    expect(findField(fields, 'order')).toMatchObject({ widget: 'number', value_type: 'int', min: 0 });
    expect(findField(fields, 'optional')).toMatchObject({ widget: 'boolean', default: false, required: false });
    const v: Vocabularies = { ...vocab, authorities: [] };
    const id = fieldFor('Task', 'x', jsonSchemaOf(slug), slug, true, v);
    expect(id.pattern).toEqual([
      '^[a-z0-9]+(?:-[a-z0-9]+)*$',
      'must be lower-case letters, digits and hyphens, for example "cpr-number"',
    ]);
    const self = cmsCollections(vocab).find((c) => c.name === 'self-service')!.fields!;
    expect(findField(self, 'needsCpr')).toMatchObject({ widget: 'select', options: ['true', 'false', 'unknown'] });
  });

  it('is a configuration Decap CMS starts with: our own server as the backend, in Danish, nothing from other origins', () => {
    const config = cmsConfig(vocab);
    expect(config).toMatchObject({
      load_config_file: false,
      backend: { name: 'proxy', proxy_url: '/api/v1' },
      locale: 'da',
    });
    expect(JSON.stringify(config)).not.toContain('meta_kind');
  });
});
