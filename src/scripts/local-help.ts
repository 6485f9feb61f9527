/**
 * "Where to go in <municipality>" (progressive enhancement): a button that remembers this municipality in the reader's
 * browser, so the household checklists name the office next to each visit. Nothing is sent anywhere.
 */
import { REMEMBERED_KEY, parseRemembered, type RememberedMunicipality } from '../lib/local-help/remembered.ts';

const box = document.querySelector<HTMLElement>('[data-remember-municipality]');
function storage(): Storage | undefined {
  try {
    const s = window.localStorage;
    s.setItem('local-help-probe', '1');
    s.removeItem('local-help-probe');
    return s;
  } catch {
    return undefined;
  }
}
const store = storage();
if (box && store) {
  const slug = box.dataset.slug!;
  const name = box.dataset.name!;
  const places: Record<string, string> = {};
  for (const li of document.querySelectorAll<HTMLElement>('.visits li[data-task]'))
    places[li.dataset.task!] = li.dataset.place!;
  const button = document.createElement('button');
  button.type = 'button';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const show = () => {
    const chosen = parseRemembered(store.getItem(REMEMBERED_KEY))?.slug === slug;
    button.textContent = chosen ? `Forget ${name} on my checklists` : `Use ${name} on my checklists`;
  };
  button.addEventListener('click', () => {
    if (parseRemembered(store.getItem(REMEMBERED_KEY))?.slug === slug) {
      store.removeItem(REMEMBERED_KEY);
      status.textContent = `Your checklists no longer name offices in ${name}.`;
    } else {
      const value: RememberedMunicipality = { slug, name, places };
      store.setItem(REMEMBERED_KEY, JSON.stringify(value));
      status.textContent = `Your household checklists now say where to go in ${name}. This is kept only in this browser.`;
    }
    show();
  });
  show();
  box.append(button, status);
  box.hidden = false;
}
