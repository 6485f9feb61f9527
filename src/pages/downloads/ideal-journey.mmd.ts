/** /downloads/ideal-journey.mmd: the Mermaid source of the journey, for authorities who want to adapt it. */
import { getModel } from '../../lib/site-model.ts';
import { journeyDiagrams } from '../../lib/diagrams.ts';
import { currentEdition } from '../../lib/edition.ts';
export function GET() {
  const d = journeyDiagrams(getModel())[0]!;
  return new Response(`%% ${d.title} · Moving to Denmark · ${currentEdition().label}\n${d.source}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
