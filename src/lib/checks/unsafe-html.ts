/**
 * Content must not carry code or markup that the site does not allow: decided on the rendered tree of the body
 * (markdown/body-tree.ts) with the same allow-list that sanitises the site (markdown/sanitize-schema.ts), so the
 * editor gets an error with the line instead of text that silently disappears.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from '../content/errors.ts';
import { contentSanitizeSchema } from '../markdown/sanitize-schema.ts';

const allowedTags = new Set(contentSanitizeSchema.tagNames ?? []);
const allowedAttributes = (tag: string): string[] =>
  [...(contentSanitizeSchema.attributes?.[tag] ?? []), ...(contentSanitizeSchema.attributes?.['*'] ?? [])].map((a) =>
    Array.isArray(a) ? String(a[0]) : String(a),
  );
const UNSAFE_PROTOCOL = /^(?!https:|mailto:|tel:)[a-z][a-z0-9+.-]*:/i;

/** Checks one body tree; `bodyLine` is the file line where the body starts. */
export function checkUnsafeHtml(file: string, tree: Root, bodyLine: number): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (el: Element, message: string, hint: string) =>
    issues.push({
      file,
      line: el.position ? bodyLine + el.position.start.line - 1 : bodyLine,
      severity: 'error',
      message,
      hint,
    });
  visit(tree, 'element', (el: Element) => {
    if (!allowedTags.has(el.tagName)) {
      at(
        el,
        `contains an HTML element that is not allowed: "<${el.tagName}"`,
        'write plain Markdown; raw HTML that runs code, styles the page or embeds other sites is not allowed in content',
      );
      return;
    }
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name))
        at(el, `contains an event-handler attribute (${name.toLowerCase()}=)`, 'remove it: content cannot run code');
      else if (name === 'style')
        at(el, 'contains a style attribute', "remove it: the site's design decides how content looks");
      else if (!allowedAttributes(el.tagName).includes(name))
        at(el, `<${el.tagName}> has an attribute that is not allowed (${name})`, 'remove it');
      // The URL parser strips tabs and newlines, so "jav&#x09;ascript:" is caught as what it is.
      if ((name === 'href' || name === 'src') && UNSAFE_PROTOCOL.test(String(value).replace(/[\u0000-\u0020]/g, ''))) {
        const scheme = String(value)
          .replace(/[\u0000-\u0020]/g, '')
          .split(':')[0]!
          .toLowerCase();
        at(el, `contains a ${scheme}: URL`, 'link to an https:// page of an official authority');
      }
    }
  });
  return issues;
}
