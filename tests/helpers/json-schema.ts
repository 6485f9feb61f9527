/** A JSON Schema validator for the API's schemas: Ajv in draft 2020-12 mode (what z.toJSONSchema emits), with formats. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function jsonSchemaValidator(): Ajv2020 {
  // strict: an unknown keyword or format in a generated schema is an error, not silently ignored.
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv;
}

/** The errors of one document against one schema, as "path: message" lines (empty when valid). */
export function schemaErrors(ajv: Ajv2020, schema: Record<string, unknown>, data: unknown): string[] {
  const validate = ajv.getSchema(String(schema.$id)) ?? ajv.compile(schema);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'}: ${e.message}`);
}
