import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contentReference, describeType, FILE_KINDS, fieldRows } from '../../src/lib/schemas/reference.ts';

describe('the content reference', () => {
  it('is current: docs/content-reference.md is what the schemas generate (run "npm run docs:reference")', () => {
    expect(readFileSync('docs/content-reference.md', 'utf8')).toBe(contentReference());
  });
  it('describes every field of every kind of file', () => {
    for (const kind of FILE_KINDS) {
      let json = z.toJSONSchema(kind.schema, { io: 'input', unrepresentable: 'any' }) as Parameters<
        typeof fieldRows
      >[0];
      if (kind.list && json.items) json = json.items;
      const undocumented = fieldRows(json)
        .filter((r) => !r.description)
        .map((r) => r.field);
      expect(undocumented, kind.title).toEqual([]);
    }
  });
  it('puts a new field and its allowed values in the reference', () => {
    const schema = z.strictObject({
      colour: z.enum(['red', 'blue']).describe('The colour of the badge.'),
      when: z.string().optional().describe('x'),
    });
    const rows = fieldRows(z.toJSONSchema(schema, { io: 'input' }) as Parameters<typeof fieldRows>[0]);
    expect(rows[0]).toEqual({
      field: '`colour`',
      required: 'yes',
      takes: 'one of: `red`, `blue`',
      description: 'The colour of the badge.',
    });
    expect(rows[1]!.required).toBe('no');
    expect(describeType({ type: 'array', minItems: 1, items: { type: 'string', format: 'uri' } })).toBe(
      'a list (at least 1), each an https:// address',
    );
  });
});
