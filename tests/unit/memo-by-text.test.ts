import { describe, expect, it } from 'vitest';
import { memoByText } from '../../src/lib/memo-by-text.ts';
import { bodyTree } from '../../src/lib/markdown/body-tree.ts';

describe('memoByText', () => {
  it('parses a text once and gives every caller the same result', () => {
    const calls: string[] = [];
    const parse = memoByText((t) => {
      calls.push(t);
      return { length: t.length };
    });
    const a = parse('abc');
    expect(parse('abc')).toBe(a);
    expect(parse('abcd')).toEqual({ length: 4 });
    expect(calls).toEqual(['abc', 'abcd']);
  });

  it('forgets the least recently used text past its bound', () => {
    const calls: string[] = [];
    const parse = memoByText((t) => calls.push(t), 2);
    parse('a');
    parse('b');
    parse('a'); // a is now the most recently used
    parse('c'); // forgets b
    parse('a');
    parse('b');
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('gives a changed text its own tree (a page body edited in the preview)', () => {
    const before = bodyTree('See [the guide](https://lifeindenmark.borger.dk/).');
    const after = bodyTree('See [the guide](https://www.nyidanmark.dk/).');
    expect(after).not.toBe(before);
    expect(JSON.stringify(after)).toContain('nyidanmark');
    expect(JSON.stringify(bodyTree('See [the guide](https://lifeindenmark.borger.dk/).'))).toContain('lifeindenmark');
  });
});
