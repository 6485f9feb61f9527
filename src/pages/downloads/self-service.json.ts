/** /downloads/self-service.json: the self-service map. */
import { getModel } from '../../lib/site-model.ts';
import { selfServiceJson } from '../../lib/self-service/export.ts';
import { currentEdition } from '../../lib/edition.ts';
export function GET() {
  return new Response(selfServiceJson(getModel(), currentEdition().id), {
    headers: { 'Content-Type': 'application/json' },
  });
}
