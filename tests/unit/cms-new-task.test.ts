/**
 * Issue #31: a whole task from the task form. The form also holds the task's page address, household rules and Danish
 * title; the server takes them out of the task file and writes them into journey/household-checklists.yaml and
 * da/tasks.yaml (only that task's lines), all the files or none, after checking the content as it would be after all
 * the writes. Refused saves write nothing and name the form's field.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EditBackend } from '../../src/lib/cms/backend.ts';
import { formExtras, renderRules, withDanishTitle, withRules } from '../../src/lib/cms/task-extras.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { copyFixtureContent, FIXTURE_CONTENT } from '../helpers/fixture-content.ts';
import { snapshotFiles, changedFiles } from '../helpers/file-changes.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mtd-cms-new-task-'));
  copyFixtureContent(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A valid new task as the form sends it: front matter from find-a-home, a new title, and the form-only fields. */
function newTaskRaw(extra: Record<string, unknown>, drop: string[] = []): string {
  const text = readFileSync(join(FIXTURE_CONTENT, 'guide/before-moving/find-a-home.md'), 'utf8');
  const front = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
  const data: Record<string, unknown> = {
    ...front,
    title: 'Register your bicycle',
    order: 56,
    sources: (front.sources as unknown[]).slice(0, 1),
    ...extra,
  };
  for (const k of drop) delete data[k];
  return `---\n${JSON.stringify(data)}\n---\nA short body.\n`;
}
const persist = (backend: EditBackend, path: string, raw: string) =>
  backend.handle({ action: 'persistEntry', params: { entry: { path, raw }, assets: [] } });

const RULE = {
  who: ['you', 'partner'],
  citizenship: ['nordic', 'eu', 'other'],
  reason: ['work'],
  children: [],
  why: 'You ride to work.',
};

