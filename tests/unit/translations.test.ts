import { describe, expect, it } from 'vitest';
import { fingerprintOf, translationSection, translationStatus, type TranslationUnit } from '../../src/lib/translations/status.ts';
import { stampText } from '../../src/lib/translations/stamp.ts';

const unit = (over: Partial<TranslationUnit>): TranslationUnit => ({
  file: 'da/tips/a.md', source: 'guide/tips/a.md', title: 'Tip: A', english: fingerprintOf({ title: 'A' }), exists: true, ...over,
});

describe('translation status', () => {
  it('is current only when the Danish names the fingerprint of the English as it is now', () => {
    const now = fingerprintOf({ title: 'A', body: 'new' });
    const [current, stale, unstamped, missing] = translationStatus([
      unit({ english: now, translates: now }),
      unit({ english: now, translates: fingerprintOf({ title: 'A', body: 'old' }) }),
      unit({ english: now }),
      unit({ english: now, exists: false }),
    ]);
    expect([current!.state, stale!.state, unstamped!.state, missing!.state]).toEqual(['current', 'stale', 'unstamped', 'missing']);
    expect(fingerprintOf({ a: 1, b: 2 })).toBe(fingerprintOf({ b: 2, a: 1 }));
    expect(fingerprintOf({ a: 1 })).toMatch(/^[0-9a-f]{12}$/);
  });

  it('lists what is out of date for the review report and the release notes', () => {
    const section = translationSection(translationStatus([unit({ translates: 'aaaaaaaaaaaa' }), unit({ file: 'da/tips/b.md', title: 'Tip: B', translates: fingerprintOf({ title: 'A' }) })]));
    expect(section).toContain('## Danish edition');
    expect(section).toContain('1 of 2 Danish texts are not up to date with the English:');
    expect(section).toContain('- Tip: A: the Danish is out of date: guide/tips/a.md has changed since it was translated');
    expect(section).not.toContain('Tip: B');
  });
});

describe('stamping a Danish file', () => {
  it('adds or replaces translates in the front matter of Markdown, and keeps the body', () => {
    const md = '---\ntitle: Tip\n---\n\nBody with translates: in it.\n';
    const once = stampText(md, 'abcdefabcdef', true);
    expect(once).toBe('---\ntitle: Tip\ntranslates: abcdefabcdef\n---\n\nBody with translates: in it.\n');
    expect(stampText(once, '111111111111', true)).toBe('---\ntitle: Tip\ntranslates: 111111111111\n---\n\nBody with translates: in it.\n');
  });
  it('adds or replaces translates at the top of YAML', () => {
    expect(stampText('definition: x\n', 'abcdefabcdef', false)).toBe('translates: abcdefabcdef\ndefinition: x\n');
    expect(stampText('translates: abcdefabcdef\ndefinition: x\n', '111111111111', false)).toBe('translates: 111111111111\ndefinition: x\n');
  });
});
