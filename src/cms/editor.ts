// The form editor's own code in the browser (served as /cms/editor.js by src/lib/cms/server.ts, after Decap CMS's
// bundle): manual start with the generated configuration, the site's CSS and a task preview, the task's page-address
// field, and save errors that stay until dismissed, in the interface's language, naming the entry and the field
// (issue #31). TypeScript with erasable syntax only: the server strips the types when it serves the file (no build
// step, nothing from other origins), and the browser runs it as a classic script, so no import or export but
// `import type`. Decap's globals (CMS, h, createClass) are declared in decap-globals.d.ts.
import type { CmsField, EditorConfig } from '../lib/cms/config.ts';
import type { DriftWarning, PersistedSave, RefusedIssue, RefusedSave } from '../lib/cms/backend.ts';
import type { FieldPath } from '../lib/content/errors.ts';

/** The task form's values that the address field and the preview read (the names in the file; see config.ts). */
interface TaskData {
  title: string | null;
  summary: string | null;
  deadline: string | null;
  fee: string | null;
  body: string | null;
  address: string | null;
  youDo: Decap.List<string | null> | null;
}
/** An error for the box: where in the form (when known), the message, and the build's text of it. */
interface BoxError {
  path?: FieldPath | undefined;
  message: string;
  text?: string | undefined;
}
type Lang = 'da' | 'en';
/** The interface's own sentences, in each language. */
interface Phrases {
  notSaved: string;
  close: string;
  entry: string;
  show: string;
  intro: string;
  serverIntro: string;
  details: string;
  required: string;
  taken: (address: string) => string;
  becomes: (address: string | null | undefined) => string;
  locked: string;
  failToast: string;
  missingToast: string;
  saved: string;
  places: (n: number) => string;
  changed: (w: DriftWarning) => string;
  fix: (w: DriftWarning) => string;
  warnIntro: string;
}