describe('a new task from the form (issue #31)', () => {
  it('writes the task file, its household rule and its Danish title, changing only those lines, and the checklist lists it', async () => {
    const before = snapshotFiles(root);
    const householdBefore = readFileSync(join(root, 'journey/household-checklists.yaml'), 'utf8');
    const danishBefore = readFileSync(join(root, 'da/tasks.yaml'), 'utf8');
    const r = await persist(
      new EditBackend(root),
      'guide/before-moving/register-your-bicycle.md',
      newTaskRaw({ address: 'register-your-bicycle', titleDa: 'Registrer din cykel', household: [RULE] }),
    );
    expect(r, JSON.stringify(r.json)).toMatchObject({ status: 200 });
    expect(changedFiles(before, snapshotFiles(root))).toEqual([
      'da/tasks.yaml',
      'guide/before-moving/register-your-bicycle.md',
      'journey/household-checklists.yaml',
    ]);

    // The task file has none of the form-only fields.
    const task = readFileSync(join(root, 'guide/before-moving/register-your-bicycle.md'), 'utf8');
    expect(task).not.toMatch(/^(address|titleDa|household):/m);

    // The rule is inserted after the last task of its phase, in the file's style; every other line is as it was.
    const household = readFileSync(join(root, 'journey/household-checklists.yaml'), 'utf8');
    const added =
      '  register-your-bicycle:\n    - who: [you, partner]\n      when: { reason: [work] }\n      why: You ride to work.\n';
    expect(household.replace(added, '')).toBe(householdBefore);
    expect(household.indexOf(added)).toBeLessThan(household.indexOf('# When you arrive'));
    expect(household.indexOf(added)).toBeGreaterThan(household.indexOf('# Before moving'));

    // The Danish title, in its phase's group in alphabetical order; the titles were up to date, so they are restamped.
    const danish = readFileSync(join(root, 'da/tasks.yaml'), 'utf8');
    const beforeLines = danishBefore.split('\n');
    const afterLines = danish.split('\n');
    const newLines = afterLines.filter((l) => !beforeLines.includes(l));
    expect(newLines).toHaveLength(2);
    expect(newLines).toEqual(
      expect.arrayContaining([
        'register-your-bicycle: "Registrer din cykel"',
        expect.stringMatching(/^translates: [0-9a-f]{12}$/),
      ]),
    );
    const i = afterLines.indexOf('register-your-bicycle: "Registrer din cykel"');
    expect(
      afterLines[i - 1]! < 'register-your-bicycle' && afterLines.slice(0, i).some((l) => l === '# before-moving'),
    ).toBe(true);

    // The content check passes; the title is in step with the English; the household checklists list the task.
    const v = validateContent(root);
    expect(v.errors.map((e) => `${e.file}: ${e.message}`)).toEqual([]);
    expect(v.warnings.filter((w) => w.file === 'da/tasks.yaml')).toEqual([]);
    const listing = v.model.household!.checklists.filter((c) =>
      c.items.some((x) => x.task.slug === 'register-your-bicycle'),
    );
    expect(listing.length).toBeGreaterThan(0);
    expect(listing.every((c) => c.household.reason === 'work')).toBe(true);
  });

  it('refuses a new task without a household rule, with the address taken, or without a Danish title, and writes nothing', async () => {
    const backend = new EditBackend(root);
    const before = snapshotFiles(root);
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'guide/before-moving/register-your-bicycle.md',
        { address: 'register-your-bicycle', titleDa: 'Registrer din cykel', household: [] },
        'household',
      ],
      [
        'guide/before-moving/find-a-home-1.md',
        { address: 'find-a-home', titleDa: 'Find en bolig', household: [RULE] },
        'address',
      ],
      [
        'guide/living-in-denmark/find-a-home.md',
        { address: 'find-a-home', titleDa: 'Find en bolig', household: [RULE] },
        'address',
      ],
      [
        'guide/before-moving/register-your-bicycle.md',
        { address: 'register-your-bicycle', household: [RULE] },
        'titleDa',
      ],
      ['guide/before-moving/Register.md', { address: 'Register', titleDa: 'x', household: [RULE] }, 'address'],
    ];
    for (const [path, extra, field] of cases) {
      const r = await persist(backend, path, newTaskRaw(extra));
      expect(r.status, path).toBe(422);
      const json = r.json as { error: string; issues: { formPath?: (string | number)[] }[] };
      expect(
        json.issues.map((x) => x.formPath?.[0]),
        JSON.stringify(json),
      ).toContain(field);
      expect(json.error).not.toContain('API_ERROR');
    }
    expect(changedFiles(before, snapshotFiles(root))).toEqual([]);
  });

  it('writes nothing when the content check refuses the task, even though the rule and title were fine', async () => {
    const before = snapshotFiles(root);
    const r = await persist(
      new EditBackend(root),
      'guide/before-moving/register-your-bicycle.md',
      newTaskRaw({
        address: 'register-your-bicycle',
        titleDa: 'Registrer din cykel',
        household: [RULE],
        sources: [{ supports: 'x', checked: '2026-11-23' }],
      }),
    );
    expect(r.status).toBe(422);
    const json = r.json as { issues: { formPath?: (string | number)[]; text: string }[] };
    expect(
      json.issues.some((x) => x.formPath?.[0] === 'sources' && x.formPath[1] === 0 && x.formPath[2] === 'url'),
      JSON.stringify(json),
    ).toBe(true);
    expect(changedFiles(before, snapshotFiles(root))).toEqual([]);
    expect(existsSync(join(root, 'guide/before-moving/register-your-bicycle.md'))).toBe(false);
  });

  it('refuses a rule that puts the task in no checklist, naming the rule in the form', async () => {
    const before = snapshotFiles(root);
    const r = await persist(
      new EditBackend(root),
      'guide/before-moving/register-your-bicycle.md',
      newTaskRaw({
        address: 'register-your-bicycle',
        titleDa: 'Registrer din cykel',
        household: [
          {
            ...RULE,
            who: ['children'],
            children: [],
            citizenship: ['nordic'],
            reason: ['study'],
            after: 'no-such-task',
          },
        ],
      }),
    );
    expect(r.status).toBe(422);
    const json = r.json as { issues: { file: string; formPath?: (string | number)[] }[] };
    expect(
      json.issues.some((x) => x.file === 'journey/household-checklists.yaml' && x.formPath?.[0] === 'household'),
      JSON.stringify(json),
    ).toBe(true);
    expect(changedFiles(before, snapshotFiles(root))).toEqual([]);
  });

  it("shows an existing task's rules, Danish title and address in the form, and a save without changes writes nothing", async () => {
    const backend = new EditBackend(root);
    const got = await backend.handle({ action: 'getEntry', params: { path: 'guide/before-moving/find-a-home.md' } });
    const data = (got.json as { data: string }).data;
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(data)![1]!) as Record<string, unknown>;
    expect(front).toMatchObject({
      address: 'find-a-home',
      titleDa: expect.any(String),
      household: [
        {
          who: ['you'],
          citizenship: ['nordic', 'eu', 'other'],
          reason: ['work', 'study', 'family', 'job-seeking'],
          children: [],
          why: expect.any(String),
        },
      ],
    });
    const before = snapshotFiles(root);
    // The form sends it back as Decap writes it: everything, unchanged.
    const r = await persist(backend, 'guide/before-moving/find-a-home.md', data);
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(changedFiles(before, snapshotFiles(root))).toEqual([]);
  });

  it("changes an existing task's rule and Danish title in place, and refuses a new address", async () => {
    const backend = new EditBackend(root);
    const data = (await backend.handle({ action: 'getEntry', params: { path: 'guide/before-moving/find-a-home.md' } }))
      .json as { data: string };
    const householdBefore = readFileSync(join(root, 'journey/household-checklists.yaml'), 'utf8');
    const edited = data.data
      .replace(/titleDa: .*/, 'titleDa: Find et hjem')
      .replace(/- who:\n\s+- you\n/, (m) => m.replace('- you', '- you\n      - partner'));
    expect(edited).not.toBe(data.data);
    const r = await persist(backend, 'guide/before-moving/find-a-home.md', edited);
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(readFileSync(join(root, 'journey/household-checklists.yaml'), 'utf8')).toBe(
      householdBefore.replace('  find-a-home:\n    - who: [you]\n', '  find-a-home:\n    - who: [you, partner]\n'),
    );
    expect(readFileSync(join(root, 'da/tasks.yaml'), 'utf8')).toContain('find-a-home: "Find et hjem"\n');

    const before = snapshotFiles(root);
    const renamed = await persist(
      backend,
      'guide/before-moving/find-a-home.md',
      data.data.replace('address: find-a-home', 'address: find-a-house'),
    );
    expect(renamed.status).toBe(422);
    expect(JSON.stringify(renamed.json)).toContain('git mv');
    expect(changedFiles(before, snapshotFiles(root))).toEqual([]);
  });
});

