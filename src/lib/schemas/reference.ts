/**
 * The content reference (docs/content-reference.md), generated from the zod schemas: every kind of content file,
 * every field, whether it is required, what it takes (allowed values, formats) and what it is for. Because it is
 * generated, it cannot go stale: a test compares the committed file with this output.
 */
import { householdChecklistsFileSchema } from './checklist.ts';
import { z } from 'zod';
import { taskSchema } from './task.ts';
import { termSchema } from './term.ts';
import { selfServiceSchema } from './self-service.ts';
import { chapterSchema, tipSchema } from './tip.ts';
import { journeyFileSchema } from './journey.ts';
import { siteSettingsSchema } from './settings.ts';
import { sitePageSchema } from './site-page.ts';
import { daChapterSchema, daGuideSchema, daJourneySchema, daTasksSchema, daTermSchema, daTipSchema } from './danish.ts';
import {
  authoritiesFileSchema,
  officialDomainsFileSchema,
  phasesFileSchema,
  situationsFileSchema,
} from './vocabulary.ts';

type Json = {
  type?: string | string[];
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  anyOf?: Json[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
  description?: string;
  const?: unknown;
};

export interface FileKind {
  title: string;
  where: string;
  schema: z.ZodType;
  example: string;
  list?: boolean;
}

export const FILE_KINDS: FileKind[] = [
  {
    title: 'Site settings',
    where: 'site.yaml (at the top of the content)',
    schema: siteSettingsSchema,
    example: 'site.yaml',
  },
  {
    title: 'Task',
    where: 'guide/<phase>/<task>.md (front matter, then the page text in Markdown)',
    schema: taskSchema,
    example: 'guide/when-you-arrive/tax-card.md',
  },
  { title: 'Glossary term', where: 'glossary/<term>.yaml', schema: termSchema, example: 'glossary/tax-card.yaml' },
  {
    title: 'Self-service solution',
    where: 'journey/self-service/<id>.yaml',
    schema: selfServiceSchema,
    example: 'journey/self-service/e-tax-tax-card.yaml',
  },
  {
    title: 'Tip for professionals',
    where: 'guide/tips/<tip>.md',
    schema: tipSchema,
    example: 'guide/tips/say-who-does-what.md',
  },
  {
    title: 'Chapter for professionals',
    where: 'guide/professionals/<chapter>.md',
    schema: chapterSchema,
    example: 'guide/professionals/introduction.md',
  },
  {
    title: 'Site page',
    where:
      'guide/pages/<page>.md: home, accessibility, feedback, self-service, not-found (each must exist; no other names)',
    schema: sitePageSchema,
    example: 'guide/pages/accessibility.md',
  },
  { title: 'The journey', where: 'journey/steps.yaml', schema: journeyFileSchema, example: 'journey/steps.yaml' },
  {
    title: 'Household checklists',
    where: 'journey/household-checklists.yaml',
    schema: householdChecklistsFileSchema,
    example: 'journey/household-checklists.yaml',
  },
  {
    title: 'Danish edition: a chapter',
    where: 'da/professionals/<chapter>.md (the same file name as the English chapter; then the text in Danish)',
    schema: daChapterSchema,
    example: 'da/professionals/introduction.md',
  },
  {
    title: 'Danish edition: a tip',
    where: 'da/tips/<tip>.md (the same file name as the English tip)',
    schema: daTipSchema,
    example: 'da/tips/say-who-does-what.md',
  },
  {
    title: 'Danish edition: a glossary definition',
    where: 'da/glossary/<term>.yaml (the same file name as the English term)',
    schema: daTermSchema,
    example: 'da/glossary/cpr-number.yaml',
  },
  {
    title: 'Danish edition: the journey',
    where: 'da/journey.yaml',
    schema: daJourneySchema,
    example: 'da/journey.yaml',
  },
  { title: 'Danish edition: task titles', where: 'da/tasks.yaml', schema: daTasksSchema, example: 'da/tasks.yaml' },
  { title: 'Danish edition: fixed texts', where: 'da/guide.yaml', schema: daGuideSchema, example: 'da/guide.yaml' },
  {
    title: 'Authorities and ICS centres',
    where: 'journey/authorities.yaml (a list)',
    schema: authoritiesFileSchema,
    example: 'journey/authorities.yaml',
    list: true,
  },
  {
    title: 'Situations',
    where: 'journey/situations.yaml (a list)',
    schema: situationsFileSchema,
    example: 'journey/situations.yaml',
    list: true,
  },
  {
    title: 'Phases',
    where: 'journey/phases.yaml (a list)',
    schema: phasesFileSchema,
    example: 'journey/phases.yaml',
    list: true,
  },
  {
    title: 'Official domains',
    where: 'journey/official-domains.yaml',
    schema: officialDomainsFileSchema,
    example: 'journey/official-domains.yaml',
  },
];

const SLUG = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** What a field takes, in words. */
export function describeType(s: Json): string {
  if (s.enum) return `one of: ${s.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (s.anyOf) return s.anyOf.map(describeType).join(', or ');
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      if (s.pattern === SLUG) return 'an id: lower-case letters, digits and hyphens';
      if (s.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'a date, YYYY-MM-DD';
      if (s.format === 'uri') return 'an https:// address';
      if (s.pattern) return `text matching \`${s.pattern}\``;
      return s.maxLength ? `text, at most ${s.maxLength} characters` : 'text';
    case 'boolean':
      return '`true` or `false`';
    case 'integer':
    case 'number':
      return `a number${s.minimum !== undefined && s.maximum !== undefined && s.maximum < 1e6 ? ` from ${s.minimum} to ${s.maximum}` : s.minimum !== undefined ? ` (${s.minimum} or more)` : ''}`;
    case 'array':
      return `a list${s.minItems ? ` (at least ${s.minItems})` : ''}, each ${s.items ? describeType(s.items) : 'a value'}`;
    case 'object':
      return 'a group of fields (below)';
    default:
      return 'a value';
  }
}

