import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model.ts';
import { DEFAULT_GLOSSARY_SIZE as GLOSSARY_SIZE } from '../../src/lib/schemas/settings.ts';
import { checkEvidence, CONTENT_RULES } from '../../src/lib/checks/content-rules.ts';
import type { RawContent, TaskEntry, Entry } from '../../src/lib/content/load.ts';
import { DEFAULT_SETTINGS } from '../../src/lib/schemas/settings.ts';
import { SITE_PAGES } from '../../src/lib/schemas/site-page.ts';
import type { TaskData } from '../../src/lib/schemas/task.ts';
import type { TermData } from '../../src/lib/schemas/term.ts';
import type { SelfServiceData } from '../../src/lib/schemas/self-service.ts';

const lineOf = () => 3;
function task(slug: string, over: Partial<TaskData> = {}, phase = 'arrive'): TaskEntry {
  return {
    slug,
    phase,
    file: `guide/${phase}/${slug}.md`,
    body: 'Body',
    bodyLine: 20,
    text: '',
    lineOf,
    data: {
      title: slug,
      summary: 's',
      order: 1,
      authority: 'municipality',
      situations: ['eu-eea'],
      prerequisites: [],
      youDo: ['x'],
      automatic: [],
      officialLink: { label: 'L', url: 'https://lifeindenmark.borger.dk/', specific: false },
      help: [{ kind: 'online', label: 'h' }],
      lastReviewed: '2026-11-01',
      optional: false,
      inJourney: true,
      sources: [{ url: 'https://lifeindenmark.borger.dk/x', supports: 'the rule', checked: '2026-11-01' }],
      legalBasis: [],
      ruleChanges: [],
      due: [],
      bring: [],
      ...over,
    },
  };
}
function term(rank: number, over: Partial<TermData> = {}): Entry<TermData> {
  return {
    slug: `t${rank}`,
    file: `glossary/t${rank}.yaml`,
    lineOf,
    data: {
      rank,
      danish: `da${rank}`,
      danishVariants: [],
      english: `en${rank}`,
      variants: [],
      avoid: [],
      danishAvoid: [],
      sources: [{ url: 'https://x.dk/a', supports: 'd', checked: '2026-11-01' }],
      definition: 'd',
      authority: 'municipality',
      url: 'https://x.dk/',
      related: [],
      lastReviewed: '2026-11-01',
      ...over,
    },
  };
}
function raw(over: Partial<RawContent> = {}): RawContent {
  return {
    root: '.',
    lineOf: () => undefined,
    issues: [],
    settings: { url: 'https://moving-to-denmark.example', ...DEFAULT_SETTINGS },
    authorities: [
      {
        id: 'municipality',
        name: 'Your municipality',
        workingGroup: false,
        kind: 'authority',
        services: [],
        sources: [],
      },
    ],
    situations: [{ id: 'eu-eea', name: 'EU', description: 'd' }],
    phases: [
      { id: 'before', name: 'Before', summary: 's' },
      { id: 'arrive', name: 'Arrive', summary: 's' },
    ],
    officialDomains: { domains: [], exceptions: [] },
    tasks: [],
    chapters: [],
    sitePages: Object.keys(SITE_PAGES).map((slug) => ({
      slug,
      file: `guide/pages/${slug}.md`,
      body: 'b',
      bodyLine: 7,
      text: '',
      lineOf,
      data: { title: slug, description: 'd', authority: 'municipality', lastReviewed: '2026-11-01' },
    })),
    journey: { title: '', description: '', steps: [] },
    selfServices: [],
    danishAllowList: [],
    municipalities: [],
    unreadable: { tasks: [], terms: [] },
    tips: Array.from({ length: 6 }, (_, i) => ({
      slug: `tip${i}`,
      file: `guide/tips/tip${i}.md`,
      body: 'b',
      bodyLine: 8,
      text: '',
      lineOf,
      data: {
        title: 't',
        order: i + 1,
        summary: 's',
        do: 'd',
        dont: 'd',
        authority: 'municipality',
        lastReviewed: '2026-11-01',
      },
    })),
    terms: Array.from({ length: GLOSSARY_SIZE }, (_, i) => term(i + 1)),
    ...over,
  };
}
/** What check:content reports: the model's broken references and the content rules (src/lib/checks/content-rules.ts). */
const messages = (r: RawContent) =>
  [...buildModel(r).issues, ...CONTENT_RULES.flatMap((rule) => rule(r))].map((i) => `${i.file}: ${i.message}`);

