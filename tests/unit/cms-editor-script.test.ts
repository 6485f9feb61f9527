/**
 * The form editor's browser code is TypeScript (src/cms/editor.ts), served as /cms/editor.js with its types stripped:
 * what the browser gets is plain JavaScript that runs as a classic script (no import or export left, no type left),
 * line for line the .ts file, under the editor's Content Security Policy.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, editorPage, startEditServer, type EditServer } from '../../src/lib/cms/server.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

const SOURCE = resolve(import.meta.dirname, '../../src/cms/editor.ts');
let server: EditServer;

// Only GET requests: the frozen content is read, never written.
beforeAll(async () => {
  server = await startEditServer({ root: FIXTURE_CONTENT });
});
afterAll(async () => {
  await server?.close();
});

describe('/cms/editor.js: src/cms/editor.ts without its types', () => {
  it('is JavaScript that parses as a classic script, with the types stripped line for line', async () => {
    expect(editorPage()).toContain('<script src="/cms/editor.js"></script>');
    const r = await fetch(`${server.url}/cms/editor.js`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/javascript');
    expect(r.headers.get('content-security-policy')).toBe(CSP);
    const js = await r.text();
    // A module's import or export, or a type the stripping left, would be a syntax error in a classic script.
    expect(() => new Script(js, { filename: 'editor.js' })).not.toThrow();
    expect(js).not.toMatch(/^\s*(import|export)\b/m);
    expect(js).not.toMatch(/\b(interface|type) [A-Z]\w* *[={<]/);
    expect(js).toContain("CMS.registerWidget('task-address', AddressControl);");
    const source = readFileSync(SOURCE, 'utf8');
    expect(source).toMatch(/^import type /m);
    expect(js.split('\n').length).toBe(source.split('\n').length);
  });
});
