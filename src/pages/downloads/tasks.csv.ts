/** /downloads/tasks.csv: every task with its deadline, fee, official link and sources (UTF-8 with BOM). */
import { getModel } from '../../lib/site-model.ts';
import { tasksCsv } from '../../lib/tasks/export.ts';
export function GET() {
  return new Response(tasksCsv(getModel()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