describe('buildModel', () => {
  it('accepts consistent content and orders tasks by phase, then order', () => {
    const { model, issues } = buildModel(
      raw({ tasks: [task('b', { order: 2 }), task('a', { order: 5 }, 'before'), task('c', { order: 1 })] }),
    );
    expect(issues).toEqual([]);
    expect(model.tasks.map((t) => t.slug)).toEqual(['a', 'c', 'b']);
    expect(model.tasks[0]!.url).toBe('/tasks/a/');
  });

  it('reports an unknown authority and situation with the file', () => {
    const m = messages(raw({ tasks: [task('a', { authority: 'nope', situations: ['martian'] })] }));
    expect(m).toContain('guide/arrive/a.md: unknown authority "nope"');
    expect(m).toContain('guide/arrive/a.md: unknown situation "martian"');
  });

  it('reports a prerequisite that is not a task, including inside anyOf', () => {
    const m = messages(
      raw({ tasks: [task('a', { prerequisites: ['ghost', { anyOf: ['a2', 'ghost2'] }] }), task('a2')] }),
    );
    expect(m).toEqual([
      'guide/arrive/a.md: prerequisite "ghost" is not a task',
      'guide/arrive/a.md: prerequisite "ghost2" is not a task',
    ]);
  });

  it('reports duplicate slugs across phases', () => {
    const m = messages(raw({ tasks: [task('a'), task('a', {}, 'before')] }));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/duplicate task slug "a"/);
  });

  it('reports an empty body', () => {
    const t = task('a');
    t.body = '  \n';
    expect(messages(raw({ tasks: [t] }))).toEqual(['guide/arrive/a.md: the page body is empty']);
  });

  it.each([24, 26])('requires exactly 25 glossary terms (%i fails)', (n) => {
    const terms = Array.from({ length: n }, (_, i) => term(i + 1, i >= 25 ? { rank: 1 } : {}));
    expect(messages(raw({ terms })).join('\n')).toContain(`exactly 25 terms, found ${n}`);
  });

  it('reports duplicate Danish or English terms and unknown related terms', () => {
    const terms = raw().terms;
    terms[1] = term(2, { danish: 'DA1' });
    terms[2] = term(3, { english: 'en1' });
    terms[3] = term(4, { related: ['t1', 'missing'] });
    const m = messages(raw({ terms }));
    expect(m).toContain('glossary/t2.yaml: duplicate Danish term "DA1", also in glossary/t1.yaml');
    expect(m).toContain('glossary/t3.yaml: duplicate English term "en1", also in glossary/t1.yaml');
    expect(m).toContain('glossary/t4.yaml: related term "missing" does not exist');
  });
});

function service(slug: string, over: Partial<SelfServiceData> = {}): Entry<SelfServiceData> {
  return {
    slug,
    file: `journey/self-service/${slug}.yaml`,
    lineOf,
    data: {
      nameDa: 'n',
      nameEn: 'n',
      authority: 'municipality',
      urlDa: 'https://x.dk/a',
      specific: true,
      english: 'unknown',
      login: 'mitid',
      needsCpr: true,
      tasks: ['a'],
      variesByMunicipality: false,
      crib: [],
      lastVerified: '2026-11-01',
      ...over,
    },
  };
}

