/** /downloads/glossary.tbx: the Top-25 glossary as TBX-Basic (ISO 30042) for terminology tools. */
import { getModel } from '../../lib/site-model.ts';
import { glossaryTbx } from '../../lib/glossary/export.ts';
import { currentEdition } from '../../lib/edition.ts';
export function GET() {
  return new Response(glossaryTbx(getModel().terms, currentEdition().id), {
    headers: { 'Content-Type': 'application/x-tbx+xml' },
  });
}
