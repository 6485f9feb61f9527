/** The JSON API (src/lib/api/): every file matches the JSON Schema generated beside it, ids refer to each other, and a violation fails. */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate.ts';
import { apiDocuments, apiJson, apiJsonSchema, API_FILES } from '../../src/lib/api/files.ts';
import { apiTasksSchema } from '../../src/lib/api/schemas.ts';
import type { ApiContext } from '../../src/lib/api/build.ts';
import { jsonSchemaValidator, schemaErrors } from '../helpers/json-schema.ts';

const { model } = validateContent(process.cwd());
const ctx: ApiContext = {
  site: 'https://guide.test',
  edition: { id: '2026-Q4', date: '2026-11-23', draft: false },
  editions: [
    { id: '2026-Q3', date: '2026-08-01', dir: '/nowhere', notes: '', pending: false, pdf: 'guide-2026-Q3.pdf' },
  ],
};
const docs = apiDocuments(model, ctx);
const json = (name: string) => JSON.parse(docs.get(`${name}.json`)!) as Record<string, any>;
const schema = (name: string) => JSON.parse(docs.get(`${name}.schema.json`)!) as Record<string, unknown>;
const names = [...docs.keys()].filter((k) => !k.endsWith('.schema.json')).map((k) => k.replace(/\.json$/, ''));

describe('the API files', () => {
  it('are the data files of the registry and the index, each with a schema beside it', () => {
    expect(names.sort()).toEqual([...API_FILES.map((f) => f.name), 'index'].sort());
    for (const n of names) expect(docs.has(`${n}.schema.json`), n).toBe(true);
  });

  it.each(names)('%s.json is valid against its JSON Schema (draft 2020-12, Ajv strict)', (name) => {
    const s = schema(name);
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toBe(`https://guide.test/api/v1/${name}.schema.json`);
    expect(schemaErrors(jsonSchemaValidator(), s, json(name))).toEqual([]);
  });

  it('lists every file with the addresses of its data and schema in the index', () => {
    const index = json('index');
    expect(index.files.map((f: { name: string }) => f.name)).toEqual(API_FILES.map((f) => f.name));
    expect(index.files[0]).toMatchObject({
      url: 'https://guide.test/api/v1/tasks.json',
      schema: 'https://guide.test/api/v1/tasks.schema.json',
    });
    expect(index.edition).toEqual(ctx.edition);
  });

  it('uses stable ids (slugs) that resolve across the files', () => {
    const tasks = new Set(json('tasks').tasks.map((t: { slug: string }) => t.slug));
    expect([...tasks]).toEqual(model.tasks.map((t) => t.slug));
    const services = new Set(json('self-service').selfServices.map((s: { id: string }) => s.id));
    const situations = new Set(json('situations').situations.map((s: { id: string }) => s.id));
    const steps = new Set(json('journey').journey.steps.map((s: { id: string }) => s.id));
    const missing: string[] = [];
    const need = (set: Set<unknown>, id: string, where: string) => {
      if (!set.has(id)) missing.push(`${where}: ${id}`);
    };
    for (const t of json('tasks').tasks) {
      for (const p of t.prerequisites) for (const s of p.anyOf) need(tasks, s, `${t.slug} prerequisite`);
      for (const s of t.selfServices) need(services, s, `${t.slug} self-service`);
      if (t.selfService) need(services, t.selfService, `${t.slug} selfService`);
      for (const s of t.situations) need(situations, s, `${t.slug} situation`);
    }
    for (const s of json('self-service').selfServices) for (const t of s.tasks) need(tasks, t, `${s.id} task`);
    for (const s of json('situations').situations) for (const t of s.tasks) need(tasks, t, `situation ${s.id}`);
    for (const s of json('journey').journey.steps) {
      need(tasks, s.task, `step ${s.id}`);
      for (const d of s.dependsOn) for (const id of d.anyOf) need(steps, id, `step ${s.id} dependsOn`);
    }
    for (const h of json('checklists').checklists.households)
      for (const i of h.items) need(tasks, i.task, `household ${h.id}`);
    expect(missing).toEqual([]);
  });

  it("resolves each task's authority name and keeps its deadline, sources and prerequisites", () => {
    const cpr = json('tasks').tasks.find((t: { slug: string }) => t.slug === 'cpr-number');
    const task = model.tasks.find((t) => t.slug === 'cpr-number')!;
    expect(cpr.authority).toEqual({ id: task.authority, name: model.authorities.get(task.authority)!.name });
    expect(cpr.deadline).toBe(task.deadline ?? null);
    expect(cpr.sources).toEqual(task.sources.map((s) => ({ ...s, quote: s.quote ?? null })));
    expect(cpr.sources.every((s: { quote?: unknown }) => 'quote' in s)).toBe(true);
    expect(cpr.prerequisites.flatMap((p: { anyOf: string[] }) => p.anyOf).sort()).toEqual(
      task.prerequisites.flatMap((p) => (typeof p === 'string' ? [p] : p.anyOf)).sort(),
    );
    expect(cpr.url).toBe('https://guide.test/tasks/cpr-number/');
  });

  it('gives every household its tasks in an order that keeps the prerequisites', () => {
    const { households } = json('checklists').checklists;
    expect(households).toHaveLength(model.household!.checklists.length);
    expect(new Set(households.map((h: { id: string }) => h.id)).size).toBe(households.length);
    const prereqs = new Map<string, string[]>(
      json('tasks').tasks.map((t: { slug: string; prerequisites: { anyOf: string[] }[] }) => [
        t.slug,
        t.prerequisites.flatMap((p) => p.anyOf),
      ]),
    );
    const late: string[] = [];
    for (const h of households) {
      const at = new Map<string, number>(h.items.map((i: { task: string }, n: number) => [i.task, n]));
      for (const [n, i] of (h.items as { task: string; who: string[]; why: string[] }[]).entries()) {
        expect(i.who.length * i.why.length).toBeGreaterThan(0);
        for (const p of prereqs.get(i.task) ?? [])
          if ((at.get(p) ?? -1) > n) late.push(`${h.id}: ${i.task} before ${p}`);
      }
    }
    expect(late).toEqual([]);
  });

  it('lists the editions with absolute addresses', () => {
    expect(json('editions').editions).toEqual([
      {
        id: '2026-Q3',
        date: '2026-08-01',
        url: 'https://guide.test/editions/2026-Q3/',
        pdf: 'https://guide.test/editions/2026-Q3/guide-2026-Q3.pdf',
        poster: null,
      },
    ]);
  });
});

