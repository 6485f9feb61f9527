/** /downloads/ideal-journey.mmd: the Mermaid source of the journey, for authorities who want to adapt it. */
import { getModel } from '../../lib/site-model.ts';
import { journeyDiagrams } from '../../lib/diagrams.ts';
import { currentEdition } from '../../lib/edition.ts';
export function GET() {
  const d = journeyDiagrams(getModel())[0]!;
  // The front matter (layout settings) must open the file, so the edition comment goes right after it.
  const stamp = `%% ${d.title} · Moving to Denmark · ${currentEdition().label}\n`;
  const source = d.sources.wide.replace(/^(---\n[\s\S]*?\n---\n)/, (fm) => fm + stamp);
  return new Response(source, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