export interface FieldRow {
  field: string;
  required: string;
  takes: string;
  description: string;
}

/** The fields of an object schema, nested objects and lists of objects flattened as `a.b` and `a[].b`. */
export function fieldRows(schema: Json, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const field = `${prefix}${name}`;
    const isRequired = required.has(name) && prop.default === undefined;
    const def = prop.default !== undefined ? `no (default \`${JSON.stringify(prop.default)}\`)` : undefined;
    rows.push({
      field: `\`${field}\``,
      required: isRequired ? 'yes' : (def ?? 'no'),
      takes: describeType(prop),
      description: prop.description ?? '',
    });
    const objectOf =
      prop.type === 'object'
        ? prop
        : prop.type === 'array' && prop.items?.type === 'object'
          ? prop.items
          : prop.anyOf?.find((a) => a.type === 'object');
    if (objectOf?.properties) rows.push(...fieldRows(objectOf, `${field}${prop.type === 'array' ? '[]' : ''}.`));
  }
  return rows;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The whole reference as Markdown. Examples are named, not copied, so an edit to the content never makes this stale. */
export function contentReference(): string {
  const out = [
    '# Content reference',
    '',
    'Generated by `npm run docs:reference` from the schemas in `src/lib/schemas/`. Do not edit by hand: `npm test` fails when this file',
    'and the schemas disagree. For how to write content, see [writing-content.md](writing-content.md).',
    '',
    'Every file must have exactly these fields (an unknown field is an error). "Required: no (default …)" means you may leave the field out.',
    '',
  ];
  for (const kind of FILE_KINDS) {
    let json = z.toJSONSchema(kind.schema, { io: 'input', unrepresentable: 'any' }) as Json;
    if (kind.list && json.items) json = json.items;
    out.push(
      `## ${kind.title}`,
      '',
      `Where: \`${kind.where}\``,
      '',
      '| field | required | takes | what it is for |',
      '|---|---|---|---|',
    );
    for (const r of fieldRows(json))
      out.push(`| ${r.field} | ${r.required} | ${cell(r.takes)} | ${cell(r.description)} |`);
    out.push('', `A real example: \`${kind.example}\`.`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
