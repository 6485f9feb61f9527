import { describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  translationSection,
  translationStatus,
  type TranslationUnit,
} from '../../src/lib/translations/status.ts';
import { stampText } from '../../src/lib/translations/stamp.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { copyFixtureContent } from '../helpers/fixture-content.ts';
import { validateContent } from '../../src/lib/validate.ts';

const unit = (over: Partial<TranslationUnit>): TranslationUnit => ({
  file: 'da/tips/a.md',
  source: 'guide/tips/a.md',
  title: 'Tip: A',
  english: fingerprintOf({ title: 'A' }),
  exists: true,
  ...over,
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
    expect([current!.state, stale!.state, unstamped!.state, missing!.state]).toEqual([
      'current',
      'stale',
      'unstamped',
      'missing',
    ]);
    expect(fingerprintOf({ a: 1, b: 2 })).toBe(fingerprintOf({ b: 2, a: 1 }));
    expect(fingerprintOf({ a: 1 })).toMatch(/^[0-9a-f]{12}$/);
  });

  it('lists what is out of date for the review report and the release notes', () => {
    const section = translationSection(
      translationStatus([
        unit({ translates: 'aaaaaaaaaaaa' }),
        unit({ file: 'da/tips/b.md', title: 'Tip: B', translates: fingerprintOf({ title: 'A' }) }),
      ]),
    );
    expect(section).toContain('## Danish edition');
    expect(section).toContain('1 of 2 Danish texts are not up to date with the English:');
    expect(section).toContain(
      '- Tip: A: the Danish is out of date: guide/tips/a.md has changed since it was translated',
    );
    expect(section).not.toContain('Tip: B');
  });
});

describe('stamping a Danish file', () => {
  it('adds or replaces translates in the front matter of Markdown, and keeps the body', () => {
    const md = '---\ntitle: Tip\n---\n\nBody with translates: in it.\n';
    const once = stampText(md, 'abcdefabcdef', true);
    expect(once).toBe('---\ntitle: Tip\ntranslates: abcdefabcdef\n---\n\nBody with translates: in it.\n');
    expect(stampText(once, '111111111111', true)).toBe(
      '---\ntitle: Tip\ntranslates: 111111111111\n---\n\nBody with translates: in it.\n',
    );
  });
  it('adds or replaces translates at the top of YAML', () => {
    expect(stampText('definition: x\n', 'abcdefabcdef', false)).toBe('translates: abcdefabcdef\ndefinition: x\n');
    expect(stampText('translates: abcdefabcdef\ndefinition: x\n', '111111111111', false)).toBe(
      'translates: 111111111111\ndefinition: x\n',
    );
  });
});

describe('an editor renames an English glossary term (a copy of the frozen content)', () => {
  it('keeps the content valid: the old Danish file only warns that it translates nothing, the new term that it has no Danish yet', () => {
    const root = mkdtempSync(join(tmpdir(), 'mtd-translations-'));
    try {
      copyFixtureContent(root);
      writeFileSync(
        join(root, 'glossary/holiday-allowance.yaml'),
        readFileSync(join(root, 'glossary/holiday-pay.yaml'), 'utf8'),
      );
      unlinkSync(join(root, 'glossary/holiday-pay.yaml'));
      for (const f of ['glossary/departure-from-denmark.yaml', 'glossary/unemployment-insurance-fund.yaml']) {
        writeFileSync(
          join(root, f),
          readFileSync(join(root, f), 'utf8').replace(/^ {2}- holiday-pay$/m, '  - holiday-allowance'),
        );
      }
      const v = validateContent(root);
      expect(v.errors).toEqual([]);
      const messages = v.warnings.map((w) => `${w.file}: ${w.message}`);
      expect(messages).toContain(
        'da/glossary/holiday-pay.yaml: translates nothing: there is no English term "holiday-pay", so it is not published',
      );
      expect(messages).toContain(
        'da/glossary/holiday-allowance.yaml: Glossary: feriepenge: the Danish is missing: there is no da/glossary/holiday-allowance.yaml yet',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('an editor changes an English tip (a copy of the frozen content)', () => {
  it('warns, in the content check the build runs first, that its Danish translation is out of date, and does not fail', () => {
    const root = mkdtempSync(join(tmpdir(), 'mtd-translations-'));
    try {
      copyFixtureContent(root);
      const tip = join(root, 'guide/tips/keep-english-complete.md');
      const before = readFileSync(tip, 'utf8');
      const changed = before.replace(
        /^summary: .*$/m,
        'summary: A new English summary that the Danish does not say yet.',
      );
      expect(changed).not.toBe(before);
      // Before the change, the Danish tip is up to date: no warning names it.
      const clean = spawnSync(process.execPath, ['scripts/check-content.ts'], {
        env: { ...process.env, CONTENT_ROOT: root },
        encoding: 'utf8',
      });
      expect(clean.status, clean.stderr).toBe(0);
      expect(clean.stderr).not.toContain('da/tips/keep-english-complete.md');
      writeFileSync(tip, changed);
      const r = spawnSync(process.execPath, ['scripts/check-content.ts'], {
        env: { ...process.env, CONTENT_ROOT: root },
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(
        /da\/tips\/keep-english-complete\.md(:\d+)?: warning: .*the Danish is out of date: guide\/tips\/keep-english-complete\.md has changed since it was translated/,
      );
      expect(r.stdout).toMatch(/✓ content is valid: .* [1-9]\d* warning\(s\)/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
