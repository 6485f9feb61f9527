/** The built journey page and downloads: inline SVG without Mermaid JavaScript, with every step label. */
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate.ts';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

import { read, requireDist } from '../helpers/dist.ts';

const model = validateContent(process.cwd()).model;
beforeAll(requireDist);

describe('journey page', () => {
  const html = () => read('journey/index.html');

  it('has an inline SVG diagram with a <title>, no foreignObject and no Mermaid script', () => {
    expect(html()).toMatch(/<svg[^>]+aria-roledescription="flowchart/);
    expect(html()).toMatch(/<title[^>]*>The ideal digital user journey<\/title>/);
    expect(html()).not.toContain('foreignObject');
    expect(html()).not.toMatch(/<script/i);
  });

  it('shows every step label in the SVG text', () => {
    const svg = /<svg[\s\S]*<\/svg>/.exec(html())![0];
    const svgText = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)]
      .map((m) => m[1]!.trim())
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const s of model.journey.steps) {
      for (const word of s.label.split(/\s+/)) expect(svgText, s.label).toContain(word.replace(/&/g, '&amp;'));
    }
  });

  it('lists every step, linked to its task, in the step-by-step list', () => {
    for (const s of model.journey.steps) expect(html()).toContain(`href="${s.taskUrl}"`);
    expect(html()).toMatch(/class="step-joiner">or</);
  });

  it('has a pre-built page per situation, each with its own diagram', () => {
    const ids = new Set<string>();
    for (const s of model.situations) {
      const page = read(`journey/${s.id}/index.html`);
      ids.add(/<svg id="([^"]+)"/.exec(page)![1]!);
    }
    expect(ids.size).toBe(model.situations.length);
  });

  it('offers the SVG with an edition stamp and the Mermaid source', () => {
    const svg = read('downloads/ideal-journey.svg');
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toMatch(/Edition \d{4}-Q[1-4]/);
    // Links work when the file is opened on its own: they point to the public site, not to a relative path.
    expect(svg).toMatch(/xlink:href="https:\/\/[^"]+\/tasks\/cpr-number\/"/);
    expect(svg).not.toMatch(/href="\//);
    // The layout settings open the file (Mermaid reads front matter only there); the edition comment follows.
    expect(read('downloads/ideal-journey.mmd')).toMatch(
      /^---\nconfig:\n {2}layout: elk\n[\s\S]*?\n---\n%% .*Edition[^\n]*\nflowchart LR\n/,
    );
  });

  it('has a key, a link from the figure to the step list, and no title attribute on SVG groups', () => {
    const page = html();
    expect(page).toMatch(/class="journey-key"/);
    for (const text of ['A digital key', 'Optional', 'One of the steps']) expect(page).toContain(text);
    expect(page).toMatch(/<figcaption>[^<]*<a href="#step-by-step">/);
    expect(page).not.toMatch(/<g[^>]*\stitle=/);
    // Both drawings are there: the wide one for wide screens, the one-column one for phones.
    expect(page).toMatch(/class="journey-drawing journey-wide"/);
    expect(page).toMatch(/class="journey-drawing journey-phone"/);
    expect(read('downloads/ideal-journey.svg')).toContain('class="journey-key"');
  });

  it("reads the phases in order: the SVG's phase groups come 1 to 4 in the document, in every drawing", () => {
    const tree = fromHtml(html());
    const drawings = selectAll('.journey-drawing svg', tree);
    expect(drawings.length).toBe(2);
    for (const svg of drawings) {
      const order = selectAll('g.cluster', svg).map((g) =>
        String(g.properties.id)
          .replace(/^.*-p_/, '')
          .replace(/_/g, '-'),
      );
      expect(order).toEqual(model.phases.map((p) => p.id));
    }
  });
});
