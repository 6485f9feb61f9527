/**
 * Issue #31: the authorities (journey/authorities.yaml, a list at its top level) and the official domains
 * (journey/official-domains.yaml) in the form editor. The form shows the authorities under one key; the server unwraps
 * them, merges only what changed into the file (every other line byte-identical), checks the content as after any
 * save, and writes nothing when nothing changed or when the check refuses.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { EditBackend } from '../../src/lib/cms/backend.ts';
import { cmsCollections, NOT_IN_FORMS, vocabularies } from '../../src/lib/cms/config.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { copyFixtureContent, FIXTURE_CONTENT } from '../helpers/fixture-content.ts';
import { snapshotFiles, changedFiles, changedLines } from '../helpers/file-changes.ts';

const AUTHORITIES = 'journey/authorities.yaml';
const DOMAINS = 'journey/official-domains.yaml';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mtd-cms-lists-'));
  copyFixtureContent(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** What the form shows for a file, as data. */
async function formData(backend: EditBackend, path: string): Promise<Record<string, any>> {
  const r = await backend.handle({ action: 'entriesByFiles', params: { files: [{ path }] } });
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  return parse((r.json as { data: string }[])[0]!.data) as Record<string, any>;
}
/** Saves data as Decap CMS sends it: the whole file, in its own YAML style. */
const save = (backend: EditBackend, path: string, data: unknown) =>
  backend.handle({ action: 'persistEntry', params: { entry: { path, raw: stringify(data) }, assets: [] } });
const read = (rel: string) => readFileSync(join(root, rel), 'utf8');

describe('the authorities in the form editor (issue #31)', () => {
  it('is a form: the file\'s list under "authorities", and no longer left to a text editor', async () => {
    expect(Object.keys(NOT_IN_FORMS)).not.toContain('Authorities and ICS centres');
    const c = cmsCollections(vocabularies(loadContent(FIXTURE_CONTENT))).find((x) => x.name === 'authorities')!;
    expect(c.files).toEqual([expect.objectContaining({ file: AUTHORITIES })]);
    const data = await formData(new EditBackend(root), AUTHORITIES);
    expect(Object.keys(data)).toEqual(['authorities']);
    expect(data.authorities).toEqual(parse(read(AUTHORITIES)));
  });

  it('writes nothing when the form saves the authorities unchanged', async () => {
    const backend = new EditBackend(root);
    const before = snapshotFiles(root);
    const r = await save(backend, AUTHORITIES, await formData(backend, AUTHORITIES));
    expect(r, JSON.stringify(r.json)).toMatchObject({ status: 200, json: { message: 'nothing changed' } });
    expect(changedFiles(before, snapshotFiles(root))).toEqual([]);
  });

  it("changes only the phone line when one authority's phone changes, and the check passes", async () => {
    const backend = new EditBackend(root);
    const text = read(AUTHORITIES);
    const data = await formData(backend, AUTHORITIES);
    const i = data.authorities.findIndex((a: { id: string }) => a.id === 'tax-agency');
    data.authorities[i].phone = '+45 72 22 27 81';
    const before = snapshotFiles(root);
    const r = await save(backend, AUTHORITIES, data);
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(changedFiles(before, snapshotFiles(root))).toEqual([AUTHORITIES]);
    expect(changedLines(text, read(AUTHORITIES))).toEqual({
      before: ['  phone: "+45 72 22 27 80"'],
      after: ['  phone: "+45 72 22 27 81"'],
    });
    expect(validateContent(root).errors).toEqual([]);
  });

  it("adds a new authority after the last one, in the file's style, without the schema's defaults", async () => {
    const backend = new EditBackend(root);
    const text = read(AUTHORITIES);
    const data = await formData(backend, AUTHORITIES);
    // The form fills in the defaults of a new list item.
    data.authorities.push({
      id: 'new-agency',
      name: 'New Agency',
      url: 'https://www.borger.dk/',
      kind: 'authority',
      services: [],
      sources: [],
      workingGroup: false,
    });
    const r = await save(backend, AUTHORITIES, data);
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(read(AUTHORITIES)).toBe(`${text}- id: new-agency\n  name: New Agency\n  url: https://www.borger.dk/\n`);
  });

  it("refuses an invalid phone number with the build's message, naming the authority in the form, and writes nothing", async () => {
    const backend = new EditBackend(root);
    const data = await formData(backend, AUTHORITIES);
    data.authorities[0].phone = 'call us';
    const before = snapshotFiles(root);
    const r = await save(backend, AUTHORITIES, data);
    expect(r.status).toBe(422);
    const issues = (r.json as { issues: { file: string; formPath?: (string | number)[]; text: string }[] }).issues;
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: AUTHORITIES,
        formPath: ['authorities', 0, 'phone'],
        text: expect.stringMatching(
          /^journey\/authorities\.yaml:\d+: error: field "\[0\]\.phone": must be one phone number/,
        ),
      }),
    );
    expect(changedFiles(before, snapshotFiles(root))).toEqual([]);
  });

  it('refuses to rename an authority that other files name, and writes nothing', async () => {
    const backend = new EditBackend(root);
    const data = await formData(backend, AUTHORITIES);
    data.authorities.find((a: { id: string }) => a.id === 'siri').id = 'siri-renamed';
    const before = snapshotFiles(root);
    const r = await save(backend, AUTHORITIES, data);
    expect(r.status).toBe(422);
    expect(JSON.stringify(r.json)).toContain('unknown authority \\"siri\\"');
    expect(changedFiles(before, snapshotFiles(root))).toEqual([]);
  });
});

