/**
 * The household checklists' only script (progressive enhancement; the page works fully without it):
 * - a "Done" checkbox per task, kept in this browser (localStorage); without storage, no checkboxes at all;
 * - its steps kept in this tab (sessionStorage), so a task page opened from it shows "Step n of m" (task-step.ts);
 * - the personal timeline: the reader gives the dates they know, and gets the dated tasks in date order, what could not
 *   be dated and why, and a calendar file (.ics) with the same dates; the link to the caseworker's handover then
 *   carries the dates in its fragment (#arrival=...), which is never sent to a server, so the handover shows them.
 */
import { icsCalendar } from '../lib/checklist/calendar.ts';
import { STEPS_KEY, type StoredChecklist } from '../lib/checklist/step-bar.ts';
import {
  buildTimeline,
  decodeRules,
  KIND_LABEL,
  LIFE_EVENT_IDS,
  missingText,
  parseDate,
  readableDate,
  type LifeEvent,
  type TimelineTask,
} from '../lib/checklist/timeline.ts';
import { datesToFragment } from '../lib/checklist/handover.ts';
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
  } catch {
    return undefined;
  }
}

const store = list ? storage() : undefined;
if (store) {
  const key = `checklist-done:${location.pathname}`;
  const read = (): string[] => {
    try {
      return JSON.parse(store.getItem(key) ?? '[]') as string[];
    } catch {
      return [];
    }
  };
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
      if (box.checked) done.add(slug);
      else done.delete(slug);
      store.setItem(key, JSON.stringify([...done]));
    });
    box.setAttribute('aria-label', `Done: ${title}`);
    label.append(box, ' Done');
    li.prepend(label);
  }
}

// The steps, for the task pages opened from here in this tab.
if (list) {
  const steps: StoredChecklist = {
    url: location.pathname,
    steps: items.map((li) => ({
      slug: li.dataset.slug!,
      title: li.querySelector('.household-task')?.textContent ?? '',
      url: li.dataset.path ?? '',
    })),
  };
  try {
    window.sessionStorage.setItem(STEPS_KEY, JSON.stringify(steps));
  } catch {
    /* no storage: no step bar */
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
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input[data-event]')];
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const timeline = form.querySelector<HTMLElement>('.timeline')!;
  const datedList = timeline.querySelector<HTMLOListElement>('.timeline-dated')!;
  const download = timeline.querySelector<HTMLElement>('.timeline-download')!;
  const leftOutBox = timeline.querySelector<HTMLElement>('.timeline-left-out')!;
  const tasks: TimelineTask[] = items.flatMap((li) => {
    const due = decodeRules(li.dataset.due);
    return due.length
      ? [
          {
            slug: li.dataset.slug!,
            title: li.querySelector('.household-task')?.textContent ?? '',
            deadline: li.dataset.deadline,
            url: li.dataset.url ?? li.dataset.path ?? '',
            due,
          },
        ]
      : [];
  });
  const asked = new Set(inputs.map((i) => i.dataset.event as LifeEvent));
  let objectUrl: string | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const bad = inputs.find((i) => i.value && !parseDate(i.value));
    if (bad) {
      status.textContent = 'Please give each date as day, month and year.';
      bad.focus();
      return;
    }
    const given = Object.fromEntries(inputs.filter((i) => i.value).map((i) => [i.dataset.event!, i.value])) as Partial<
      Record<LifeEvent, string>
    >;
    if (Object.keys(given).length === 0) {
      status.textContent = 'Give at least one date.';
      inputs[0]?.focus();
      return;
    }
    const result = buildTimeline(tasks, given, (e) => asked.has(e) && LIFE_EVENT_IDS.includes(e));
    datedList.replaceChildren(
      ...result.dated.map((e) => {
        const li = document.createElement('li');
        const time = document.createElement('time');
        time.dateTime = e.date;
        time.textContent = readableDate(e.date);
        const what = document.createElement('span');
        const kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = KIND_LABEL[e.kind];
        const a = document.createElement('a');
        a.href = e.url;
        a.textContent = e.title;
        what.append(a, kind);
        li.dataset.slug = e.slug;
        li.dataset.kind = e.kind;
        li.append(time, what);
        return li;
      }),
    );
    leftOutBox.hidden = result.leftOut.length === 0;
    leftOutBox.querySelector('ul')!.replaceChildren(
      ...result.leftOut.map((l) => {
        const li = document.createElement('li');
        li.dataset.slug = l.slug;
        li.textContent = `${l.title}: to date it, ${missingText(l.missing)}.`;
        return li;
      }),
    );
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    download.replaceChildren();
    if (result.dated.length) {
      const ics = icsCalendar(result.dated, { host: location.host || 'localhost', now: new Date() });
      objectUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
      const link = document.createElement('a');
      link.href = objectUrl;
      link.download = 'my-dates-in-denmark.ics';
      link.textContent = `Download these ${result.dated.length} dates as a calendar file (.ics)`;
      download.append(link);
    }
    timeline.hidden = false;
    // The handover link carries the dates (in the fragment: the browser does not send it to the server).
    const handover = document.querySelector<HTMLAnchorElement>('.handover-link a');
    if (handover) {
      const base = handover.getAttribute('href')!.replace(/#.*$/, '');
      const fragment = datesToFragment(given);
      handover.href = fragment ? `${base}#${fragment}` : base;
      handover.textContent =
        'For caseworkers: a handover to print, with your dates, the Danish titles and the documents to bring';
    }
    const n = result.dated.length;
    status.textContent = `${n} date${n === 1 ? '' : 's'} in order${result.leftOut.length ? `; ${result.leftOut.length} not dated yet` : ''}.`;
  });
}
