/**
 * The municipality a reader chose on its "Where to go" page, kept only in their browser (localStorage) so that the
 * household checklists can name the office next to each visit. Pure parsing and wording; the scripts do the storage.
 */
export const REMEMBERED_KEY = 'local-help:municipality';

export interface RememberedMunicipality {
  slug: string;
  name: string;
  /** Task slug → where to go for it ("ICS West in Aarhus", "Citizen Service in Favrskov"). */
  places: Record<string, string>;
}

/** Reads what was stored, or undefined for anything that is not a well-formed entry (old, edited or foreign data). */
export function parseRemembered(text: string | null): RememberedMunicipality | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== 'object') return undefined;
    const { slug, name, places } = v as Record<string, unknown>;
    if (
      typeof slug !== 'string' ||
      !/^[a-z0-9-]+$/.test(slug) ||
      typeof name !== 'string' ||
      !places ||
      typeof places !== 'object'
    )
      return undefined;
    const clean: Record<string, string> = {};
    for (const [k, p] of Object.entries(places as Record<string, unknown>))
      if (/^[a-z0-9-]+$/.test(k) && typeof p === 'string') clean[k] = p;
    return { slug, name, places: clean };
  } catch {
    return undefined;
  }
}

/** The words of a checklist's visit link once a municipality is known. */
export function visitLinkText(m: RememberedMunicipality, taskSlug: string): string {
  const place = m.places[taskSlug];
  return place ? `Where to go in ${m.name}: ${place}` : `Where to go in ${m.name}`;
}
