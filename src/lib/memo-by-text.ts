/**
 * Remembers what a parser made of a text, so that checking the content again after one file changed (the live
 * preview, the form editor, the bad-content tests) parses only that file: the other files' texts are the same strings
 * and get the same trees. The result is shared between callers, so a memoised parser's result is read, never changed
 * (every caller only walks the trees). Bounded: past `max` texts it forgets the oldest.
 */
export function memoByText<T>(parse: (text: string) => T, max = 2000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text: string): T => {
    const known = seen.get(text);
    if (known !== undefined) {
      // Most recently used last, so the oldest is forgotten first.
      seen.delete(text);
      seen.set(text, known);
      return known;
    }
    const result = parse(text);
    seen.set(text, result);
    if (seen.size > max) seen.delete(seen.keys().next().value!);
    return result;
  };
}
