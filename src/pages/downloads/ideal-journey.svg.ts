/** /downloads/ideal-journey.svg: the journey diagram, stamped with the edition, for authorities to hand out. */
import { getModel } from '../../lib/site-model.ts';
import { journeyDiagrams } from '../../lib/diagrams.ts';
import { readCachedSvg } from '../../lib/mermaid/cache.ts';
import { stampedSvg } from '../../lib/journey/downloads.ts';
import { currentEdition } from '../../lib/edition.ts';
import type { APIContext } from 'astro';
export function GET({ site }: APIContext) {
  const d = journeyDiagrams(getModel())[0]!;
  const svg = readCachedSvg(d.sources.wide)!;
  return new Response(stampedSvg(svg, d.title, `Moving to Denmark · ${currentEdition().label}`, site?.href ?? ''), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
}
