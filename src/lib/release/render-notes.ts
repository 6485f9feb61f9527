/** Renders release notes (plain Markdown an editor may have polished) to HTML, with headings one level down. */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';

let processor: Awaited<ReturnType<typeof createMarkdownProcessor>> | undefined;

export async function notesToHtml(markdown: string): Promise<string> {
  processor ??= await createMarkdownProcessor();
  // The page has its own <h1>; the notes' own title is dropped and their sections become <h3>.
  const body = markdown.replace(/^# .*\n/, '').replace(/^## /gm, '### ');
  return (await processor.render(body)).code;
}
