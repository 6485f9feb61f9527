/** Sorting glossary terms: by Danish term with Danish collation (æ, ø, å after z), or by English term. */
const danish = new Intl.Collator('da', { sensitivity: 'base' });
const english = new Intl.Collator('en', { sensitivity: 'base' });

export function sortByDanish<T extends { danish: string }>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => danish.compare(a.danish, b.danish));
}
export function sortByEnglish<T extends { english: string }>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => english.compare(a.english, b.english));
}
