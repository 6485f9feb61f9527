/**
 * Changing one dependency in journey/ changes the diagram, the step list and the downloads on the next build, with no
 * other edit. On the tiny fixture site, built before and after the change.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixtureContent, TINY_CONTENT } from './helpers/fixture-content.ts';

const root = mkdtempSync(join(tmpdir(), 'mtd-journey-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(out: string): void {
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--no-pdf'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: root, OUT_DIR: out },
  });
  expect(r.status, r.stderr).toBe(0);
}

describe('the journey follows its data', () => {
  it('redraws the diagram, the list and the downloads after one dependency changes', () => {
    copyFixtureContent(root, TINY_CONTENT);
    const before = join(root, 'before');
    build(before);
    const steps = join(root, 'journey/steps.yaml');
    // Reporting the departure now depends on MitID instead of the CPR number.
    const text = readFileSync(steps, 'utf8');
    const changed = text.replace(
      'task: report-departure, dependsOn: [cpr-number]',
      'task: report-departure, dependsOn: [mitid]',
    );
    expect(changed).not.toBe(text);
    writeFileSync(steps, changed);
    const after = join(root, 'after');
    build(after);

    const mmd = readFileSync(join(after, 'downloads/ideal-journey.mmd'), 'utf8');
    expect(mmd).toContain('s_mitid --> s_report_departure');
    expect(mmd).not.toContain('s_cpr_number --> s_report_departure');
    expect(readFileSync(join(before, 'downloads/ideal-journey.mmd'), 'utf8')).toContain(
      's_cpr_number --> s_report_departure',
    );
    const svgOf = (dir: string) =>
      /<svg[\s\S]*?<\/svg>/.exec(readFileSync(join(dir, 'journey/index.html'), 'utf8'))![0];
    expect(svgOf(after)).not.toBe(svgOf(before));
    expect(readFileSync(join(after, 'downloads/ideal-journey.svg'), 'utf8')).not.toBe(
      readFileSync(join(before, 'downloads/ideal-journey.svg'), 'utf8'),
    );
    // The task page's "what this unlocks next" follows the same data.
    const next = (dir: string) =>
      /<nav class="next-step"[\s\S]*?<\/nav>/.exec(readFileSync(join(dir, 'tasks/mitid/index.html'), 'utf8'))?.[0] ??
      '';
    expect(next(after)).toContain('href="/tasks/report-departure/"');
    expect(next(before)).not.toContain('href="/tasks/report-departure/"');
  }, 600_000);
});
