/** MDX files may use only the components on an explicit allow-list, and may not import or export code. */
import type { ContentIssue } from '../content/errors.ts';

/** Components that MDX content may use. None yet: add a name here when the site provides the component. */
export const ALLOWED_MDX_COMPONENTS: readonly string[] = [];

export function checkMdx(file: string, body: string, bodyLine: number, allowed: readonly string[] = ALLOWED_MDX_COMPONENTS): ContentIssue[] {
  if (!file.endsWith('.mdx')) return [];
  const issues: ContentIssue[] = [];
  let inFence = false;
  body.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    const line = bodyLine + i;
    if (/^\s*(import|export)\s/.test(text)) {
      issues.push({ file, line, severity: 'error', message: 'MDX content may not import or export code', hint: 'remove the line; use only the allowed components' });
    }
    for (const m of text.matchAll(/<([A-Z][A-Za-z0-9.]*)/g)) {
      if (!allowed.includes(m[1]!)) {
        issues.push({ file, line, severity: 'error', message: `the component <${m[1]}> is not allowed in content`, hint: `allowed components: ${allowed.length ? allowed.join(', ') : 'none'} (src/lib/checks/mdx.ts)` });
      }
    }
    if (/\{[^}]*\}/.test(text) && !/`[^`]*\{/.test(text)) {
      issues.push({ file, line, severity: 'error', message: 'MDX expressions in { } are not allowed in content', hint: 'write plain text; escape a literal brace as \\{' });
    }
  });
  return issues;
}
