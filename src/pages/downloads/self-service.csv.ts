/** /downloads/self-service.csv: the self-service map (UTF-8 with BOM). */
import { getModel } from '../../lib/site-model.ts';
import { selfServiceCsv } from '../../lib/self-service/export.ts';
export function GET() {
  return new Response(selfServiceCsv(getModel()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
