/**
 * What the form editor saves is merged into the original file: only the changed fields' lines change; order, quotes,
 * comments, folded lines and the Markdown body stay as they were; optional fields left empty are left out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { asFormText, mergeFile, newFile, normalise } from '../../src/lib/cms/merge.ts';
import { jsonSchemaOf } from '../../src/lib/cms/config.ts';
import { taskSchema } from '../../src/lib/schemas/task.ts';
import { termSchema } from '../../src/lib/schemas/term.ts';
import { selfServiceSchema } from '../../src/lib/schemas/self-service.ts';
import { journeyFileSchema } from '../../src/lib/schemas/journey.ts';
import { cmsCollections, kindOfPath, listKeyOf, vocabularies } from '../../src/lib/cms/config.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

const TASK = `---
# A comment the editor wrote
title: Get a tax card
order: 30
summary: "Quoted: a summary"
authority: tax-agency
situations: [eu-eea, non-eu]
deadline: before your first
  salary is paid
prerequisites:
  - anyOf: [cpr-number, mitid]
  - bank-account
youDo:
  - Apply in E-tax. # inline comment
officialLink:
  label: Tax card
  url: https://skat.dk/tax-card
help:
  - kind: online
    label: Skat
lastReviewed: 2026-11-23
---

Body text with :deadline.

\`\`\`mermaid
flowchart LR
\`\`\`
`;

/** What a form editor sends back: the same data, its own YAML style, fields in another order, empty optional fields as "". */
function asEditorSends(data: Record<string, unknown>, body?: string): string {
  const yaml = stringify({ lastReviewed: data.lastReviewed, fee: '', confirmation: '', ...data });
  return body === undefined ? yaml : `---\n${yaml}---\n${body}`;
}
const taskJson = jsonSchemaOf(taskSchema);
const frontOf = (text: string) => parse(/^---\n([\s\S]*?)---\n/.exec(text)![1]!) as Record<string, unknown>;
const bodyOf = (text: string) => text.slice(/^---\n[\s\S]*?---\n/.exec(text)![0].length);
function changedLines(a: string, b: string): string[] {
  const x = a.split('\n');
  const y = b.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) out.push(`${x[i]} → ${y[i]}`);
  return out;
}

