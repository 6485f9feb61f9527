/** The published JSON API in dist/api/v1/: every data file validates against the JSON Schema published beside it. */
import { beforeAll, describe, expect, it } from 'vitest';
import { distFiles, read, requireDist } from '../helpers/dist.ts';
import { siteUrl } from '../../src/lib/site.ts';
import { jsonSchemaValidator, schemaErrors } from '../helpers/json-schema.ts';

beforeAll(requireDist);
const api = () => distFiles((p) => p.startsWith('api/v1/') && p.endsWith('.json'));
const dataFiles = () => api().filter((p) => !p.endsWith('.schema.json'));

describe('the JSON API in dist/', () => {
  it('has an index, tasks, glossary, journey, self-service, situations, checklists and editions, each with its schema', () => {
    const files = dataFiles().map((p) => p.slice('api/v1/'.length));
    for (const name of [
      'index',
      'tasks',
      'glossary',
      'journey',
      'self-service',
      'situations',
      'checklists',
      'editions',
    ])
      expect(files).toContain(`${name}.json`);
    for (const f of dataFiles()) expect(api(), f).toContain(f.replace(/\.json$/, '.schema.json'));
  });

  it('validates every /api/v1/*.json against its schema (Ajv, draft 2020-12)', () => {
    const ajv = jsonSchemaValidator();
    const problems: string[] = [];
    for (const f of dataFiles()) {
      const schema = JSON.parse(read(f.replace(/\.json$/, '.schema.json'))) as Record<string, unknown>;
      expect(schema.$id, f).toBe(`${siteUrl()}/${f.replace(/\.json$/, '.schema.json')}`);
      problems.push(...schemaErrors(ajv, schema, JSON.parse(read(f))).map((e) => `${f} ${e}`));
    }
    expect(dataFiles().length).toBeGreaterThanOrEqual(8);
    expect(problems).toEqual([]);
  });

  it('lists exactly the published files in the index, at their public addresses', () => {
    const index = JSON.parse(read('api/v1/index.json')) as { files: { name: string; url: string; schema: string }[] };
    const published = dataFiles()
      .filter((f) => f !== 'api/v1/index.json')
      .map((f) => `${siteUrl()}/${f}`)
      .sort();
    expect(index.files.map((f) => f.url).sort()).toEqual(published);
    for (const f of index.files) expect(api()).toContain(f.schema.slice(siteUrl().length + 1));
  });
});
