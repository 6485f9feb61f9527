/** Small text helpers shared by the checks and the exports. */

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One CSV cell: quoted when it contains a separator, a quote or a line break. A text cell that a spreadsheet would
 * read as a formula (=, +, -, @, tab or carriage return first) gets a leading apostrophe (OWASP CSV injection).
 */
export function csvCell(value: string | number): string {
  const raw = String(value);
  const s = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV file that spreadsheets open with Danish letters intact: UTF-8 with BOM, CRLF line ends. */
export function csvFile(header: readonly string[], rows: (string | number)[][]): string {
  return `\uFEFF${[header.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n')}\r\n`;
}

/** Groups items by a key, with the groups sorted by key: used for reports "by responsible authority". */
export function groupSorted<T>(items: Iterable<T>, key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}
