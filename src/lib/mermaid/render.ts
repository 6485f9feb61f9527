/**
 * Renders Mermaid diagrams to SVG in one headless Chromium, with the site's font, and stores them in the cache.
 * Unchanged diagrams are not rendered again. A syntax error names the diagram's file and line.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { MERMAID_CONFIG } from './config.ts';
import { cacheDir, diagramId, readCachedSvg, writeCachedSvg } from './cache.ts';
import { CHROMIUM_ARGS, findChromium, fontFiles } from '../toolchain.ts';

const require = createRequire(import.meta.url);

export interface DiagramSource {
  source: string;
  /** Where the diagram comes from, for error messages, e.g. `guide/x.md:12` or `journey/steps.yaml`. */
  origin: string;
}

export class MermaidError extends Error {
  readonly origin: string;
  readonly detail: string;
  constructor(origin: string, detail: string) {
    super(`${origin}: error: the Mermaid diagram is invalid: ${detail}`);
    this.name = 'MermaidError';
    this.origin = origin;
    this.detail = detail;
  }
}

function harnessHtml(): string {
  const faces = fontFiles()
    .map(
      (f) =>
        `@font-face{font-family:"IBM Plex Sans";font-weight:${f.weight};src:url("${pathToFileURL(f.path).href}") format("woff2")}`,
    )
    .join('\n');
  const script = pathToFileURL(require.resolve('mermaid/dist/mermaid.min.js')).href;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${faces} body{font-family:"IBM Plex Sans"}</style>
<script src="${script}"></script></head><body><span style="font-weight:400">a</span><span style="font-weight:600">b</span></body></html>`;
}

/** Renders every diagram that is not cached yet. Returns how many were rendered and how many came from the cache. */
export async function renderDiagrams(
  diagrams: DiagramSource[],
  log: (msg: string) => void = () => {},
): Promise<{ rendered: number; cached: number }> {
  const todo = diagrams.filter((d) => !readCachedSvg(d.source));
  const unique = [...new Map(todo.map((d) => [d.source.trim(), d])).values()];
  if (!unique.length) return { rendered: 0, cached: diagrams.length };

  mkdirSync(cacheDir(), { recursive: true });
  const harness = join(cacheDir(), 'harness.html');
  writeFileSync(harness, harnessHtml());
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(harness).href);
    await page.evaluate(async (config) => {
      const m = (window as unknown as { mermaid: { initialize(c: unknown): void } }).mermaid;
      m.initialize(config);
      await document.fonts.ready;
    }, MERMAID_CONFIG);
    for (const [i, d] of unique.entries()) {
      log(`  diagram ${i + 1}/${unique.length} (${d.origin})`);
      const result = await page.evaluate(
        async (id, source) => {
          const m = (
            window as unknown as {
              mermaid: { parse(s: string): Promise<unknown>; render(id: string, s: string): Promise<{ svg: string }> };
            }
          ).mermaid;
          try {
            await m.parse(source);
            const { svg } = await m.render(id, source);
            // Mermaid draws subgraphs last-first; put them in the order they are written, so the SVG's text reads
            // in that order too (for the journey: phase 1 to 4).
            const order = [...source.matchAll(/^\s*subgraph\s+([A-Za-z0-9_]+)/gm)].map((x) => x[1]!);
            const titleNodes = order.some((o) => new RegExp(`^\\s*${o}_title\\b`, 'm').test(source));
            if (order.length < 2 && !titleNodes) return { svg };
            // Parsed as HTML, as the page will: Mermaid's SVG text is not namespace-correct XML (xlink:href).
            const holder = document.createElement('div');
            holder.innerHTML = svg;
            const rank = (el: Element) => order.findIndex((o) => el.id.endsWith(`-${o}`));
            for (const group of holder.querySelectorAll('g.clusters')) {
              [...group.children].sort((a, b) => rank(a) - rank(b)).forEach((c) => group.appendChild(c));
            }
            document.body.appendChild(holder);
            // A node `<subgraph>_title` is that subgraph's title laid out as a box, so the layout keeps every arrow off
            // it (the journey's phone drawing: src/lib/journey/to-mermaid.ts): draw its text as the subgraph's title,
            // where the box was, and remove the box and its invisible links.
            const titled = new Set<Element>();
            for (const cluster of holder.querySelectorAll('g.cluster')) {
              const sub = order.find((o) => cluster.id.endsWith(`-${o}`));
              const node = sub
                ? [...holder.querySelectorAll('g.node')].find((n) =>
                    new RegExp(`-flowchart-${sub}_title-\\d+$`).test(n.id),
                  )
                : undefined;
              const text = node?.querySelector<SVGTextElement>('.label text');
              const label = cluster.querySelector<SVGGraphicsElement>(':scope > .cluster-label');
              const old = label?.querySelector('text');
              if (!node || !text || !label || !old || !label.parentElement) continue;
              const want = text.getBoundingClientRect();
              const moved = text.cloneNode(true) as SVGTextElement;
              moved.setAttribute('text-anchor', 'middle'); // centred lines, as in the box
              old.replaceWith(moved);
              label.setAttribute('transform', 'translate(0, 0)');
              const have = moved.getBoundingClientRect();
              const local = (x: number, y: number) =>
                new DOMPoint(x, y).matrixTransform(
                  (label.parentElement as unknown as SVGGraphicsElement).getScreenCTM()!.inverse(),
                );
              const a = local(want.left, want.top),
                b = local(have.left, have.top);
              const round = (v: number) => Math.round(v * 100) / 100;
              label.setAttribute('transform', `translate(${round(a.x - b.x)}, ${round(a.y - b.y)})`);
              (node.parentElement?.tagName.toLowerCase() === 'a' ? node.parentElement : node).remove();
              for (const link of holder.querySelectorAll(`path[data-id^="L_${sub}_title_"]`)) link.remove();
              titled.add(cluster);
            }
            // Top to bottom, the arrows into a subgraph enter through the middle of its top edge, where Mermaid centres
            // the title: move each title to the left (or else the right) of its box where no arrow runs through it.
            if (/^\s*flowchart\s+TB\b/m.test(source)) {
              const points = [...holder.querySelectorAll<SVGPathElement>('path.flowchart-link')].flatMap((p) => {
                const length = p.getTotalLength();
                const ctm = p.getScreenCTM();
                const n = Math.max(2, Math.ceil(length / 3));
                return ctm
                  ? Array.from({ length: n + 1 }, (_, i) => {
                      const q = p.getPointAtLength((length * i) / n);
                      return new DOMPoint(q.x, q.y).matrixTransform(ctm);
                    })
                  : [];
              });
              for (const cluster of holder.querySelectorAll('g.cluster')) {
                if (titled.has(cluster)) continue; // its title stands where the layout kept the arrows off
                const box = cluster.querySelector(':scope > rect');
                const label = cluster.querySelector<SVGGraphicsElement>(':scope > .cluster-label');
                const at = /translate\(\s*([-\d.]+)[ ,]+([-\d.]+)\s*\)/.exec(label?.getAttribute('transform') ?? '');
                if (!box || !label || !at) continue;
                const x = Number(box.getAttribute('x')),
                  width = Number(box.getAttribute('width'));
                const labelWidth = label.getBBox().width;
                const clear = () => {
                  const r = label.getBoundingClientRect();
                  return !points.some(
                    (q) => q.x >= r.left - 2 && q.x <= r.right + 2 && q.y >= r.top - 2 && q.y <= r.bottom + 2,
                  );
                };
                const place = (left: number) => label.setAttribute('transform', `translate(${left}, ${at[2]})`);
                const spots = [x + 12, x + width - labelWidth - 12, Number(at[1])];
                for (const left of spots) {
                  place(left);
                  if (clear()) break;
                }
              }
            }
            holder.remove();
            return { svg: holder.innerHTML };
          } catch (e) {
            return { error: String((e as Error)?.message ?? e) };
          }
        },
        diagramId(d.source),
        d.source,
      );
      if ('error' in result) throw new MermaidError(d.origin, result.error!);
      writeCachedSvg(d.source, result.svg);
    }
  } finally {
    await browser.close();
  }
  return { rendered: unique.length, cached: diagrams.length - todo.length };
}
