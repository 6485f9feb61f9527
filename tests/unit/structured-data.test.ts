/** schema.org JSON-LD (src/lib/discover/structured-data.ts) and the page-weight rule that JSON-LD is not JavaScript. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryJsonLd, jsonLdText, taskJsonLd } from '../../src/lib/discover/structured-data.ts';
import { executableScripts, isExecutableScript, pageWeight } from '../../src/lib/perf/page-weight.ts';
import { validateContent } from '../../src/lib/validate.ts';

const { model } = validateContent(process.cwd());
const node = (ld: Record<string, unknown>, type: string) =>
  (ld['@graph'] as Record<string, any>[]).find((n) => n['@type'] === type)!;

describe('JSON-LD for a task', () => {
  const task = model.tasks.find((t) => t.slug === 'cpr-number')!;
  const ld = taskJsonLd(model, task, 'https://guide.test');
  it("is a GovernmentService provided by the responsible authority, at the page's address, with the official link as its channel", () => {
    const s = node(ld, 'GovernmentService');
    expect(ld['@context']).toBe('https://schema.org');
    expect(s).toMatchObject({
      name: task.title,
      url: 'https://guide.test/tasks/cpr-number/',
      provider: { '@type': 'GovernmentOrganization', name: model.authorities.get(task.authority)!.name },
    });
    expect(s.availableChannel.serviceUrl).toBe(task.officialLink.url);
  });
  it('has the "What you do" steps as a HowTo, in order', () => {
    const h = node(ld, 'HowTo');
    expect(h.step.map((s: { text: string }) => s.text)).toEqual(task.youDo);
    expect(h.step.map((s: { position: number }) => s.position)).toEqual(task.youDo.map((_, i) => i + 1));
    expect(h.about).toEqual({ '@id': node(ld, 'GovernmentService')['@id'] });
  });
});

describe('JSON-LD for the glossary', () => {
  it('is a DefinedTermSet of the 25 terms: English name, Danish alternate name, definition and anchor', () => {
    const ld = glossaryJsonLd(model, model.terms, 'https://guide.test', 'digst') as Record<string, any>;
    expect(ld['@type']).toBe('DefinedTermSet');
    expect(ld.hasDefinedTerm).toHaveLength(25);
    const cpr = ld.hasDefinedTerm.find((t: { url: string }) => t.url === 'https://guide.test/glossary/#cpr-number');
    const term = model.terms.find((t) => t.slug === 'cpr-number')!;
    expect(cpr).toMatchObject({ '@type': 'DefinedTerm', name: term.english, description: term.definition });
    expect(cpr.alternateName[0]).toBe(term.danish);
  });
});

describe('the JSON-LD text', () => {
  it('cannot close its <script> element, and still parses to the same data', () => {
    const data = { name: '</script><script>alert(1)</script>' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\/script/i);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('what counts as JavaScript', () => {
  it('counts scripts without a type, with a JavaScript type or as modules, not JSON-LD or other data blocks', () => {
    for (const a of [
      '',
      ' src="/a.js"',
      ' type="module"',
      ' type="text/javascript"',
      " type='application/javascript; charset=utf-8'",
      ' type=text/ecmascript',
    ])
      expect(isExecutableScript(a), a).toBe(true);
    for (const a of [
      ' type="application/ld+json"',
      ' type="application/json"',
      ' type="text/plain"',
      ' data-type="module" type="application/ld+json"',
    ])
      expect(isExecutableScript(a), a).toBe(false);
  });

  it('weighs an inline script and a script file as JavaScript, and JSON-LD as HTML', () => {
    const dist = mkdtempSync(join(tmpdir(), 'mtd-weight-'));
    mkdirSync(join(dist, 'a'));
    writeFileSync(join(dist, 'x.js'), 'console.log("hello from a file");');
    const ld = '<script type="application/ld+json">{"@type":"Thing","name":"a fairly long name to weigh"}</script>';
    writeFileSync(join(dist, 'a/ld.html'), `<html><head>${ld}</head><body></body></html>`);
    writeFileSync(join(dist, 'a/inline.html'), `<html><head>${ld}<script>alert(1)</script></head><body></body></html>`);
    writeFileSync(join(dist, 'a/file.html'), '<html><head><script src="/x.js"></script></head><body></body></html>');
    expect(pageWeight(dist, 'a/ld.html').js).toBe(0);
    expect(pageWeight(dist, 'a/inline.html').js).toBe('alert(1)'.length);
    expect(pageWeight(dist, 'a/file.html').js).toBeGreaterThan(0);
    expect(executableScripts(`${ld}<script src="/x.js"></script>`)).toEqual([{ src: '/x.js' }]);
  });
});
