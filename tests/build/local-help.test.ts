/**
 * "Where to go" on the built site: one page per municipality, each naming the ICS centre that serves it (one
 * municipality from each ICS area) or saying that none does, and visit tasks linking there. Expectations come from the
 * content model, so editors can change the data without breaking the test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { read, requireDist } from '../helpers/dist.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { MUNICIPALITY_COUNT } from '../../src/lib/schemas/local-help.ts';
import { needsVisit } from '../../src/lib/local-help/offices.ts';

beforeAll(requireDist);
const model = validateContent(process.cwd()).model;
const page = (path: string) => fromHtml(read(`${path.replace(/^\//, '')}index.html`));
const text = (path: string) => toString(select('main', page(path))!).replace(/\s+/g, ' ');

describe('where to go in your municipality', () => {
  it('lists all 98 municipalities once, each linking to its own page', () => {
    const links = selectAll('.municipality-list a', page('/local-help/')).map((a) => String(a.properties.href));
    expect(links).toHaveLength(MUNICIPALITY_COUNT);
    expect(new Set(links).size).toBe(MUNICIPALITY_COUNT);
    for (const m of model.municipalities) expect(links).toContain(`/local-help/${m.slug}/`);
  });

  const centres = [...new Set(model.municipalities.map((m) => m.ics))].filter(
    (id) => id !== 'none' && id !== 'unknown',
  );
  it.each(centres)('a municipality served by %s names that centre, with its address and what it does', (id) => {
    const m = model.municipalities.find((x) => x.ics === id)!;
    const centre = model.authorities.get(id)!;
    const t = text(`/local-help/${m.slug}/`);
    expect(t).toContain(`${centre.name} serves`);
    if (centre.address) expect(t).toContain(centre.address);
    // The CPR task is done at the centre when the centre registers people from this municipality.
    const cpr = model.tasks.find((x) => x.visit === 'cpr-registration')!;
    const line = selectAll('.visits li', page(`/local-help/${m.slug}/`))
      .map((li) => toString(li))
      .find((l) => l.startsWith(cpr.title))!;
    expect(line).toContain(centre.services.includes('cpr-registration') ? centre.name : 'Citizen Service');
  });

  it('a municipality no ICS centre serves sends the reader to Citizen Service', () => {
    const m = model.municipalities.find((x) => x.ics === 'none')!;
    const t = text(`/local-help/${m.slug}/`);
    expect(t).toContain('No International Citizen Service (ICS) centre serves');
    const lines = selectAll('.visits li', page(`/local-help/${m.slug}/`)).map((li) => toString(li));
    expect(lines.filter((l) => l.includes('Citizen Service in')).length).toBeGreaterThan(0);
    const centreNames = [...model.authorities.values()].filter((a) => a.kind === 'ics-centre').map((a) => a.name);
    expect(lines.filter((l) => centreNames.some((n) => l.includes(n)))).toEqual([]);
  });

  it('every task that needs a visit links to "where to go", and the others do not', () => {
    for (const task of model.tasks) {
      const link = select('.local-help-link a', page(task.url));
      expect(Boolean(link), task.slug).toBe(needsVisit(task));
      if (link) expect(link.properties.href).toBe('/local-help/');
    }
  });

  it('shows no editor notes to readers', () => {
    for (const m of model.municipalities.filter((x) => x.editorNote).slice(0, 10)) {
      expect(text(`/local-help/${m.slug}/`)).not.toContain(m.editorNote!.slice(0, 40));
    }
  });
});