describe('the official domains in the form editor (issue #31)', () => {
  it('writes nothing when the form saves the domains unchanged', async () => {
    const backend = new EditBackend(root);
    const before = snapshotFiles(root);
    const r = await save(backend, DOMAINS, await formData(backend, DOMAINS));
    expect(r, JSON.stringify(r.json)).toMatchObject({ status: 200, json: { message: 'nothing changed' } });
    expect(changedFiles(before, snapshotFiles(root))).toEqual([]);
  });

  it('inserts a new domain after the last one, on one line like the others, quoting a note as the file does', async () => {
    const backend = new EditBackend(root);
    const text = read(DOMAINS);
    const data = await formData(backend, DOMAINS);
    data.domains.push({ domain: 'aabenraa.dk', authority: 'municipality', note: 'Aabenraa Municipality' });
    const r = await save(backend, DOMAINS, data);
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    const last =
      '  - { domain: vestegnenssprogcenter.dk, authority: municipality, note: "municipal language centre" }\n';
    expect(read(DOMAINS)).toBe(
      text.replace(
        last,
        `${last}  - { domain: aabenraa.dk, authority: municipality, note: "Aabenraa Municipality" }\n`,
      ),
    );
    expect(validateContent(root).errors).toEqual([]);
  });

  it("changes one value of a one-line entry and keeps the others' text, quotes included", async () => {
    const backend = new EditBackend(root);
    const text = read(DOMAINS);
    const data = await formData(backend, DOMAINS);
    const um = data.domains.find((d: { domain: string }) => d.domain === 'um.dk');
    um.note = 'legalisation of documents';
    const r = await save(backend, DOMAINS, data);
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(changedLines(text, read(DOMAINS))).toEqual({
      before: ['  - { domain: um.dk, authority: mfa, note: "legalisation of documents; Danish missions abroad" }'],
      after: ['  - { domain: um.dk, authority: mfa, note: "legalisation of documents" }'],
    });
  });

  it('writes the first exception as a list of its own, and refuses a domain of an unknown authority', async () => {
    const backend = new EditBackend(root);
    const text = read(DOMAINS);
    const data = await formData(backend, DOMAINS);
    const r = await save(backend, DOMAINS, {
      ...data,
      exceptions: [{ url: 'https://www.example.org/page', reason: 'The only English version.' }],
    });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(read(DOMAINS)).toBe(
      text.replace(
        'exceptions: []\n',
        'exceptions:\n  - url: https://www.example.org/page\n    reason: The only English version.\n',
      ),
    );

    const before = snapshotFiles(root);
    const bad = await save(backend, DOMAINS, {
      ...data,
      domains: [...data.domains, { domain: 'example.dk', authority: 'no-such-authority' }],
    });
    expect(bad.status).toBe(422);
    expect(
      (bad.json as { issues: { formPath?: unknown[] }[] }).issues.some(
        (i) => JSON.stringify(i.formPath) === JSON.stringify(['domains', data.domains.length, 'authority']),
      ),
      JSON.stringify(bad.json),
    ).toBe(true);
    expect(changedFiles(before, snapshotFiles(root))).toEqual([]);
  });
});
