/** The self-service map on the site, on the task pages, in the exports and in the PDF all come from journey/self-service/. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate.ts';
import { selfServicesForTask } from '../../src/lib/model.ts';
import { translationPriorities } from '../../src/lib/self-service/priorities.ts';
import { ENGLISH_BADGE } from '../../src/lib/presenters.ts';
import { DIST, read, requireDist } from '../helpers/dist.ts';

const model = validateContent(process.cwd()).model;
beforeAll(requireDist);
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('self-service map', () => {
  it('has at least 20 solutions', () => expect(model.selfServices.length).toBeGreaterThanOrEqual(20));

  it.each(['self-service/index.html', 'self-service/by-authority/index.html', 'self-service/by-language/index.html'])(
    '%s lists every solution once, with its language badge',
    (page) => {
      const html = read(page);
      const rows = [...html.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1]);
      expect(rows.sort()).toEqual(model.selfServices.map((s) => s.slug).sort());
      for (const s of model.selfServices) expect(html).toContain(ENGLISH_BADGE[s.english].label);
      expect(html).not.toMatch(/<script/);
    },
  );

  it('shows each task its solutions from the map, with an honest badge', () => {
    for (const t of model.tasks) {
      const html = read(`tasks/${t.slug}/index.html`);
      for (const s of selfServicesForTask(model, t.slug)) {
        expect(html, `${t.slug}: ${s.nameEn}`).toContain(`>${s.nameEn.replace(/&/g, '&amp;')}</a> <span class="badge`);
      }
    }
  });

  it('exports CSV (with BOM) and JSON', () => {
    const csv = read('downloads/self-service.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trim().split('\r\n')).toHaveLength(model.selfServices.length + 1);
    expect(JSON.parse(read('downloads/self-service.json')).selfServices).toHaveLength(model.selfServices.length);
  });

  it('shows the computed translation priorities on the site and in the PDF appendix, with the full map', () => {
    const ranked = translationPriorities(model.selfServices, model.tasks);
    const page = read('professionals/translation-priorities/index.html');
    const names = [...page.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(names).toEqual(ranked.map((p) => p.nameEn.replace(/&/g, '&amp;')));
    const pdf = squeeze(
      execFileSync('pdftotext', ['-raw', join(DIST, 'best-practice-guide.pdf'), '-'], { encoding: 'utf8' }),
    );
    expect(pdf).toContain(squeeze('Appendix B: the self-service map'));
    for (const s of model.selfServices) expect(pdf.includes(squeeze(s.nameEn)), s.nameEn).toBe(true);
  });
});