describe('the household and Danish title files, edited as text', () => {
  const HOUSEHOLD =
    'tasks:\n  # Before moving\n  a:\n    - who: [you]\n      why: A.\n  b:\n    - who: [you]\n      why: B.\n\n  # When you arrive\n  c:\n    - who: [you]\n      why: C.\n';
  const phase = (s: string) => (s === 'c' ? 'when-you-arrive' : 'before-moving');
  it("inserts a new task's rules after the last task of its phase, and replaces a task's rules where they stand", () => {
    expect(withRules(HOUSEHOLD, 'n', [{ who: ['you'], why: 'N: yes.' }], phase, 'before-moving')).toBe(
      HOUSEHOLD.replace('      why: B.\n', '      why: B.\n  n:\n    - who: [you]\n      why: "N: yes."\n'),
    );
    expect(
      withRules(
        HOUSEHOLD,
        'a',
        [{ who: ['partner'], when: { reason: ['work'] }, after: 'c', why: 'A2.' }],
        phase,
        'before-moving',
      ),
    ).toBe(
      HOUSEHOLD.replace(
        '  a:\n    - who: [you]\n      why: A.\n',
        '  a:\n    - who: [partner]\n      when: { reason: [work] }\n      after: c\n      why: A2.\n',
      ),
    );
    expect(
      renderRules('x', [
        { who: ['you'], why: 'Y' },
        { who: ['children'], when: { children: ['0-5'] }, why: 'Z' },
      ]),
    ).toBe(
      '  x:\n    - who: [you]\n      why: Y\n    - who: [children]\n      when: { children: [0-5] }\n      why: Z\n',
    );
  });
  it("puts a Danish title in its phase's group, in alphabetical order, or replaces it", () => {
    const DA = 'translates: abc\n# before-moving\nb: "B"\nd: "D"\n# when-you-arrive\nc: "C"\n';
    expect(withDanishTitle(DA, 'c2', 'Ny', 'before-moving')).toBe(DA.replace('b: "B"\n', 'b: "B"\nc2: "Ny"\n'));
    expect(withDanishTitle(DA, 'a', 'Ny', 'before-moving', 'def')).toBe(
      DA.replace('translates: abc', 'translates: def').replace('# before-moving\n', '# before-moving\na: "Ny"\n'),
    );
    expect(withDanishTitle(DA, 'c', 'Ny "C"', 'when-you-arrive')).toBe(DA.replace('c: "C"', 'c: "Ny \\"C\\""'));
    expect(withDanishTitle(DA, 'z', 'Z', 'if-leaving')).toBe(`${DA}# if-leaving\nz: "Z"\n`);
  });
  it('gives the form a task\'s rules with "every answer" written out', () => {
    const raw = loadContent(FIXTURE_CONTENT);
    expect(parse(formExtras('find-a-home', raw.householdChecklists, undefined))).toEqual({
      address: 'find-a-home',
      household: [
        {
          who: ['you'],
          citizenship: ['nordic', 'eu', 'other'],
          reason: ['work', 'study', 'family', 'job-seeking'],
          children: [],
          why: 'You need an address in Denmark to register and get a CPR number.',
        },
      ],
    });
  });
});
