/** Changing one dependency in journey/ changes the diagram, the step list and the downloads on the next build, with no other edit. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixtureContent } from './helpers/fixture-content.ts';

const root = mkdtempSync(join(tmpdir(), 'mtd-journey-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the journey follows its data', () => {
  it('redraws the diagram, the list and the downloads after one dependency changes', () => {
    copyFixtureContent(root);
    const steps = join(root, 'journey/steps.yaml');
    // NemKonto now depends on MitID instead of the bank account.
    writeFileSync(steps, readFileSync(steps, 'utf8').replace('task: nemkonto, dependsOn: [bank-account]', 'task: nemkonto, dependsOn: [mitid]'));
    const out = join(root, 'dist');
    const r = spawnSync(process.execPath, ['scripts/build.ts', '--no-pdf'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: root, OUT_DIR: out } });
    expect(r.status, r.stderr).toBe(0);

    const mmd = readFileSync(join(out, 'downloads/ideal-journey.mmd'), 'utf8');
    expect(mmd).toContain('s_mitid --> s_nemkonto');
    expect(mmd).not.toContain('s_bank_account --> s_nemkonto');
    const before = readFileSync('dist/journey/index.html', 'utf8');
    const after = readFileSync(join(out, 'journey/index.html'), 'utf8');
    const svgOf = (html: string) => /<svg[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svgOf(after)).not.toBe(svgOf(before));
    expect(readFileSync(join(out, 'downloads/ideal-journey.svg'), 'utf8')).not.toBe(readFileSync('dist/downloads/ideal-journey.svg', 'utf8'));
    // The task page's "what this unlocks next" follows the same data.
    expect(/<nav class="next-step"[\s\S]*?<\/nav>/.exec(readFileSync(join(out, 'tasks/mitid/index.html'), 'utf8'))![0]).toContain('href="/tasks/nemkonto/"');
  }, 300_000);
});
