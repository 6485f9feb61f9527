/**
 * Appendix C of the Danish PDF: the documents a citizen brings to each appointment, in Danish. The appointments, their
 * tasks and documents are the English pack's (src/lib/checklist/documents.ts); the words come from da/guide.yaml
 * (`documents:`) and the Danish task titles (da/tasks.yaml). A document, note or place without Danish words is given in
 * English, marked as English (`lang: 'en'`), and named in `missing`, which the build prints as warnings. Pure.
 */
import type { DanishTranslation } from '../model.ts';
import type { Person } from '../schemas/checklist.ts';
import type { DaGuide } from '../schemas/danish.ts';
import { formText, type Appointment } from '../checklist/documents.ts';

/** A text with its language: Danish, or English where the Danish is missing. */
export interface DaText {
  text: string;
  lang: 'da' | 'en';
}

export interface DaPackItem {
  what: DaText;
  form?: DaText;
  whose?: DaText;
  notes: DaText[];
}
export interface DaAppointment {
  place: DaText;
  tasks: DaText[];
  items: DaPackItem[];
}

/** The English heading of the appendix's part, for a Danish edition that has no `documents:` yet. */
const FALLBACK = {
  heading: 'documents to bring, per appointment',
  intro: 'What a citizen brings to each appointment, from the official pages named for each task in the guide.',
};

type Words = NonNullable<DaGuide['documents']>;

/** The people a document is for, in Danish: "borgeren og partneren". */
export function danishPeople(words: Pick<Words, 'people' | 'and'>, who: Person[]): string {
  const names = who.map((p) => words.people[p]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${words.and} ${names.at(-1)}` : (names[0] ?? '');
}

/**
 * The pack in Danish, and what had to be given in English (one line per missing text, naming where to add it).
 * `everyone`: how many people the pack is for; a document for all of them does not name whose it is.
 */
export function danishDocumentPack(
  pack: Appointment[],
  da: DanishTranslation,
  everyone = 3,
): { heading: DaText; intro: DaText; appointments: DaAppointment[]; missing: string[] } {
  const words = da.guide.documents;
  const missing = new Set<string>();
  const where = 'da/guide.yaml';
  if (!words) {
    missing.add(`${where}: no "documents:" section; appendix C of the Danish PDF is in English`);
  }
  const pick = (table: Record<string, string> | undefined, english: string, what: string): DaText => {
    const danish = table?.[english];
    if (danish) return { text: danish, lang: 'da' };
    if (words) missing.add(`${where}: documents.${what} has no Danish for "${english}"`);
    return { text: english, lang: 'en' };
  };
  const appointments = pack.map((a): DaAppointment => {
    const place = a.visit
      ? pick(words?.places, a.visit, 'places')
      : (() => {
          const t = a.tasks[0]!;
          const title = da.taskTitles.get(t.slug);
          return title ? { text: title, lang: 'da' as const } : { text: t.title, lang: 'en' as const };
        })();
    // A place missing from documents.places is given in its English words, not its id.
    if (place.lang === 'en' && a.visit) place.text = a.place;
    return {
      place,
      tasks: a.tasks.map((t) => {
        const title = da.taskTitles.get(t.slug);
        if (!title) missing.add(`da/tasks.yaml: the task "${t.slug}" has no Danish title`);
        return title ? { text: title, lang: 'da' } : { text: t.title, lang: 'en' };
      }),
      items: a.items.map((i) => ({
        what: pick(words?.names, i.what, 'names'),
        ...(i.form
          ? {
              form: words
                ? { text: words.forms[i.form], lang: 'da' as const }
                : { text: formText(i.form)!, lang: 'en' as const },
            }
          : {}),
        ...(i.who.length < everyone
          ? {
              whose: words
                ? { text: danishPeople(words, i.who), lang: 'da' as const }
                : { text: i.whose.toLowerCase(), lang: 'en' as const },
            }
          : {}),
        notes: i.notes.map((n) => pick(words?.notes, n, 'notes')),
      })),
    };
  });
  return {
    heading: words ? { text: words.heading, lang: 'da' } : { text: FALLBACK.heading, lang: 'en' },
    intro: words ? { text: words.intro, lang: 'da' } : { text: FALLBACK.intro, lang: 'en' },
    appointments,
    missing: [...missing],
  };
}
