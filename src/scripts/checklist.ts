/**
 * The household checklists' only script (progressive enhancement; the page works fully without it):
 * - a "Done" checkbox per task, kept in this browser (localStorage); without storage, no checkboxes at all;
 * - the form that turns the deadlines counted from arrival into a calendar file (.ics) for the date the reader gives.
 */
import { decodeDue, icsCalendar, parseDate, type CalendarItem } from '../lib/checklist/calendar.ts';
import { REMEMBERED_KEY, parseRemembered, visitLinkText } from '../lib/local-help/remembered.ts';
import { LOCAL_HELP_URL } from '../lib/local-help/urls.ts';

const list = document.querySelector<HTMLElement>('.household');
const items = [...document.querySelectorAll<HTMLLIElement>('.household li[data-slug]')];

function storage(): Storage | undefined {
  try {
    const s = window.localStorage;
    s.setItem('checklist-probe', '1');
    s.removeItem('checklist-probe');
    return s;
  } catch { return undefined; }
}

const store = list ? storage() : undefined;
if (store) {
  const key = `checklist-done:${location.pathname}`;
  const read = (): string[] => { try { return JSON.parse(store.getItem(key) ?? '[]') as string[]; } catch { return []; } };
  for (const li of items) {
    const slug = li.dataset.slug!;
    const title = li.querySelector('.household-task')?.textContent ?? slug;
    const label = document.createElement('label');
    label.className = 'done no-print';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = read().includes(slug);
    box.addEventListener('change', () => {
      const done = new Set(read());
      if (box.checked) done.add(slug); else done.delete(slug);
      store.setItem(key, JSON.stringify([...done]));
    });
    box.setAttribute('aria-label', `Done: ${title}`);
    label.append(box, ' Done');
    li.prepend(label);
  }
}

// The municipality the reader chose on its "Where to go" page: name the office next to each visit.
const remembered = store ? parseRemembered(store.getItem(REMEMBERED_KEY)) : undefined;
if (remembered) {
  for (const p of document.querySelectorAll<HTMLElement>('.visit[data-visit-task]')) {
    const a = p.querySelector('a')!;
    a.href = `${LOCAL_HELP_URL}${remembered.slug}/`;
    a.textContent = visitLinkText(remembered, p.dataset.visitTask!);
  }
}

const form = document.querySelector<HTMLFormElement>('form.calendar');
if (form) {
  form.hidden = false;
  const input = form.querySelector<HTMLInputElement>('input[type="date"]')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const arrival = input.value;
    if (!parseDate(arrival)) { status.textContent = 'Please give the date as day, month and year.'; input.focus(); return; }
    const calendar: CalendarItem[] = items.flatMap((li) => {
      const due = decodeDue(li.dataset.due);
      return due ? [{ slug: li.dataset.slug!, title: li.querySelector('.household-task')?.textContent ?? '', deadline: li.dataset.deadline ?? '', url: li.dataset.url ?? '', due }] : [];
    });
    const ics = icsCalendar(calendar, arrival, { host: location.host || 'localhost', now: new Date() });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    link.download = `deadlines-${arrival}.ics`;
    document.body.append(link);
    link.click();
    link.remove();
    status.textContent = `Your calendar file has ${calendar.length} deadline${calendar.length === 1 ? '' : 's'}. Open it to add them to your calendar.`;
  });
}