describe('merging a saved form into the file', () => {
  it('changes only the deadline line(s) of a task, keeping comments, quotes, flow lists and the body', () => {
    const data = { ...frontOf(TASK), deadline: 'within 9 days' };
    const out = mergeFile(
      TASK,
      asEditorSends(data, '\nBody text with :deadline.\n\n```mermaid\nflowchart LR\n```\n'),
      taskJson,
      true,
    );
    expect(out).toBe(TASK.replace('deadline: before your first\n  salary is paid', 'deadline: within 9 days'));
  });

  it('keeps the body byte-identical when only blank lines around it differ, and writes an edited body', () => {
    const data = frontOf(TASK);
    expect(
      mergeFile(
        TASK,
        asEditorSends(data, 'Body text with :deadline.\n\n```mermaid\nflowchart LR\n```'),
        taskJson,
        true,
      ),
    ).toBe(TASK);
    const edited = mergeFile(TASK, asEditorSends(data, 'New body.'), taskJson, true);
    expect(bodyOf(edited)).toBe('\nNew body.\n');
    expect(frontOf(edited)).toEqual(frontOf(TASK));
  });

  it('leaves out an optional field cleared in the form, instead of writing an empty string', () => {
    const out = mergeFile(TASK, asEditorSends({ ...frontOf(TASK), deadline: '' }, bodyOf(TASK)), taskJson, true);
    expect(out).not.toMatch(/^deadline:|salary is paid/m);
    expect(out).not.toMatch(/fee:|confirmation:/);
    expect(changedLines(TASK, out).length).toBeGreaterThan(0);
  });

  it('adds a new optional field after the field before it in the schema, and changes one list item only', () => {
    const data = frontOf(TASK);
    const out = mergeFile(
      TASK,
      asEditorSends({ ...data, fee: 'DKK 100', youDo: ['Apply in E-tax now.'] }, bodyOf(TASK)),
      taskJson,
      true,
    );
    expect(out).toContain('deadline: before your first\n  salary is paid\nfee: DKK 100\nprerequisites:');
    expect(out).toContain('youDo:\n  - Apply in E-tax now. # inline comment\n');
    expect(out).toContain('# A comment the editor wrote\ntitle: Get a tax card');
  });

  it('keeps a { anyOf: [...] } prerequisite that a pick-list of task ids cannot show', () => {
    const data = frontOf(TASK);
    const out = mergeFile(
      TASK,
      asEditorSends({ ...data, prerequisites: ['bank-account', 'mitid'] }, bodyOf(TASK)),
      taskJson,
      true,
    );
    expect(frontOf(out).prerequisites).toEqual([{ anyOf: ['cpr-number', 'mitid'] }, 'bank-account', 'mitid']);
  });

  it('changes one field of a glossary term and nothing else', () => {
    const term =
      'rank: 10\ndanish: skattekort\n# the English\nenglish: tax card\navoid:\n  - tax ID card\ndefinition: "A record: long text"\nauthority: tax-agency\nlastReviewed: 2026-11-23\n';
    const out = mergeFile(
      term,
      stringify({ ...(parse(term) as object), english: 'tax card (preliminary)', related: [], variants: [] }),
      jsonSchemaOf(termSchema),
      false,
    );
    expect(changedLines(term, out)).toEqual(['english: tax card → english: tax card (preliminary)']);
  });

  it("turns form values back into the schema's types", () => {
    const json = jsonSchemaOf(selfServiceSchema);
    expect(normalise({ needsCpr: 'true', english: 'full', urlEn: '', tasks: ['a'] }, json)).toEqual({
      needsCpr: true,
      english: 'full',
      tasks: ['a'],
    });
    expect(normalise({ needsCpr: 'unknown' }, json)).toEqual({ needsCpr: 'unknown' });
  });

  it("writes a new file with the fields in the schema's order and no empty ones", () => {
    const out = newFile(
      stringify({ lastReviewed: '2026-11-20', english: 'x', rank: 3, historyNote: '' }),
      jsonSchemaOf(termSchema),
      false,
    );
    expect(out).toBe('rank: 3\nenglish: x\nlastReviewed: 2026-11-20\n');
  });

  it("changes one line when one nested value changes: a source's date, the official link's address, a flow list", () => {
    const data = frontOf(TASK) as Record<string, any>;
    const src = `---\n${TASK.split('---\n')[1]!.replace('help:', 'sources:\n  - url: https://skat.dk/a\n    supports: the rule # why\n    checked: 2026-11-01\n  - url: https://skat.dk/b\n    supports: the fee\n    checked: 2026-11-02\nhelp:')}---\n\nBody\n`;
    const base = frontOf(src) as Record<string, any>;
    const sources = structuredClone(base.sources);
    sources[1].checked = '2026-11-20';
    const out = mergeFile(
      src,
      asEditorSends(
        {
          ...base,
          sources,
          officialLink: { ...data.officialLink, url: 'https://skat.dk/tax-card-2' },
          situations: ['eu-eea', 'non-eu', 'student'],
        },
        'Body',
      ),
      taskJson,
      true,
    );
    expect(changedLines(src, out)).toEqual([
      'situations: [eu-eea, non-eu] → situations: [eu-eea, non-eu, student]',
      '  url: https://skat.dk/tax-card →   url: https://skat.dk/tax-card-2',
      '    checked: 2026-11-02 →     checked: 2026-11-20',
    ]);
  });

  it('adds and removes list items without touching the others', () => {
    const src = `---\n${TASK.split('---\n')[1]!}---\n\nBody\n`;
    const base = frontOf(src) as Record<string, any>;
    const added = mergeFile(
      src,
      asEditorSends(
        { ...base, help: [...base.help, { kind: 'phone', label: 'Call', authority: 'tax-agency' }] },
        'Body',
      ),
      taskJson,
      true,
    );
    expect(added).toBe(
      src.replace(
        '    label: Skat\n',
        '    label: Skat\n  - kind: phone\n    label: Call\n    authority: tax-agency\n',
      ),
    );
    const youDo = ['One.', 'Two.', 'Three.'];
    const three = mergeFile(src, asEditorSends({ ...base, youDo }, 'Body'), taskJson, true);
    const removed = mergeFile(three, asEditorSends({ ...base, youDo: ['One.', 'Three.'] }, 'Body'), taskJson, true);
    expect(removed).toBe(three.replace('  - Two.\n', ''));
    expect(removed).toContain('youDo:\n  - One. # inline comment\n  - Three.\nofficialLink:');
  });

  it('changes one field of one journey step and nothing else', () => {
    const steps =
      'title: The journey\ndescription: Steps.\nsteps:\n  # before\n  - id: a\n    label: First\n    phase: p\n    task: a\n  - id: b\n    label: Second\n    phase: p\n    task: b\n    dependsOn: [a]\n';
    const data = parse(steps) as Record<string, any>;
    const next = structuredClone(data);
    next.steps[1].label = 'Second step';
    expect(changedLines(steps, mergeFile(steps, stringify(next), jsonSchemaOf(journeyFileSchema), false))).toEqual([
      '    label: Second →     label: Second step',
    ]);
  });

  it('leaves every file of the content byte-identical when the form saves it unchanged', () => {
    const collections = cmsCollections(vocabularies(loadContent(FIXTURE_CONTENT)));
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const a = join(d, n);
        if (statSync(a).isDirectory()) walk(a);
        else files.push(relative(FIXTURE_CONTENT, a));
      }
    };
    walk(FIXTURE_CONTENT);
    let checked = 0;
    for (const file of files) {
      const kind = kindOfPath(file, collections);
      if (!kind) continue;
      const text = readFileSync(join(FIXTURE_CONTENT, file), 'utf8');
      const listKey = listKeyOf(kind.title);
      if (listKey) {
        // A list at the file's top level: the form has it under one key, each item's fields in another order.
        const items = (parse(text) as Record<string, unknown>[]).map((i) =>
          Object.fromEntries(Object.entries(i).reverse()),
        );
        expect(mergeFile(text, stringify({ [listKey]: items }), jsonSchemaOf(kind.schema), false, listKey), file).toBe(
          text,
        );
        checked++;
        continue;
      }
      const markdown = file.endsWith('.md');
      const data = markdown ? frontOf(text) : (parse(text) as Record<string, unknown>);
      // The form writes its own YAML, with every field in another order and empty optional fields.
      const saved = asEditorSends(
        Object.fromEntries(Object.entries(data).reverse()),
        markdown ? bodyOf(text) : undefined,
      );
      expect(mergeFile(text, saved, jsonSchemaOf(kind.schema), markdown), file).toBe(text);
      checked++;
    }
    expect(checked).toBeGreaterThan(60);
  });
});

describe('what the form sees', () => {
  it('gives a true/false/word field to the pick-list as text, and an unchanged save leaves the file as it was', () => {
    const file = 'nameEn: X\nneedsCpr: true # checked\nvariesByMunicipality: true\n';
    const json = jsonSchemaOf(selfServiceSchema);
    const seen = asFormText(file, json, false);
    expect(seen).toBe('nameEn: X\nneedsCpr: "true" # checked\nvariesByMunicipality: true\n');
    expect(mergeFile(file, stringify(parse(seen)), json, false)).toBe(file);
    expect(mergeFile(file, stringify({ ...(parse(seen) as object), needsCpr: 'unknown' }), json, false)).toBe(
      file.replace('true #', 'unknown #'),
    );
  });
});
