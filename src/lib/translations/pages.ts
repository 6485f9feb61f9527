/**
 * The pages that exist in both languages, and the address of each one's counterpart, so every page can link to its
 * other version (and tell search engines with hreflang). A Danish page exists only when its translation does.
 */
import type { Model } from '../model.ts';
import { danishJourneyMissing } from '../danish/translation.ts';

/** English path → Danish path, for the pages that have a Danish version in this build. */
export function danishCounterparts(model: Model): Map<string, string> {
  const out = new Map<string, string>();
  const da = model.danish;
  if (!da) return out;
  if (model.chapters[0] && da.chapters.has(model.chapters[0].slug)) out.set('/professionals/', '/da/professionals/');
  for (const c of model.chapters.slice(1))
    if (da.chapters.has(c.slug)) out.set(`/professionals/${c.slug}/`, `/da/professionals/${c.slug}/`);
  if (model.tips.every((t) => da.tips.has(t.slug))) out.set('/professionals/tips/', '/da/professionals/tips/');
  if (model.terms.every((t) => da.definitions.has(t.slug))) out.set('/glossary/', '/da/glossary/');
  if (danishJourneyMissing(model).length === 0) out.set('/journey/', '/da/journey/');
  return out;
}

/** The other-language version of a page, for the layout's `alternate`. */
export function alternateOf(
  model: Model,
  path: string,
): { href: string; lang: 'en' | 'da'; label: string } | undefined {
  const pairs = danishCounterparts(model);
  const danish = pairs.get(path);
  if (danish) return { href: danish, lang: 'da', label: model.danish!.guide.labels.readInDanish };
  const english = [...pairs].find(([, d]) => d === path)?.[0];
  return english && model.danish
    ? { href: english, lang: 'en', label: model.danish.guide.labels.languageSwitch }
    : undefined;
}
