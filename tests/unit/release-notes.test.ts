import { describe, expect, it } from 'vitest';
import { mergeNotes, NOTES_MARKER } from '../../src/lib/release/notes.ts';

const computed = (change: string) => `# What's new in edition 2027-Q1\n\nPublished 2027-02-01.\n\nCompared with edition 2026-Q4 (2026-11-23).\n\n## Tasks\n\n- ${change}\n`;

describe('release notes the editor owns', () => {
  it('starts with the title, the marker, then the computed changes', () => {
    const first = mergeNotes(undefined, computed('Added: X'));
    expect(first.indexOf('# What\'s new in edition 2027-Q1')).toBeLessThan(first.indexOf(NOTES_MARKER));
    expect(first.indexOf(NOTES_MARKER)).toBeLessThan(first.indexOf('- Added: X'));
  });
  it('keeps every line above the marker and replaces only the computed part', () => {
    const polished = mergeNotes(undefined, computed('Added: X')).replace(NOTES_MARKER, `A quarter of corrections: thank you to the nine authorities.\n\n${NOTES_MARKER}`);
    const again = mergeNotes(polished, computed('Added: Y'));
    expect(again).toContain('A quarter of corrections: thank you to the nine authorities.');
    expect(again).toContain('- Added: Y');
    expect(again).not.toContain('- Added: X');
    expect(again.split(NOTES_MARKER)).toHaveLength(2);
  });
  it('keeps a whole file written before the marker existed, above the marker', () => {
    const old = '# Notes\n\nOur own wording.\n';
    const merged = mergeNotes(old, computed('Added: Z'));
    expect(merged.startsWith('# Notes\n\nOur own wording.\n\n')).toBe(true);
    expect(merged).toContain('- Added: Z');
  });
});
