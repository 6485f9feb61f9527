/** /downloads/glossary.json: the Top-25 glossary as JSON. */
import { getModel } from '../../lib/site-model.ts';
import { glossaryJson } from '../../lib/glossary/export.ts';
import { currentEdition } from '../../lib/edition.ts';
export function GET() {
  const m = getModel();
  return new Response(glossaryJson(m.terms, m.authorities, currentEdition().id), {
    headers: { 'Content-Type': 'application/json' },
  });
}