void (async () => {
  const config = (await (await fetch('/config.json')).json()) as EditorConfig;
  const previewUrl = config.preview_url;
  delete config.preview_url;
  const { CMS, h, createClass } = window;
  const lang: Lang = config.locale === 'da' ? 'da' : 'en';

  // ---- Words ---------------------------------------------------------------------------------------------------
  const PHRASES: Record<Lang, Phrases> = {
    da: {
      notSaved: 'Ikke gemt',
      close: 'Luk',
      entry: 'nr.',
      show: 'Vis feltet',
      intro:
        'Ret fejlene herunder, og tryk på Publicer igen. Intet er skrevet. Beskeden bliver her, til du lukker den.',
      serverIntro:
        'Serveren kontrollerede hele indholdet, som det ville være efter gemningen (som npm run check:content), og gemte intet.',
      details: 'Byggets beskeder',
      required: 'er påkrævet',
      taken: (v) => `adressen "${v}" er allerede brugt af en anden opgave`,
      becomes: (v) => `Siden får adressen /tasks/${v || '…'}/ og filen …/${v || '…'}.md.`,
      locked:
        'Adressen kan ikke ændres her efter første gemning. Omdøb filen med git mv (se docs/editing-with-forms.md).',
      failToast: 'Dokumentet kunne ikke gemmes. Fejlene står i boksen øverst på siden, til du lukker den.',
      missingToast: 'Dokumentet kunne ikke gemmes: et påkrævet felt mangler. Fejlene står i boksen øverst på siden.',
      saved: 'Gemt',
      places: (n) => (n === 1 ? '1 sted siger stadig den gamle værdi' : `${n} steder siger stadig den gamle værdi`),
      changed: (w) =>
        `Du ændrede ${w.field === 'fee' ? 'gebyret' : 'fristen'} for "${w.title}" (${w.task}) fra "${w.before}" til "${w.after || '(intet)'}". Disse steder siger stadig det gamle tal:`,
      fix: (w) => `Ret: skriv ${w.fix} eller ret tallet.`,
      warnIntro:
        'Filen er gemt. Ret sætningerne i deres filer; står tallet for noget andet, så lad det stå. Beskeden bliver her, til du lukker den.',
    },
    en: {
      notSaved: 'Not saved',
      close: 'Close',
      entry: 'entry',
      show: 'Show the field',
      intro: 'Correct the errors below and publish again. Nothing was written. This message stays until you close it.',
      serverIntro:
        'The server checked the whole content as it would be after the save (like npm run check:content) and wrote nothing.',
      details: "The build's messages",
      required: 'is required',
      taken: (v) => `the address "${v}" is already used by another task`,
      becomes: (v) => `The page will be /tasks/${v || '…'}/ and the file …/${v || '…'}.md.`,
      locked:
        'The address cannot be changed here after the first save. Rename the file with git mv (see docs/editing-with-forms.md).',
      failToast: 'The entry could not be saved. The errors are in the box at the top of the page until you close it.',
      missingToast:
        'The entry could not be saved: a required field is empty. The errors are in the box at the top of the page.',
      saved: 'Saved',
      places: (n) => (n === 1 ? '1 place still says the old value' : `${n} places still say the old value`),
      changed: (w) =>
        `You changed the ${w.field} of "${w.title}" (${w.task}) from "${w.before}" to "${w.after || '(none)'}". These places still say the old number:`,
      fix: (w) => `Fix: write ${w.fix} or correct the number.`,
      warnIntro:
        'The file is saved. Correct the sentences in their files; if the number means something else, leave it. This message stays until you close it.',
    },
  };
  const T = PHRASES[lang];
  /** The fields in words, in the interface's language (the form's labels are the names in the file). */
  const WORDS: Record<Lang, Record<string, string>> = {
    da: {
      title: 'Titel',
      titleDa: 'Dansk titel',
      address: 'Sideadresse',
      summary: 'Resumé',
      order: 'Rækkefølge',
      authority: 'Myndighed',
      situations: 'Situationer',
      deadline: 'Frist',
      due: 'Datoer',
      fee: 'Gebyr',
      prerequisites: 'Forudsætninger',
      youDo: 'Det gør du',
      automatic: 'Det sker automatisk',
      confirmation: 'Kvittering',
      officialLink: 'Officielt link',
      bring: 'Medbring',
      visit: 'Besøg',
      selfService: 'Selvbetjening',
      sources: 'Kilder',
      ruleChanges: 'Regelændringer',
      legalBasis: 'Retsgrundlag',
      help: 'Hjælp',
      lastReviewed: 'Sidst gennemgået',
      optional: 'Valgfri',
      inJourney: 'Med i rejsen',
      household: 'Husstandsregler',
      body: 'Tekst',
      english: 'Engelsk',
      danish: 'Dansk',
      definition: 'Definition',
      related: 'Relaterede begreber',
      steps: 'Trin',
      domains: 'Domæner',
      exceptions: 'Undtagelser',
      authorities: 'Myndigheder',
    },
    en: {
      title: 'Title',
      titleDa: 'Danish title',
      address: 'Page address',
      summary: 'Summary',
      order: 'Order',
      authority: 'Authority',
      situations: 'Situations',
      deadline: 'Deadline',
      due: 'Dates',
      fee: 'Fee',
      prerequisites: 'Prerequisites',
      youDo: 'What you do',
      automatic: 'What happens automatically',
      confirmation: 'Confirmation',
      officialLink: 'Official link',
      bring: 'Bring',
      visit: 'Visit',
      selfService: 'Self-service',
      sources: 'Sources',
      ruleChanges: 'Rule changes',
      legalBasis: 'Legal basis',
      help: 'Help',
      lastReviewed: 'Last reviewed',
      optional: 'Optional',
      inJourney: 'In the journey',
      household: 'Household rules',
      body: 'Text',
      english: 'English',
      danish: 'Danish',
      definition: 'Definition',
      related: 'Related terms',
      steps: 'Steps',
      domains: 'Domains',
      exceptions: 'Exceptions',
      authorities: 'Authorities',
    },
  };
  const word = (name: string): string => WORDS[lang][name] || name;
  /** ['sources', 2, 'url'] → "Kilder, nr. 3, url" (the last name left out when the message starts with it). */
  function where(path: FieldPath, message: string): string {
    const parts: string[] = [];
    path.forEach((p, i) => {
      if (typeof p === 'number') parts.push(`${T.entry} ${p + 1}`);
      else if (i === 0) parts.push(word(p));
      else if (!(i === path.length - 1 && message && message.startsWith(`${p} `))) parts.push(p);
    });
    return parts.join(', ');
  }
  // The build's most common messages, in Danish; the others as the build gives them.
  const MESSAGES: [RegExp, string][] =
    lang === 'da'
      ? [
          [/^is required\b/, 'er påkrævet'],
          [/^Required$/, 'er påkrævet'],
          [
            /^must start with https:\/\/ \(plain http is not allowed\)/,
            'skal begynde med https:// (http er ikke tilladt)',
          ],
          [/^must be a date written as YYYY-MM-DD/, 'skal være en dato skrevet ÅÅÅÅ-MM-DD'],
          [/^the page body is empty$/, 'siden har ingen tekst (body)'],
        ]
      : [];
  const inWords = (m: string): string => {
    for (const [re, da] of MESSAGES) if (re.test(m)) return m.replace(re, da);
    return m;
  };

  // Decap's own messages: no "API_ERROR: …" in a toast that vanishes; the box below has the errors.
  const locale = CMS.getLocale(config.locale);
  if (locale && locale.ui && locale.ui.toast) {
    locale.ui.toast.onFailToPersist = T.failToast;
    locale.ui.toast.missingRequiredField = T.missingToast;
  }

  // ---- The error box: stays until dismissed, names the entry and field, marks the field --------------------------
  const style = document.createElement('style');
  style.textContent = `
    #mtd-save-errors { position: fixed; top: 64px; left: 50%; transform: translateX(-50%); z-index: 100000; width: min(760px, 94vw);
      max-height: 60vh; overflow: auto; background: #fff5f5; color: #222; border: 2px solid #b00020; border-radius: 6px;
      box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 12px 16px; font: 15px/1.45 system-ui, sans-serif; }
    #mtd-save-errors h2 { margin: 0 0 4px; font-size: 18px; color: #b00020; }
    #mtd-save-errors ul { margin: 8px 0; padding-left: 20px; }
    #mtd-save-errors li { margin: 4px 0; }
    #mtd-save-errors button { font: inherit; cursor: pointer; }
    #mtd-save-errors .mtd-close { position: absolute; top: 8px; right: 10px; border: 1px solid #b00020; background: #fff; color: #b00020; border-radius: 4px; padding: 2px 10px; }
    #mtd-save-errors .mtd-show { margin-left: 8px; border: 0; background: none; color: #0645ad; text-decoration: underline; padding: 0; }
    #mtd-save-errors pre { white-space: pre-wrap; font-size: 12px; background: #fff; border: 1px solid #ddd; padding: 6px; margin: 4px 0 0; }
    #mtd-save-warnings { position: fixed; top: 64px; left: 50%; transform: translateX(-50%); z-index: 100000; width: min(760px, 94vw);
      max-height: 60vh; overflow: auto; background: #fffbea; color: #222; border: 2px solid #8a5a00; border-radius: 6px;
      box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 12px 16px; font: 15px/1.45 system-ui, sans-serif; }
    #mtd-save-warnings h2 { margin: 0 0 4px; font-size: 18px; color: #6b4500; }
    #mtd-save-warnings ul { margin: 8px 0; padding-left: 20px; }
    #mtd-save-warnings li { margin: 6px 0; }
    #mtd-save-warnings .mtd-close { position: absolute; top: 8px; right: 10px; border: 1px solid #8a5a00; background: #fff; color: #6b4500; border-radius: 4px; padding: 2px 10px; font: inherit; cursor: pointer; }
    #mtd-save-warnings pre { white-space: pre-wrap; font-size: 12px; background: #fff; border: 1px solid #ddd; padding: 6px; margin: 4px 0 0; }
    [data-mtd-error] { outline: 3px solid #b00020 !important; outline-offset: 4px; border-radius: 4px; }
  `;
  document.head.appendChild(style);

  function clearMarks(): void {
    for (const e of document.querySelectorAll('[data-mtd-error]')) e.removeAttribute('data-mtd-error');
  }
  function closeBox(): void {
    for (const id of ['mtd-save-errors', 'mtd-save-warnings']) {
      const b = document.getElementById(id);
      if (b) b.remove();
    }
    clearMarks();
  }
  function showBox(errors: BoxError[], server: boolean): void {
    closeBox();
    const box = document.createElement('section');
    box.id = 'mtd-save-errors';
    box.setAttribute('role', 'alert');
    box.setAttribute('lang', lang);
    box.setAttribute('aria-labelledby', 'mtd-save-errors-title');
    const title = document.createElement('h2');
    title.id = 'mtd-save-errors-title';
    title.textContent = `${T.notSaved}: ${errors.length} ${lang === 'da' ? 'fejl' : errors.length === 1 ? 'error' : 'errors'}`;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'mtd-close';
    close.textContent = T.close;
    close.addEventListener('click', closeBox);
    const intro = document.createElement('p');
    intro.style.margin = '0';
    intro.textContent = `${server ? `${T.serverIntro} ` : ''}${T.intro}`;
    const list = document.createElement('ul');
    for (const e of errors) {
      const li = document.createElement('li');
      const message = inWords(e.message);
      const path = e.path;
      li.textContent = path && path.length ? `${where(path, message)}: ${message}` : message;
      const control = path ? findControl(path) : undefined;
      if (path && control) {
        control.setAttribute('data-mtd-error', '');
        const top = findControl(path.slice(0, 1));
        if (top && top !== control) top.setAttribute('data-mtd-error', '');
        const show = document.createElement('button');
        show.type = 'button';
        show.className = 'mtd-show';
        show.textContent = T.show;
        show.addEventListener('click', () => reveal(path));
        li.appendChild(show);
      }
      list.appendChild(li);
    }
    box.append(close, title, intro, list);
    const texts = errors.map((e) => e.text).filter(Boolean);
    if (texts.length) {
      const d = document.createElement('details');
      const s = document.createElement('summary');
      s.textContent = T.details;
      const pre = document.createElement('pre');
      pre.textContent = texts.join('\n');
      d.append(s, pre);
      d.open = true;
      box.appendChild(d);
    }
    document.body.appendChild(box);
  }

  /**
   * A save that went through, but other pages still state the old value of a deadline or fee it changed (the server's
   * fact-drift check): each place as file:line and the sentence, with the fix.
   */
  function showWarnings(warnings: DriftWarning[]): void {
    closeBox();
    const box = document.createElement('section');
    box.id = 'mtd-save-warnings';
    box.setAttribute('role', 'alert');
    box.setAttribute('lang', lang);
    box.setAttribute('aria-labelledby', 'mtd-save-warnings-title');
    const title = document.createElement('h2');
    title.id = 'mtd-save-warnings-title';
    title.textContent = `${T.saved}: ${T.places(warnings.length)}`;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'mtd-close';
    close.textContent = T.close;
    close.addEventListener('click', closeBox);
    const intro = document.createElement('p');
    intro.style.margin = '0';
    intro.textContent = T.warnIntro;
    box.append(close, title, intro);
    const groups = new Map<string, DriftWarning[]>();
    for (const w of warnings) {
      const key = `${w.task}\n${w.field}`;
      const group = groups.get(key);
      if (group) group.push(w);
      else groups.set(key, [w]);
    }
    for (const group of groups.values()) {
      const first = group[0];
      if (!first) continue;
      const p = document.createElement('p');
      p.style.margin = '8px 0 0';
      p.textContent = T.changed(first);
      const list = document.createElement('ul');
      for (const w of group) {
        const li = document.createElement('li');
        const where = document.createElement('code');
        where.textContent = w.line ? `${w.file}:${w.line}` : w.file;
        const fix = document.createElement('div');
        fix.textContent = T.fix(w);
        li.append(where, `: "${w.sentence}"`, fix);
        list.appendChild(li);
      }
      box.append(p, list);
    }
    const texts = warnings.map((w) => w.text).filter(Boolean);
    if (texts.length) {
      const d = document.createElement('details');
      const s = document.createElement('summary');
      s.textContent = T.details;
      const pre = document.createElement('pre');
      pre.textContent = texts.join('\n');
      d.append(s, pre);
      box.appendChild(d);
    }
    document.body.appendChild(box);
  }

  // The controls of the form: a field is a container whose top bar holds its label (label[for="<name>-field-<n>"]).
  const labelOf = (el: Element) => el.querySelector<HTMLLabelElement>(':scope > div > label[for]');
  const isControl = (el: Element) => el.nodeType === 1 && !!labelOf(el);
  const nameOf = (control: Element) => (labelOf(control)?.htmlFor ?? '').replace(/-field-\d+$/, '');
  const parentControl = (el: Element) => {
    let a = el.parentElement;
    while (a && !isControl(a)) a = a.parentElement;
    return a;
  };
  const editorPane = (): HTMLElement => document.querySelector<HTMLElement>('#nc-root') || document.body;
  /** The controls directly in `parent` (or at the top), in order. */
  function childControls(parent: HTMLElement | null): HTMLElement[] {
    const forId = parent ? labelOf(parent)?.htmlFor : undefined;
    const root = parent ? (forId && document.getElementById(forId)) || parent : editorPane();
    return [...root.querySelectorAll('div')].filter((d) => isControl(d) && parentControl(d) === parent);
  }
  /** The items of a list control: each item's fields share one wrapper, in order. */
  function itemWrappers(listControl: HTMLElement): HTMLElement[] {
    const out: HTMLElement[] = [];
    for (const c of childControls(listControl))
      if (c.parentElement && !out.includes(c.parentElement)) out.push(c.parentElement);
    return out;
  }
  /** The configuration's fields under a field: a group's fields, or a list's one field. */
  const fieldsIn = (f: CmsField | undefined) => (f ? f.fields || (f.field ? [f.field] : undefined) : undefined);
  function fieldOf(fields: CmsField[] | undefined, name: string | number | undefined): CmsField | undefined {
    return (fields || []).find((f) => f.name === name);
  }
  function currentFields(): CmsField[] {
    const m = /#\/collections\/([^/]+)/.exec(location.hash);
    const c = m && config.collections.find((x) => x.name === m[1]);
    if (!c) return [];
    const file = /\/entries\/([^/?]+)/.exec(location.hash);
    return c.fields || (c.files && (c.files.find((f) => file && f.name === file[1]) || c.files[0])?.fields) || [];
  }
  /** The control of a path such as ['sources', 2, 'url'], when it is on the page. */
  function findControl(path: FieldPath): HTMLElement | undefined {
    let parent: HTMLElement | null = null;
    let fields: CmsField[] | undefined = currentFields();
    let control: HTMLElement | undefined;
    for (let i = 0; i < path.length; i++) {
      const p = path[i];
      if (typeof p === 'number') {
        const wrapper = parent && itemWrappers(parent)[p];
        if (!wrapper) return control;
        const next = path[i + 1];
        const inItem: HTMLElement[] = childControls(parent).filter((c) => c.parentElement === wrapper);
        const found: HTMLElement | undefined =
          typeof next === 'string' ? inItem.find((c) => nameOf(c) === next) : inItem[0];
        if (!found) return control;
        control = found;
        parent = found;
        i += typeof next === 'string' ? 1 : 0;
        fields = fieldsIn(fieldOf(fields, next));
        continue;
      }
      const found: HTMLElement | undefined = childControls(parent).find((c) => nameOf(c) === p);
      if (!found) return control;
      control = found;
      parent = found;
      fields = fieldsIn(fieldOf(fields, p));
    }
    return control;
  }
  /** The path of a control, such as ['sources', 2, 'url']: the list items' numbers from the configuration's lists. */
  function pathOf(control: HTMLElement): FieldPath {
    const chain: HTMLElement[] = [];
    for (let c: HTMLElement | null = control; c; c = parentControl(c)) chain.unshift(c);
    const path: FieldPath = [];
    let fields: CmsField[] | undefined = currentFields();
    chain.forEach((c, i) => {
      const f = fieldOf(fields, nameOf(c));
      const next = chain[i + 1];
      path.push(nameOf(c));
      if (f && f.widget === 'list' && next) path.push(itemWrappers(c).findIndex((w) => w === next.parentElement));
      fields = fieldsIn(f);
    });
    return path;
  }
  /** Opens collapsed list items on the way to a field, and scrolls to it. */
  function reveal(path: FieldPath): void {
    for (let i = 1; i <= path.length; i++) {
      if (typeof path[i - 1] !== 'number') continue;
      const c = findControl(path.slice(0, i + 1));
      if (c && c.offsetParent === null) {
        const wrapper = c.parentElement && c.parentElement.closest('[class]');
        const item = wrapper && wrapper.parentElement && wrapper.parentElement.parentElement;
        const toggle = item && item.querySelector<HTMLElement>('button, [role="button"]');
        if (toggle) toggle.click();
      }
    }
    setTimeout(() => {
      const c = findControl(path);
      if (c) c.scrollIntoView({ block: 'center' });
    }, 100);
  }

  /** The errors Decap shows in the form (checked in the browser): each with its path. */
  function formErrors(): BoxError[] {
    const out: BoxError[] = [];
    for (const li of editorPane().querySelectorAll('ul > li')) {
      const topbar = li.parentElement && li.parentElement.parentElement;
      const control = topbar && topbar.parentElement;
      if (!control || !isControl(control) || labelOf(control)?.parentElement !== topbar) continue;
      const message = (li.textContent || '').trim();
      if (message) out.push({ path: pathOf(control), message });
    }
    return out;
  }

  // A save: "Publicer …" in the menu. Errors the form finds are shown a moment later; the server's come with its answer.
  let saving = 0;
  document.addEventListener(
    'click',
    (ev) => {
      const item = ev.target instanceof Element ? ev.target.closest('[role="menuitem"]') : null;
      if (!item || !/^(Publicer|Publish)/.test((item.textContent || '').trim())) return;
      const attempt = ++saving;
      setTimeout(() => {
        if (attempt !== saving) return;
        const errors = formErrors();
        if (errors.length) showBox(errors, false);
      }, 400);
    },
    true,
  );
  const fetch0 = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await fetch0(input, init);
    try {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (/\/api\/v1$/.test(url) && init && typeof init.body === 'string' && init.body.includes('"persistEntry"')) {
        saving++;
        if (response.ok) {
          closeBox();
          const json = (await response.clone().json()) as Partial<PersistedSave>;
          if (Array.isArray(json.warnings) && json.warnings.length) showWarnings(json.warnings);
        } else {
          // Our server's refusal, or another error (then only `error`, or not even that).
          const json = (await response.clone().json()) as Partial<RefusedSave>;
          const issues: Partial<RefusedIssue>[] = Array.isArray(json.issues)
            ? json.issues
            : [{ message: String(json.error || response.statusText) }];
          showBox(
            issues.map((i) => ({ path: i.formPath, message: String(i.message), text: i.text })),
            true,
          );
        }
      }
    } catch {
      /* the box is a help; Decap's own message still shows */
    }
    return response;
  };

  // ---- The page address of a new task: suggested from the title, checked, read-only after the first save --------
  const slugify = (s: string | null | undefined) =>
    String(s || '')
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '');
  type AddressProps = Decap.WidgetControlProps<string, TaskData>;
  interface AddressState {
    touched: boolean;
  }
  interface AddressMethods {
    /** Follows the title's input (set while the field is on the page). */
    onTitle?: (ev: Event) => void;
    isNew(): boolean;
    title(): string | null | undefined;
    sync(): void;
    isValid(): Decap.Validity;
  }
  const AddressControl = createClass<AddressProps, AddressState, AddressMethods>({
    getInitialState() {
      return { touched: false };
    },
    isNew() {
      return this.props.entry && this.props.entry.get('newRecord') === true;
    },
    title() {
      const title = document.querySelector<HTMLInputElement>('input[id^="title-field-"]');
      if (title) return title.value;
      const entry = this.props.getEntry ? this.props.getEntry() : this.props.entry;
      return entry ? entry.getIn(['data', 'title']) : '';
    },
    // Decap does not re-render this field when the title changes: follow the title's input instead.
    componentDidMount() {
      this.onTitle = (ev) => {
        if (ev.target instanceof Element && /^title-field-/.test(ev.target.id || '')) setTimeout(() => this.sync(), 0);
      };
      document.addEventListener('input', this.onTitle, true);
      this.sync();
    },
    componentWillUnmount() {
      if (this.onTitle) document.removeEventListener('input', this.onTitle, true);
    },
    shouldComponentUpdate(next) {
      const t = (p: Readonly<AddressProps>) => (p.entry ? p.entry.getIn(['data', 'title']) : '');
      return (
        next.value !== this.props.value ||
        t(next) !== t(this.props) ||
        next.classNameWrapper !== this.props.classNameWrapper ||
        next.hasActiveStyle !== this.props.hasActiveStyle
      );
    },
    componentDidUpdate() {
      this.sync();
    },
    sync() {
      if (!this.isNew() || this.state.touched) return;
      const s = slugify(this.title());
      if (s !== (this.props.value || '')) this.props.onChange(s);
    },
    isValid() {
      const v = this.props.value || '';
      const taken = this.props.field.get('taken');
      if (this.isNew() && v && taken && taken.includes(v))
        return { error: { type: 'CUSTOM', message: `address: ${T.taken(v)}` } };
      return true;
    },
    render() {
      const { forID, classNameWrapper, value, setActiveStyle, setInactiveStyle } = this.props;
      if (!this.isNew()) {
        return h(
          'div',
          { id: forID, className: classNameWrapper, 'data-mtd-address': 'locked' },
          h('code', {}, `/tasks/${value || (this.props.entry && this.props.entry.get('slug')) || ''}/`),
          h('p', { style: { margin: '6px 0 0', fontSize: '13px' } }, T.locked),
        );
      }
      return h(
        'div',
        {},
        h('input', {
          id: forID,
          className: classNameWrapper,
          type: 'text',
          value: value || '',
          spellCheck: false,
          autoComplete: 'off',
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
          onChange: (e) => {
            this.setState({ touched: true });
            this.props.onChange(e.target.value);
          },
        }),
        h('p', { style: { margin: '6px 0 0', fontSize: '13px' } }, T.becomes(value)),
      );
    },
  });
  CMS.registerWidget('task-address', AddressControl);

  // ---- The task preview -----------------------------------------------------------------------------------------
  CMS.registerPreviewStyle('/cms/site.css');
  const upper = (s: string | null | undefined) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : '');
  const filled = <V>(v: V | null | undefined): v is V => v !== null && v !== undefined && String(v).trim() !== '';
  type Fact = 'deadline' | 'fee';
  // The build puts a field's value where the text says :deadline or :fee; the preview does the same (summary and steps).
  const facts = (s: string, get: (k: Fact) => string | null | undefined) =>
    String(s).replace(/:(deadline|fee)\b(?!\[)/g, (m, k: Fact) => get(k) || m);
  // The body comes from the server, rendered as the site renders it (sanitised there), a moment after each change.
  type PreviewProps = Decap.PreviewProps<TaskData>;
  interface PreviewState {
    html: string;
    key: string;
  }
  interface PreviewMethods {
    timer?: ReturnType<typeof setTimeout>;
    refresh(): Promise<void>;
  }
  const TaskPreview = createClass<PreviewProps, PreviewState, PreviewMethods>({
    getInitialState() {
      return { html: '', key: '' };
    },
    componentDidMount() {
      void this.refresh();
    },
    componentDidUpdate() {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        void this.refresh();
      }, 250);
    },
    componentWillUnmount() {
      clearTimeout(this.timer);
    },
    async refresh() {
      const get = <K extends keyof TaskData>(k: K) => this.props.entry.getIn(['data', k]);
      const request = JSON.stringify({
        body: get('body') || '',
        deadline: get('deadline') || '',
        fee: get('fee') || '',
      });
      if (request === this.state.key) return;
      const r = await fetch('/preview', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: request,
      });
      if (r.ok) this.setState({ html: ((await r.json()) as { html: string }).html, key: request });
    },
    render() {
      const entry = this.props.entry;
      const get = <K extends keyof TaskData>(k: K) => entry.getIn(['data', k]);
      const steps = (): string[] => {
        const v = get('youDo');
        return (v && v.toJS ? v.toJS() : []).filter(filled);
      };
      const slug = entry.get('slug') || get('address');
      const title = get('title');
      const summary = get('summary');
      const deadline = get('deadline');
      const fee = get('fee');
      // Room on the right for the editor's own buttons, which float over the preview.
      return h(
        'main',
        { id: 'main', className: 'container', style: { paddingRight: '4rem' } },
        filled(title) ? h('h1', {}, title) : null,
        filled(summary) ? h('p', { className: 'lead' }, facts(summary, get)) : null,
        filled(deadline)
          ? h('div', { className: 'deadline', role: 'note' }, h('strong', {}, 'Deadline'), ' ', upper(deadline))
          : null,
        steps().length ? h('h2', {}, 'What you do') : null,
        steps().length
          ? h('ol', { className: 'steps' }, ...steps().map((s, i) => h('li', { key: i }, facts(s, get))))
          : null,
        filled(fee) ? h('p', { className: 'fee' }, h('strong', {}, 'Fee: '), upper(fee)) : null,
        h('div', { className: 'body', dangerouslySetInnerHTML: { __html: this.state.html } }),
        previewUrl && slug
          ? h(
              'p',
              { className: 'muted' },
              'The whole page, as the site shows it: ',
              h(
                'a',
                { href: previewUrl + '/tasks/' + slug + '/', target: '_blank', rel: 'noopener' },
                previewUrl + '/tasks/' + slug + '/',
              ),
              ' (start npm run dev first).',
            )
          : null,
      );
    },
  });
  for (const c of config.collections) if (c.name.startsWith('tasks-')) CMS.registerPreviewTemplate(c.name, TaskPreview);
  CMS.init({ config });
})();