describe('a violation fails', () => {
  const ajv = jsonSchemaValidator();
  const tasksSchema = schema('tasks');
  const broken = (change: (task: Record<string, any>) => void) => {
    const data = json('tasks');
    change(data.tasks[0]);
    return schemaErrors(ajv, tasksSchema, data);
  };

  it('the JSON Schema rejects a missing authority name, a bad slug, an unknown field, a bad date and a wrong type', () => {
    expect(
      broken((t) => {
        delete t.authority.name;
      }),
    ).toEqual([expect.stringMatching(/^\/tasks\/0\/authority: must have required property 'name'/)]);
    expect(
      broken((t) => {
        t.slug = 'CPR Number';
      }).join(),
    ).toMatch(/\/tasks\/0\/slug: must match pattern/);
    expect(
      broken((t) => {
        t.colour = 'red';
      }).join(),
    ).toMatch(/must NOT have additional properties/);
    expect(
      broken((t) => {
        t.lastReviewed = '20 November 2026';
      }).join(),
    ).toMatch(/\/tasks\/0\/lastReviewed: must match/);
    expect(
      broken((t) => {
        t.officialLink.url = 'not a url';
      }).join(),
    ).toMatch(/officialLink\/url: must match format "uri"/);
    expect(
      broken((t) => {
        t.deadline = undefined;
      }).join(),
    ).toMatch(/must have required property 'deadline'/);
    expect(
      broken((t) => {
        t.optional = 'no';
      }).join(),
    ).toMatch(/\/tasks\/0\/optional: must be boolean/);
  });

  it('the build refuses data that does not match its zod schema, naming the file and the field', () => {
    const data = json('tasks');
    data.tasks[1].authority = 'digst';
    expect(() => apiJson('tasks', apiTasksSchema, data)).toThrow(
      /\/api\/v1\/tasks\.json does not match its schema: tasks\.1\.authority/,
    );
    expect(() => apiJson('tasks', apiTasksSchema, json('tasks'))).not.toThrow();
  });

  it('the generated schema of a new file is strict too', () => {
    const s = apiJsonSchema(
      API_FILES.find((f) => f.name === 'situations')!,
      'https://guide.test',
    );
    const data = json('situations');
    data.situations[0].tasks = 'cpr-number';
    expect(schemaErrors(jsonSchemaValidator(), s, data).join()).toMatch(/\/situations\/0\/tasks: must be array/);
  });
});
