/** Content must not inject scripts: no <script>, <iframe>, <object>, <embed>, <style>, event-handler attributes or javascript: URLs. */
import type { ContentIssue } from '../content/errors.ts';

const RULES: { pattern: RegExp; what: string }[] = [
  { pattern: /<\s*(script|iframe|object|embed|style|form|input|link|meta|base)\b/i, what: 'an HTML element that is not allowed' },
  { pattern: /<[a-z][^>]*\son[a-z]+\s*=/i, what: 'an event-handler attribute (on…=)' },
  { pattern: /javascript\s*:/i, what: 'a javascript: URL' },
];

/** Checks a Markdown body; `bodyLine` is the file line where the body starts. */
export function checkUnsafeHtml(file: string, body: string, bodyLine: number): ContentIssue[] {
  const issues: ContentIssue[] = [];
  body.split('\n').forEach((text, i) => {
    for (const rule of RULES) {
      const m = rule.pattern.exec(text);
      if (m) {
        issues.push({
          file, line: bodyLine + i, severity: 'error',
          message: `contains ${rule.what}: "${m[0].trim()}"`,
          hint: 'write plain Markdown; raw HTML that runs code is not allowed in content',
        });
      }
    }
  });
  return issues;
}
