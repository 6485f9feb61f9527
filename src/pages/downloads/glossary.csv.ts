/** /downloads/glossary.csv: the Top-25 glossary as CSV (UTF-8 with BOM). */
import { getModel } from '../../lib/site-model.ts';
import { glossaryCsv } from '../../lib/glossary/export.ts';
export function GET() {
  const m = getModel();
  return new Response(glossaryCsv(m.terms, m.authorities), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
