import { describe, expect, it } from 'vitest';
import { parseMarkdownSource, parseYamlSource } from '../../src/lib/content/yaml-source.ts';

describe('parseMarkdownSource', () => {
  const text = ['---', 'title: Hello', 'situations:', '  - eu-eea', '  - nordic', '---', '', 'Body here.'].join('\n');

  it('parses front matter and finds the line of each field, counted in the whole file', () => {
    const src = parseMarkdownSource('guide/x.md', text);
    expect(src.issues).toEqual([]);
    expect(src.data).toEqual({ title: 'Hello', situations: ['eu-eea', 'nordic'] });
    expect(src.lineOf(['title'])).toBe(2);
    expect(src.lineOf(['situations', 1])).toBe(5);
    expect(src.body.trim()).toBe('Body here.');
    expect(src.bodyLine).toBe(7);
  });

  it('falls back to the nearest parent for a field that is missing', () => {
    const src = parseMarkdownSource('guide/x.md', text);
    expect(src.lineOf(['situations', 7])).toBe(4);
  });

  it('reports malformed YAML with the file line', () => {
    const src = parseMarkdownSource('guide/x.md', '---\ntitle: ok\nsummary: [unclosed\n---\nbody');
    expect(src.issues).toHaveLength(1);
    expect(src.issues[0]!.message).toMatch(/malformed/);
    expect(src.issues[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a file without front matter', () => {
    const src = parseMarkdownSource('guide/x.md', '# Just a heading');
    expect(src.issues[0]!.message).toBe('has no front matter');
  });

  it('treats duplicate keys as an error', () => {
    expect(parseYamlSource('a.yaml', 'a: 1\na: 2\n').issues).toHaveLength(1);
  });
});

describe('YAML errors in plain words', () => {
  it.each([
    ['title: a\ntitle: b\n', /the same field appears twice/, /delete one of the two lines/],
    ['summary: [unclosed\n', /bracket or quote is not closed|could not be read/, /./],
    ['title: Step 1: register\n', /stray colon|could not be read|needs quotes/, /quotes/],
  ])('explains %j', (yaml, message, hint) => {
    const src = parseYamlSource('glossary/x.yaml', yaml);
    expect(src.issues[0]!.message).toMatch(/^the YAML is malformed: /);
    expect(src.issues[0]!.message).toMatch(message);
    expect(src.issues[0]!.hint).toMatch(hint);
  });
});
