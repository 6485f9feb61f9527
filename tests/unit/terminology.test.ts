import { describe, expect, it } from 'vitest';
import {
  avoidRules,
  checkMarkdownTerminology,
  checkTerminology,
  checkYamlTerminology,
  danishAvoidRules,
} from '../../src/lib/checks/terminology.ts';

const rules = avoidRules([
  { english: 'MitID', avoid: ['NemID'] },
  { english: 'CPR number', avoid: ['social security number', 'personal number'] },
]);

describe('checkTerminology', () => {
  it('finds an avoided variant with the file, line and preferred term', () => {
    const issues = checkTerminology('guide/a.md', 'line one\nLog in with NemID.\n', rules);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'guide/a.md', line: 2 });
    expect(issues[0]!.message).toContain('"NemID"');
    expect(issues[0]!.hint).toContain('"MitID"');
  });

  it('copes with case, hyphens and plurals', () => {
    const text = 'your Social-Security-Numbers\nYOUR PERSONAL NUMBER\nnemid';
    expect(checkTerminology('a.md', text, rules).map((i) => i.line)).toEqual([1, 2, 3]);
  });

  it('does not flag ordinary words that merely contain a variant', () => {
    const text = 'personal numbering scheme? no: impersonal number. NemIDs-like? ';
    // "personal numbering" and "impersonal number" are not the variant; "NemIDs" is its plural and is flagged
    const found = checkTerminology('a.md', text, rules).map((i) => i.message);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('NemIDs');
  });

  it('ignores URLs', () => {
    expect(checkTerminology('a.md', 'See https://example.dk/nemid/login', rules)).toEqual([]);
  });

  it('exempts one paragraph after an explicit terms-allow comment', () => {
    const text =
      '<!-- terms-allow: NemID -->\nMitID replaced NemID in 2023.\nStill NemID here.\n\nBut NemID here is flagged.';
    const issues = checkTerminology('a.md', text, rules);
    expect(issues.map((i) => i.line)).toEqual([5]);
  });
});

describe('Danish terminology (danishAvoid)', () => {
  const da = danishAvoidRules([
    { danish: 'sundhedskort', danishAvoid: ['sygesikringsbevis'] },
    { danish: 'MitID', danishAvoid: ['NemID'] },
  ]);

  it('finds a Danish word to avoid in its Danish forms, and names the Danish term to use', () => {
    const text =
      'Du får et sygesikringsbevis.\nSygesikringsbeviset kommer med posten.\nSygesikringsbevisernes farve.\nLog på med NemID.';
    const issues = checkTerminology('da/tips/a.md', text, da);
    expect(issues.map((i) => i.line)).toEqual([1, 2, 3, 4]);
    expect(issues[0]!.hint).toContain('"sundhedskort"');
    expect(issues[3]!.hint).toContain('"MitID"');
  });

  it('does not flag longer words that only begin with it, or English rules in Danish text', () => {
    expect(checkTerminology('da/a.md', 'sygesikringsbevisordningen', da)).toEqual([]);
    expect(checkTerminology('da/a.md', 'personal number', da)).toEqual([]);
  });
});

describe('checkYamlTerminology: the texts an editor writes in YAML', () => {
  const yaml = [
    'steps:', //                                                        1
    '  - { id: nemid-step, label: Get NemID, phase: before-moving }', // 2
    'sources:', //                                                      3
    '  - url: https://example.dk/nemid', //                              4
    '    quote: "Log in with NemID."', //                                5
    '    note: "the page still says NemID"', //                          6
    'note: Use NemID here', //                                           7
    '# <!-- terms-allow: NemID -->', //                                  8
    'history: NemID closed in 2023', //                                  9
  ].join('\n');
  it('finds a variant in a label and a note, naming the field and the line', () => {
    const issues = checkYamlTerminology('journey/steps.yaml', yaml, rules);
    expect(issues.map((i) => [i.line, i.field, i.message])).toEqual([
      [2, ['steps', 0, 'label'], 'uses "NemID", which the glossary says to avoid'],
      [7, ['note'], 'uses "NemID", which the glossary says to avoid'],
    ]);
  });
  it('leaves ids, addresses, verbatim quotes, source notes and exempted fields alone', () => {
    const lines = checkYamlTerminology('journey/steps.yaml', yaml, rules).map((i) => i.line);
    for (const n of [4, 5, 6, 9]) expect(lines).not.toContain(n);
  });
  it('counts front-matter lines from the file, and checks the body after it', () => {
    const text = [
      '---',
      'title: Register',
      'summary: Use NemID',
      'sources:',
      '  - quote: NemID',
      '---',
      '',
      'Log in with NemID.',
    ].join('\n');
    const issues = checkMarkdownTerminology({ file: 'guide/a.md', text, bodyLine: 7 }, rules);
    expect(issues.map((i) => i.line)).toEqual([3, 8]);
  });
});
