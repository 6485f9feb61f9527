/**
 * MDX files may use only the components on an explicit allow-list, with literal attributes, and no imports,
 * exports or expressions: decided on the MDX syntax tree, so nothing an editor writes can run at build time.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { ContentIssue } from '../content/errors.ts';

/** Components that MDX content may use. None yet: add a name here when the site provides the component. */
export const ALLOWED_MDX_COMPONENTS: readonly string[] = [];

interface MdxNode extends Node {
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

export function checkMdx(
  file: string,
  body: string,
  bodyLine: number,
  allowed: readonly string[] = ALLOWED_MDX_COMPONENTS,
): ContentIssue[] {
  if (!file.endsWith('.mdx')) return [];
  const issues: ContentIssue[] = [];
  const at = (node: Node | undefined, message: string, hint: string) =>
    issues.push({
      file,
      line: node?.position ? bodyLine + node.position.start.line - 1 : bodyLine,
      severity: 'error',
      message,
      hint,
    });
  let tree: Node;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (e) {
    const place = (e as { line?: number }).line;
    issues.push({
      file,
      line: place ? bodyLine + place - 1 : bodyLine,
      severity: 'error',
      message: `the MDX cannot be read: ${(e as Error).message.split('\n')[0]}`,
      hint: 'write plain Markdown, or rename the file to .md; escape a literal { or < as \\{ or \\<',
    });
    return issues;
  }
  visit(tree, (node: MdxNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, 'MDX content may not import or export code', 'remove the line; use only the allowed components');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(
          node,
          'MDX expressions in { } are not allowed in content',
          'write plain text; escape a literal brace as \\{',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!node.name || !allowed.includes(node.name)) {
          at(
            node,
            `the component <${node.name ?? ''}> is not allowed in content`,
            `allowed components: ${allowed.length ? allowed.join(', ') : 'none'} (src/lib/checks/mdx.ts)`,
          );
        }
        for (const a of node.attributes ?? []) {
          if (
            a.type !== 'mdxJsxAttribute' ||
            (a.value !== null && a.value !== undefined && typeof a.value !== 'string')
          ) {
            at(
              node,
              `the component <${node.name ?? ''}> has an attribute that is an expression`,
              'attributes must be plain text in quotes',
            );
          }
        }
        break;
    }
  });
  return issues;
}