describe('buildModel: sources, self-service and facts', () => {
  it('fails a task whose deadline has no source, naming the deadline field', () => {
    const issues = checkEvidence(raw({ tasks: [task('a', { deadline: 'within 5 days', sources: [] })] }));
    expect(issues.map((i) => [i.file, i.field, i.message])).toEqual([
      ['guide/arrive/a.md', ['deadline'], 'the deadline has no source'],
    ]);
  });

  it('fails a glossary term without a source', () => {
    const terms = raw().terms;
    terms[0] = term(1, { sources: [] });
    expect(messages(raw({ terms }))).toEqual(['glossary/t1.yaml: the definition has no source']);
  });

  it('takes the self-service by its map id and fails when the map does not agree', () => {
    const ok = buildModel(raw({ tasks: [task('a', { selfService: 's1' })], selfServices: [service('s1')] }));
    expect(ok.issues).toEqual([]);
    expect(messages(raw({ tasks: [task('a', { selfService: 'ghost' })], selfServices: [service('s1')] }))[0]).toMatch(
      /self-service "ghost" is not in the self-service map/,
    );
    expect(
      messages(
        raw({ tasks: [task('a', { selfService: 's1' }), task('b')], selfServices: [service('s1', { tasks: ['b'] })] }),
      ),
    ).toEqual(['guide/arrive/a.md: self-service "s1" does not list this task in its "tasks"']);
  });

  it('requires evidence for a verified English availability', () => {
    const m = messages(raw({ tasks: [task('a')], selfServices: [service('s1', { english: 'full' })] }));
    expect(m).toEqual(['journey/self-service/s1.yaml: english is "full" but there is no evidence']);
    const withEvidence = service('s1', {
      english: 'full',
      englishEvidence: { url: 'https://x.dk/en', quote: 'in English', checked: '2026-11-01' },
    });
    expect(messages(raw({ tasks: [task('a')], selfServices: [withEvidence] }))).toEqual([]);
  });

  it('requires a source for an authority phone number', () => {
    const m = messages(
      raw({
        authorities: [
          {
            id: 'municipality',
            name: 'M',
            workingGroup: false,
            kind: 'authority',
            phone: '+45 00 00 00 00',
            services: [],
            sources: [],
          },
        ],
      }),
    );
    expect(m).toEqual(['journey/authorities.yaml: the contact details of "municipality" have no source']);
  });

  it('renders fact directives from the one field in every text field, and reports broken ones', () => {
    const { model, issues } = buildModel(
      raw({
        tasks: [
          task('a', {
            deadline: 'within 5 days of moving',
            summary: 'Register :deadline.',
            youDo: ['Go :deadline.', 'Then see :deadline[b].'],
          }),
          task('b', { deadline: 'before you leave' }),
        ],
      }),
    );
    expect(issues).toEqual([]);
    const a = model.tasks.find((t) => t.slug === 'a')!;
    expect(a.summary).toBe('Register within 5 days of moving.');
    expect(a.youDo).toEqual(['Go within 5 days of moving.', 'Then see before you leave.']);
    const bad = messages(raw({ tasks: [task('a', { summary: 'Register :deadline.' })] }));
    expect(bad).toEqual(['guide/arrive/a.md: this task has no deadline field, so ":deadline" has nothing to show']);
  });
});

describe('buildModel: the journey and the task agree', () => {
  it('fails a step whose "optional" differs from its task', () => {
    const journey = {
      title: 't',
      description: 'd',
      steps: [{ id: 's', label: 'S', phase: 'arrive', task: 'a', dependsOn: [], optional: false, key: false }],
    };
    expect(messages(raw({ tasks: [task('a', { optional: true })], journey }))).toContain(
      'guide/arrive/a.md: step "s" is not optional here, but its task says optional: true'.replace(
        'guide/arrive/a.md',
        'journey/steps.yaml',
      ),
    );
    expect(messages(raw({ tasks: [task('a', { optional: false })], journey }))).toEqual([]);
  });
});

