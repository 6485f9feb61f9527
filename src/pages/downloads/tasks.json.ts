/** /downloads/tasks.json: every task with all its fields, from the same model as the pages. */
import { getModel } from '../../lib/site-model.ts';
import { tasksJson } from '../../lib/tasks/export.ts';
import { currentEdition } from '../../lib/edition.ts';
export function GET() {
  return new Response(tasksJson(getModel(), currentEdition().id), { headers: { 'Content-Type': 'application/json' } });
}
