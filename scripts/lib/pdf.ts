/** Placeholder until the PDF issue lands: the site builds without the PDF. */
export async function buildPdfs(_site: string): Promise<string> {
  return 'not built yet';
}
