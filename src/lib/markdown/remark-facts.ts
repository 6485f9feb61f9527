/**
 * Renders the fact directives of a page body (`:deadline`, `:deadline[task]`, `:fee`) from the task fields, so a
 * deadline typed once shows the same everywhere. Runs after remark-directive. Validation has already rejected
 * directives that cannot be resolved; anything else that parsed as a directive is put back as the text it was.
 */
import type { Root, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { resolveFact, type FactValues } from '../facts.ts';

export interface RemarkFactsOptions {
  tasks: Record<string, FactValues>;
}

function ownFacts(file: VFile): FactValues | undefined {
  const fm = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  if (!fm) return undefined;
  const pick = (k: string) => (typeof fm[k] === 'string' ? fm[k] : undefined);
  return fm.deadline || fm.fee ? { deadline: pick('deadline'), fee: pick('fee') } : {};
}

export function remarkFacts(options: RemarkFactsOptions) {
  const tasks = new Map(Object.entries(options.tasks));
  return (tree: Root, file: VFile) => {
    const own = ownFacts(file);
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      const label = node.children.map((c) => ('value' in c ? String(c.value) : '')).join('');
      const { value } =
        node.type === 'textDirective'
          ? resolveFact(node.name, label.trim() || undefined, { own, tasks })
          : { value: undefined };
      const prefix = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
      const replacement: PhrasingContent = {
        type: 'text',
        value: value ?? `${prefix}${node.name}${label ? `[${label}]` : ''}`,
      };
      (parent.children as PhrasingContent[]).splice(index, 1, replacement);
      return [SKIP, index + 1];
    });
  };
}
