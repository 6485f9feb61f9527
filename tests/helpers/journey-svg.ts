/**
 * Measures a rendered journey SVG in Chromium: phase groups and their titles (box and text), node boxes, sampled edge
 * points and the size of the boxes' type (`fontSize`, the largest among the box labels), in the SVG's own units.
 */
import type { Page } from 'puppeteer-core';
import type { EdgePath, NodeBox, PhaseBox, TitleBox } from '../../src/lib/journey/geometry.ts';

export async function measureJourney(
  page: Page,
  svgSelector = 'svg',
): Promise<{
  phases: PhaseBox[];
  titles: (TitleBox & { text: string })[];
  nodes: NodeBox[];
  edges: EdgePath[];
  fontSize: number;
}> {
  return page.evaluate((sel) => {
    const svg = document.querySelector(sel) as SVGSVGElement;
    const toRoot = (el: SVGGraphicsElement) => svg.getScreenCTM()!.inverse().multiply(el.getScreenCTM()!);
    const box = (el: SVGGraphicsElement) => {
      const b = el.getBBox();
      const m = toRoot(el);
      const corners = [
        [b.x, b.y],
        [b.x + b.width, b.y + b.height],
      ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
      return {
        x: Math.min(corners[0]!.x, corners[1]!.x),
        y: Math.min(corners[0]!.y, corners[1]!.y),
        width: Math.abs(corners[1]!.x - corners[0]!.x),
        height: Math.abs(corners[1]!.y - corners[0]!.y),
      };
    };
    const phaseId = (g: Element) => /-p_([a-z0-9_]+)$/.exec(g.id)?.[1]?.replace(/_/g, '-') ?? g.id;
    const phases = [...svg.querySelectorAll<SVGGElement>('g.cluster')].map((g) => ({
      phase: phaseId(g),
      ...box(g.querySelector('rect') as SVGGraphicsElement),
    }));
    // A phase's title: the drawn text of its label (its background rectangle may be empty).
    const titles = [...svg.querySelectorAll<SVGGElement>('g.cluster')].flatMap((g) => {
      const label = g.querySelector<SVGGraphicsElement>('.cluster-label text, .cluster-label foreignObject');
      return label
        ? [{ phase: phaseId(g), text: (label.textContent ?? '').replace(/\s+/g, ' ').trim(), ...box(label) }]
        : [];
    });
    const nodes = [...svg.querySelectorAll<SVGGElement>('g.node')].map((g) => {
      const id = /flowchart-(.+)-\d+$/.exec(g.id)![1]!;
      const shape = g.querySelector('rect, circle, polygon, path') as SVGGraphicsElement;
      return { id, ...box(shape) };
    });
    const ids = nodes.map((n) => n.id);
    const edges = [...svg.querySelectorAll<SVGPathElement>('path.flowchart-link')]
      .filter((p) => !/invisible/.test(p.getAttribute('class') ?? ''))
      .map((p) => {
        const dataId = p.getAttribute('data-id') ?? p.id;
        let from = '',
          to = '';
        for (const a of ids)
          for (const b of ids)
            if (new RegExp(`^L_${a}_${b}_\\d+$`).test(dataId)) {
              from = a;
              to = b;
            }
        const m = toRoot(p);
        const len = p.getTotalLength();
        const points = [];
        for (let l = 0; l <= len; l += 2) points.push(p.getPointAtLength(l).matrixTransform(m));
        return { id: dataId, from, to, points: points.map((q) => ({ x: q.x, y: q.y })) };
      });
    const fontSize = Math.max(
      0,
      ...[...svg.querySelectorAll<SVGTextElement>('g.node text')].map(
        (t) => parseFloat(getComputedStyle(t).fontSize) * Math.abs(toRoot(t).a),
      ),
    );
    return { phases, titles, nodes, edges, fontSize };
  }, svgSelector);
}