describe('link inventory', () => {
  it('attributes each link to the authority that owns its domain, and lists marked front pages', async () => {
    const { contentLinks, frontPageLinks } = await import('../../src/lib/checks/link-inventory.ts');
    const officialDomains = {
      domains: [
        { domain: 'skat.dk', authority: 'tax-agency' },
        { domain: 'borger.dk', authority: 'digst' },
      ],
      exceptions: [],
    };
    const t = task('a', {
      officialLink: { label: 'L', url: 'https://lifeindenmark.borger.dk/', specific: false },
      sources: [{ url: 'https://skat.dk/x', supports: 's', checked: '2026-11-01' }],
    });
    t.body = 'See [skat](https://www.skat.dk/y) and [other](https://unlisted.dk/z).';
    const { model } = buildModel(raw({ tasks: [t], officialDomains }));
    const links = contentLinks(model).map((l) => [l.url, l.authority]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['https://lifeindenmark.borger.dk/', 'digst'],
        ['https://skat.dk/x', 'tax-agency'],
        ['https://www.skat.dk/y', 'tax-agency'],
        ['https://unlisted.dk/z', 'municipality'],
      ]),
    );
    expect(frontPageLinks(model).map((l) => [l.url, l.authority, l.where])).toEqual([
      ['https://lifeindenmark.borger.dk/', 'digst', 'guide/arrive/a.md (officialLink)'],
    ]);
  });
});

describe('messages for a value of the wrong kind', () => {
  it('names what the field takes and what it got, instead of "required but missing"', async () => {
    const { zodIssuesToContentIssues } = await import('../../src/lib/content/errors.ts');
    const { selfServiceSchema } = await import('../../src/lib/schemas/self-service.ts');
    const { taskSchema } = await import('../../src/lib/schemas/task.ts');
    const ss = selfServiceSchema.safeParse({ needsCpr: 'no' }, { reportInput: true });
    const ssMessages = zodIssuesToContentIssues('s.yaml', ss.error!.issues).map(
      (i) => `${i.field?.join('.')}: ${i.message}`,
    );
    expect(ssMessages).toContain('needsCpr: must be true or false, or "unknown", but it is the text "no"');
    const t = taskSchema.safeParse({ optional: 'yes' }, { reportInput: true });
    expect(
      zodIssuesToContentIssues('t.md', t.error!.issues).map((i) => `${i.field?.join('.')}: ${i.message}`),
    ).toContain('optional: must be true or false, but it is the text "yes"');
  });
});

describe('tasks outside the journey', () => {
  it('warns about a task with no journey step unless it says inJourney: false', () => {
    const journey = {
      title: 't',
      description: 'd',
      steps: [{ id: 's', label: 'S', phase: 'arrive', task: 'a', dependsOn: [], optional: false, key: false }],
    };
    expect(messages(raw({ tasks: [task('a'), task('b')], journey }))).toEqual([
      'journey/steps.yaml: 1 guide task(s) are not in the journey: b',
    ]);
    expect(messages(raw({ tasks: [task('a'), task('b', { inJourney: false })], journey }))).toEqual([]);
  });
});

describe("the guide's shape is a setting (site.yaml: glossarySize, tipCount)", () => {
  it('builds a smaller site with its own counts, and refuses a rank beyond them', () => {
    const small = raw({
      settings: { url: 'https://guide.example.dk', ...DEFAULT_SETTINGS, glossarySize: 2, tipCount: 1 },
      terms: [term(1), term(2)],
      tips: raw().tips.slice(0, 1),
    });
    expect(messages(small)).toEqual([]);
    expect(messages({ ...small, terms: [term(1), term(3)] })).toEqual([
      "glossary/t3.yaml: rank 3 is above the glossary's 2 terms",
    ]);
    expect(messages({ ...small, tips: [] })).toEqual(['guide/tips/: there must be exactly 1 tips, found 0']);
  });
  it('keeps the rules out of the model: buildModel reports only broken references', () => {
    const r = raw({ tasks: [task('a', { sources: [] })], tips: [] });
    expect(buildModel(r).issues).toEqual([]);
    expect(messages(r)).toEqual([
      'guide/tips/: there must be exactly 6 tips, found 0',
      'guide/arrive/a.md: the task has no sources',
    ]);
  });
});
