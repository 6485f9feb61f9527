/**
 * The files of the JSON API under /api/v1/: for each, its data (parsed with its zod schema, so a file that does not
 * match its schema stops the build) and its JSON Schema (generated from the same zod schema), plus the index.
 */
import { z } from 'zod';
import type { Model } from '../model.ts';
import {
  API_VERSION,
  apiChecklistsSchema,
  apiEditionsSchema,
  apiGlossarySchemaOf,
  apiIndexSchema,
  apiJourneySchema,
  apiSelfServicesSchema,
  apiSituationsSchema,
  apiTasksSchema,
} from './schemas.ts';
import {
  apiChecklists,
  apiEditions,
  apiGlossary,
  apiJourney,
  apiSelfServices,
  apiSituations,
  apiTasks,
  type ApiContext,
} from './build.ts';
import { siteSettings } from '../settings.ts';

export const API_BASE = `/api/${API_VERSION}/`;

export interface ApiFile {
  /** Stable name: the data is /api/v1/<name>.json, its schema /api/v1/<name>.schema.json. */
  name: string;
  title: string;
  schema: z.ZodType;
  /** The data, or undefined when the content has none (a tree without household checklists). */
  data: (model: Model, ctx: ApiContext) => unknown;
}

export const API_FILES: ApiFile[] = [
  {
    name: 'tasks',
    title: 'Every task, with its authority, deadline, prerequisites, sources and self-services',
    schema: apiTasksSchema,
    data: apiTasks,
  },
  {
    name: 'glossary',
    // Sized by site.yaml's glossarySize (25 for the guide), read when the files are made.
    get title() {
      return `The Top-${siteSettings().glossarySize} glossary`;
    },
    get schema() {
      return apiGlossarySchemaOf(siteSettings().glossarySize);
    },
    data: apiGlossary,
  },
  { name: 'journey', title: 'The ideal digital user journey', schema: apiJourneySchema, data: apiJourney },
  { name: 'self-service', title: 'The self-service map', schema: apiSelfServicesSchema, data: apiSelfServices },
  { name: 'situations', title: 'The situations and their tasks', schema: apiSituationsSchema, data: apiSituations },
  { name: 'checklists', title: 'The household checklists', schema: apiChecklistsSchema, data: apiChecklists },
  { name: 'editions', title: 'The published editions', schema: apiEditionsSchema, data: (_m, ctx) => apiEditions(ctx) },
];
export const INDEX: Pick<ApiFile, 'name' | 'title' | 'schema'> = {
  name: 'index',
  title: 'The index of the API',
  schema: apiIndexSchema,
};

export const dataUrl = (site: string, name: string) => `${site}${API_BASE}${name}.json`;
export const schemaUrl = (site: string, name: string) => `${site}${API_BASE}${name}.schema.json`;

/** The files this content has (all of them, less the household checklists when there are none). */
export function apiFilesFor(model: Model, ctx: ApiContext): { file: ApiFile; data: unknown }[] {
  return API_FILES.map((file) => ({ file, data: file.data(model, ctx) })).filter((f) => f.data !== undefined);
}

export function apiIndex(names: string[], ctx: ApiContext) {
  return {
    apiVersion: API_VERSION,
    edition: ctx.edition,
    reuse: siteSettings().reuse,
    files: names.map((name) => ({
      name,
      title: API_FILES.find((f) => f.name === name)!.title,
      url: dataUrl(ctx.site, name),
      schema: schemaUrl(ctx.site, name),
    })),
  };
}

/**
 * The published text of a data file: checked against its schema (an error names the file and the field) and written
 * without indentation (the files are for programs; the site serves them compressed).
 */
export function apiJson(name: string, schema: z.ZodType, data: unknown): string {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new Error(`${API_BASE}${name}.json does not match its schema: ${issues}`);
  }
  return `${JSON.stringify(parsed.data)}\n`;
}

/** The JSON Schema (draft 2020-12) of a file, generated from its zod schema, with its own address as $id. */
export function apiJsonSchema(file: Pick<ApiFile, 'name' | 'title' | 'schema'>, site: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(file.schema, { target: 'draft-2020-12', io: 'output' }) as Record<
    string,
    unknown
  >;
  return {
    $schema,
    $id: schemaUrl(site, file.name),
    title: `Moving to Denmark API ${API_VERSION}: ${file.title}`,
    ...rest,
  };
}

/** Every published file of the API: path below /api/v1/ → text. */
export function apiDocuments(model: Model, ctx: ApiContext): Map<string, string> {
  const out = new Map<string, string>();
  const files = apiFilesFor(model, ctx);
  for (const { file, data } of [
    ...files,
    {
      file: INDEX,
      data: apiIndex(
        files.map((f) => f.file.name),
        ctx,
      ),
    },
  ]) {
    out.set(`${file.name}.json`, apiJson(file.name, file.schema, data));
    out.set(`${file.name}.schema.json`, `${JSON.stringify(apiJsonSchema(file, ctx.site), null, 2)}\n`);
  }
  return out;
}
