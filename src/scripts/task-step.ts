/**
 * A task page's only script (progressive enhancement): when the reader came from a household checklist in this tab,
 * "Step n of m in your checklist" with the previous and next task and the way back (src/lib/checklist/step-bar.ts).
 */
import { parseStoredChecklist, STEPS_KEY, stepBar } from '../lib/checklist/step-bar.ts';

function stored(): string | null {
  try {
    return window.sessionStorage.getItem(STEPS_KEY);
  } catch {
    return null;
  }
}

const slot = document.querySelector<HTMLElement>('[data-step-bar]');
const bar = slot ? stepBar(parseStoredChecklist(stored()), slot.dataset.stepBar!) : undefined;
if (slot && bar) {
  const nav = document.createElement('nav');
  nav.className = 'step-bar';
  nav.setAttribute('aria-label', 'Your checklist');
  const count = document.createElement('p');
  count.textContent = `Step ${bar.number} of ${bar.total} in your checklist`;
  const list = document.createElement('ul');
  const item = (cls: string, href: string, text: string) => {
    const li = document.createElement('li');
    li.className = cls;
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    li.append(a);
    list.append(li);
  };
  if (bar.previous) item('step-prev', bar.previous.url, `Previous: ${bar.previous.title}`);
  if (bar.next) item('step-next', bar.next.url, `Next: ${bar.next.title}`);
  item('step-back', bar.back, 'Back to your checklist');
  nav.append(count, list);
  slot.append(nav);
}
