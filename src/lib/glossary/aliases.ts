/**
 * Other names of the glossary terms a title uses: the accepted English variants (often a former name, such as
 * "registration certificate" for the EU residence document) and the Danish term. Task pages show them under the title,
 * so readers who know the old or the Danish name recognise the page, and the site search finds it by those names.
 */
import type { TermData } from '../schemas/term.ts';

export interface Alias {
  text: string;
  lang: 'en' | 'da';
}

export function termAliases(terms: Pick<TermData, 'english' | 'variants' | 'danish'>[], title: string): Alias[] {
  const lower = title.toLowerCase();
  const out: Alias[] = [];
  const seen = new Set<string>();
  const add = (text: string, lang: Alias['lang']) => {
    const key = text.toLowerCase();
    if (!seen.has(key) && !lower.includes(key)) {
      seen.add(key);
      out.push({ text, lang });
    }
  };
  for (const t of terms) {
    if (!new RegExp(`\\b${t.english.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lower)) continue;
    for (const v of t.variants) add(v, 'en');
    add(t.danish, 'da');
  }
  return out;
}
