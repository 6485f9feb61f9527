/** The Danish edition's pure parts: what the Danish PDF waits for, the Danish journey, its text alternative, templates. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate.ts';
import {
  danishBadge,
  danishJourney,
  danishJourneyAlt,
  danishJourneyKey,
  danishPdfMissing,
  danishPhases,
} from '../../src/lib/danish/translation.ts';
import { journeyToMermaid } from '../../src/lib/journey/to-mermaid.ts';
import { fillTemplate } from '../../src/lib/text.ts';
import { copyFixtureContent, FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

const fixture = validateContent(FIXTURE_CONTENT).model;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the Danish PDF', () => {
  it('waits for nothing when every text is translated (the frozen content)', () => {
    expect(danishPdfMissing(fixture)).toEqual([]);
  });

  it('names each missing translation by its file, so an editor knows what to write', () => {
    const model = structuredClone(fixture);
    const da = model.danish!;
    const tip = model.tips[0]!.slug;
    da.tips.delete(tip);
    da.taskTitles.delete(model.tasks[0]!.slug);
    delete da.journey!.steps[model.journey.steps[0]!.id];
    expect(danishPdfMissing(model)).toEqual([
      `da/tips/${tip}.md`,
      `da/journey.yaml: the step "${model.journey.steps[0]!.id}"`,
      `da/tasks.yaml: the task "${model.tasks[0]!.slug}"`,
    ]);
  });

  it('is not built for content without a Danish edition', () => {
    const root = mkdtempSync(join(tmpdir(), 'no-da-'));
    dirs.push(root);
    copyFixtureContent(root);
    rmSync(join(root, 'da'), { recursive: true });
    expect(danishPdfMissing(validateContent(root).model)).toEqual([
      'da/guide.yaml (the Danish edition has not been started)',
    ]);
  });
});

describe('the Danish journey', () => {
  const da = fixture.danish!;
  const journey = danishJourney(fixture, da);
  const phases = danishPhases(fixture, da);

  it('keeps the steps, their order and arrows, with Danish labels, task titles and phase names', () => {
    expect(journey.steps.map((s) => [s.id, s.dependsOn])).toEqual(
      fixture.journey.steps.map((s) => [s.id, s.dependsOn]),
    );
    for (const s of journey.steps) {
      expect(s.label).toBe(da.journey!.steps[s.id]);
      expect(s.taskTitle).toBe(da.taskTitles.get(s.task));
    }
    expect(phases.map((p) => p.name)).toEqual(fixture.phases.map((p) => da.guide.phases[p.id]));
  });

  it('draws "or" circles and optional steps in Danish', () => {
    const source = journeyToMermaid(journey, phases, {
      layout: 'print',
      words: { or: 'eller', optional: 'valgfrit' },
      alt: 'Et diagram',
    });
    expect(source).toContain('(("eller"))');
    expect(source).not.toContain('(("or"))');
    if (journey.steps.some((s) => s.optional)) expect(source).toContain('(valgfrit)"]');
    expect(source).toContain('accDescr: Et diagram');
  });

  it('fills the text alternative from the template in da/guide.yaml', () => {
    const alt = danishJourneyAlt(
      journey,
      phases,
      'Et diagram med {steps} trin i {phases} faser, fra “{first}” til “{last}”. Nøgler: {keys}.',
      'eller',
    );
    const keys = journey.steps.filter((s) => s.key).map((s) => `“${s.label}”`);
    expect(alt).toBe(
      `Et diagram med ${journey.steps.length} trin i ${phases.length} faser, fra “${phases[0]!.name}” til “${phases.at(-1)!.name}”. Nøgler: ${keys.slice(0, -1).join(', ')} eller ${keys.at(-1)}.`,
    );
  });

  it('has a Danish key and Danish language badges', () => {
    expect(danishJourneyKey(da).map((k) => k.text)).toEqual([
      da.guide.sentences.keyArrow,
      da.guide.sentences.keyKey,
      da.guide.sentences.keyOptional,
      da.guide.sentences.keyOr,
    ]);
    expect(danishBadge(da, 'danish-only')).toBe(da.guide.badges['danish-only']);
  });
});

describe('fillTemplate', () => {
  it('fills known placeholders and leaves unknown ones for the reader to notice', () => {
    expect(fillTemplate('{pages} sider, {size}, {nope}', { pages: 3, size: '1 MB' })).toBe('3 sider, 1 MB, {nope}');
  });
});
