import { describe, expect, it } from 'vitest';
import { mergeNotes, NOTES_MARKER } from '../../src/lib/release/notes.ts';

const computed = (change: string) =>
  `# What's new in edition 2027-Q1\n\nPublished 2027-02-01.\n\nCompared with edition 2026-Q4 (2026-11-23).\n\n## Tasks\n\n- ${change}\n`;

describe('release notes the editor owns', () => {
  it('starts with the title, the marker, then the computed changes', () => {
    const first = mergeNotes(undefined, computed('Added: X'));
    expect(first.indexOf("# What's new in edition 2027-Q1")).toBeLessThan(first.indexOf(NOTES_MARKER));
    expect(first.indexOf(NOTES_MARKER)).toBeLessThan(first.indexOf('- Added: X'));
  });
  it('keeps every line above the marker and replaces only the computed part', () => {
    const polished = mergeNotes(undefined, computed('Added: X')).replace(
      NOTES_MARKER,
      `A quarter of corrections: thank you to the nine authorities.\n\n${NOTES_MARKER}`,
    );
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

describe('what the notes say changed', () => {
  const item = (data: Record<string, unknown>) => ({ hash: JSON.stringify(data), data });
  const manifest = (over: Record<string, unknown>) => ({
    edition: '2027-Q1',
    date: '2027-02-01',
    commit: 'abc',
    tasks: {},
    terms: {},
    steps: {},
    tips: {},
    selfServices: {},
    ...over,
  });
  it('names the field, the lines added and removed, and the self-service map', async () => {
    const { releaseNotes } = await import('../../src/lib/release/notes.ts');
    const before = manifest({
      edition: '2026-Q4',
      date: '2026-11-23',
      tasks: {
        cpr: item({
          title: 'Get a CPR number',
          youDo: ['Book a meeting.', 'Bring your passport.'],
          deadline: 'within 5 days',
        }),
      },
      selfServices: { etax: item({ nameEn: 'E-tax', english: 'unknown', login: 'mitid' }) },
    });
    const after = manifest({
      tasks: {
        cpr: item({
          title: 'Get a CPR number',
          youDo: ['Book a meeting.', 'Bring your passport.', 'Bring your lease.'],
          deadline: 'within 5 days',
        }),
      },
      selfServices: {
        etax: item({ nameEn: 'E-tax', english: 'english-guidance-only', login: 'mitid-or-password' }),
        mitid: item({ nameEn: 'MitID app' }),
      },
    });
    const notes = releaseNotes(before, after);
    expect(notes).toContain('- Get a CPR number: steps: added “Bring your lease.”');
    expect(notes).toMatch(
      /## Self-service map\n\n- Added: MitID app\n- E-tax: English changed: “unknown” → “english-guidance-only”; login changed: “mitid” → “mitid-or-password”/,
    );
    expect(notes).not.toMatch(/commit|`cpr`/);
  });
  it('says so when the previous edition did not record the map', async () => {
    const { releaseNotes } = await import('../../src/lib/release/notes.ts');
    const old = { ...manifest({ edition: '2026-Q3', date: '2026-08-14' }), selfServices: undefined };
    expect(releaseNotes(old as never, manifest({ selfServices: { a: item({ nameEn: 'A' }) } }) as never)).toContain(
      'The previous edition did not record the map; it now has 1 entry.',
    );
  });
});
