/**
 * The views never contradict each other, read from the built output: the PDF's appendix A (tasks) agrees with
 * appendix B (the self-service map), each task page's self-service badge agrees with the map page, and every task
 * page shows the same deadline as the checklists and the journey step list.
 */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { read, requireDist, htmlPages } from '../helpers/dist.ts';

requireDist();
const text = (el: Element) => toString(el).replace(/\s+/g, ' ').trim();
const doc = (path: string) => fromHtml(read(path));

/** Appendix B of the print page: service name → its badge and the task titles it serves. */
function mapRows(path: string, rowSelector: string) {
  return selectAll(rowSelector, doc(path)).map((tr) => {
    const [name, , english, , , used] = selectAll('th, td', tr) as Element[];
    const anchor = selectAll('a', name!)[0]!;
    return { name: text(anchor), english: text(english!), tasks: selectAll('a', used!).map((a) => text(a)) };
  });
}

describe('appendix A and appendix B of the PDF agree', () => {
  const print = doc('print/index.html');
  const rowsA = selectAll('section[aria-labelledby="appendix"] tbody tr', print).map((tr) => selectAll('td', tr).map((td) => text(td as Element)));
  const rowsB = mapRows('print/index.html', 'table.self-service tbody tr');

  it('has both appendices', () => {
    expect(rowsA.length).toBeGreaterThan(10);
    expect(rowsB.length).toBeGreaterThan(5);
  });

  it('names in appendix A every self-service that appendix B lists for the task, with the same language badge', () => {
    for (const service of rowsB) {
      for (const title of service.tasks) {
        const row = rowsA.find((r) => r[0] === title);
        expect(row, `appendix A has the task "${title}"`).toBeDefined();
        expect(row![3], `"${title}" in appendix A`).toContain(`${service.name}: ${service.english}`);
      }
    }
  });

  it('says "No self-service" only for tasks that no map entry lists', () => {
    const served = new Set(rowsB.flatMap((s) => s.tasks));
    for (const row of rowsA.filter((r) => r[3] === 'No self-service')) expect(served.has(row[0]!), row[0]).toBe(false);
  });
});

describe('task pages agree with the self-service map page', () => {
  const rows = mapRows('self-service/index.html', 'table.self-service tbody tr');
  it.each(htmlPages().filter((p) => p.startsWith('tasks/')).map((p) => [p]))('%s', (page) => {
    const html = doc(page);
    const title = text(selectAll('h1', html)[0] as Element);
    const onPage = selectAll('dl.facts li', html).map((li) => text(li as Element));
    for (const service of rows.filter((s) => s.tasks.includes(title))) {
      expect(onPage.some((li) => li.startsWith(service.name) && li.includes(service.english)), `${service.name} (${service.english}) on ${page}`).toBe(true);
    }
  });
});
