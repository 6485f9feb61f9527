/**
 * The handover's only script (progressive enhancement; without it the page prints each task's rule and the general
 * place, which is also what it does when the reader gave no dates and chose no municipality):
 * - the reader's dates, carried from the checklist in the address's fragment (#arrival=...; never sent to a server):
 *   each task that can be dated shows its date instead of its rule;
 * - the municipality the reader chose on a "Where to go" page, kept in this browser (local-help.ts): each visit names
 *   the local office (the ICS centre or Citizen Service in the municipality) instead of the general place.
 * Nothing is stored or sent.
 */
import { datesByTask, datesFromFragment, givenDatesText, taskDateText } from '../lib/checklist/handover.ts';
import { decodeRules, type LifeEvent, type TimelineTask } from '../lib/checklist/timeline.ts';
import { REMEMBERED_KEY, parseRemembered } from '../lib/local-help/remembered.ts';

const table = document.querySelector<HTMLTableElement>('table.handover-tasks');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.handover-tasks tbody tr[data-slug]')];
const note = document.querySelector<HTMLElement>('.handover-personal');

function remembered() {
  try {
    return parseRemembered(window.localStorage.getItem(REMEMBERED_KEY));
  } catch {
    return undefined;
  }
}

function show() {
  if (!table || !note) return;
  const asked = new Set((table.dataset.events ?? '').split(' ').filter(Boolean) as LifeEvent[]);
  const given = datesFromFragment(location.hash);
  const tasks: TimelineTask[] = rows.flatMap((tr) => {
    const due = decodeRules(tr.dataset.due);
    return due.length ? [{ slug: tr.dataset.slug!, title: '', url: '', due }] : [];
  });
  const dates = datesByTask(tasks, given, (e) => asked.has(e));
  const municipality = remembered();
  for (const tr of rows) {
    const slug = tr.dataset.slug!;
    const cell = tr.querySelector<HTMLElement>('td.deadline');
    if (cell) {
      cell.dataset.rule ??= cell.textContent ?? '';
      const own = dates.get(slug);
      if (own) {
        cell.replaceChildren(
          ...own.flatMap((d, i) => {
            const time = document.createElement('time');
            time.dateTime = d.date;
            time.textContent = taskDateText(d);
            return i ? [document.createElement('br'), time] : [time];
          }),
        );
        cell.classList.add('dated');
      } else {
        cell.textContent = cell.dataset.rule;
        cell.classList.remove('dated');
      }
    }
    const where = tr.querySelector<HTMLElement>('td.where');
    const place = municipality?.places[slug];
    if (where && tr.dataset.visit) {
      where.dataset.general ??= where.textContent ?? '';
      where.textContent = place ?? where.dataset.general;
      where.classList.toggle('local', !!place);
    }
  }
  const lines = [givenDatesText(given), municipality ? `Where to go: offices for ${municipality.name}.` : ''].filter(
    Boolean,
  );
  note.textContent = lines.join(' ');
  note.hidden = lines.length === 0;
}

show();
window.addEventListener('hashchange', show);
