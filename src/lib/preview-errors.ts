/**
 * The live preview's page for content errors (`npm run dev`): what an editor needs to fix them (file, line, the
 * message and the fix), in plain words, never program code or a stack trace. It reloads itself every few seconds, so
 * the page comes back as soon as the file is fixed and saved.
 */
import { formatIssue, type ContentIssue } from './content/errors.ts';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function contentErrorPage(errors: ContentIssue[]): string {
  const items = errors
    .map((e) => {
      const [first, ...rest] = formatIssue(e).split('\n');
      const hint = rest.map((l) => l.replace(/^\s*→\s*/, '')).join(' ');
      return `<li><p><strong>${escape(first!)}</strong></p>${hint ? `<p>Fix: ${escape(hint)}</p>` : ''}</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="3">
<title>Content error: the preview waits for a fix</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}li{margin-bottom:1rem}strong{font-family:ui-monospace,monospace;font-weight:600}</style>
</head>
<body>
<h1>The content has ${errors.length} error${errors.length === 1 ? '' : 's'}</h1>
<p>Nothing is wrong with the preview itself. Fix ${errors.length === 1 ? 'the file' : 'the files'} below and save: this page checks again every few seconds and shows the page as soon as the content is valid. <code>npm run check:content</code> prints the same list.</p>
<ol>
${items}
</ol>
</body>
</html>
`;
}
