/** The addresses of the "Where to go" pages (no other imports: the browser scripts use it). */
export const LOCAL_HELP_URL = '/local-help/';
export function municipalityUrl(slug: string): string {
  return `${LOCAL_HELP_URL}${slug}/`;
}
