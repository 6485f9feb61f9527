/**
 * Links the first use of each glossary term on a page to its definition (a rehype plugin).
 * Works without JavaScript: the result is a plain link. Headings, existing links and code are never touched.
 */
import type { Element, ElementContent, Root } from 'hast';
import { escapeRegExp } from '../text.ts';

export interface LinkableTerm {
  slug: string;
  english: string;
  danish: string;
  danishVariants?: string[];
}

const SKIP = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'dfn',
  'abbr',
  'script',
  'style',
  'svg',
  'title',
]);

/** Builds one pattern over all terms, longest first, so "administrative CPR number" wins over "CPR number". */
export function termMatcher(terms: LinkableTerm[]): {
  pattern: RegExp;
  slugFor: (match: string) => string | undefined;
} {
  const forms = new Map<string, string>();
  for (const t of terms) {
    for (const form of [t.english, t.danish, ...(t.danishVariants ?? [])]) {
      // Terms with parenthetical explanations, e.g. "general practitioner (GP)", match on the part before the parenthesis.
      const core = form.replace(/\s*\(.*\)\s*$/, '').trim();
      if (core.length >= 3 && !forms.has(core.toLowerCase())) forms.set(core.toLowerCase(), t.slug);
    }
  }
  const alternatives = [...forms.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => escapeRegExp(f).replace(/[\s-]+/g, '[\\s-]+'));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|') || '(?!)'})(?:s)?(?![\\p{L}\\p{N}-])`,
    'giu',
  );
  const slugFor = (match: string) => {
    const norm = match.toLowerCase().replace(/[\s-]+/g, ' ');
    for (const [form, slug] of forms) {
      const f = form.replace(/[\s-]+/g, ' ');
      if (norm === f || norm === `${f}s`) return slug;
    }
    return undefined;
  };
  return { pattern, slugFor };
}

/** Rewrites `tree` in place. `hrefFor(slug)` gives the link target. Returns the slugs linked, in order. */
export function linkTermsInTree(
  tree: Root | Element,
  terms: LinkableTerm[],
  hrefFor: (slug: string) => string,
): string[] {
  const { pattern, slugFor } = termMatcher(terms);
  const linked: string[] = [];
  const done = new Set<string>();

  const walk = (node: Root | Element) => {
    const next: ElementContent[] = [];
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'element') {
        if (!SKIP.has(child.tagName)) walk(child);
        next.push(child);
        continue;
      }
      if (child.type !== 'text') {
        next.push(child);
        continue;
      }
      const rest = child.value;
      let m: RegExpExecArray | null;
      pattern.lastIndex = 0;
      let cursor = 0;
      const pieces: ElementContent[] = [];
      while ((m = pattern.exec(rest))) {
        const slug = slugFor(m[0]);
        if (!slug || done.has(slug)) continue;
        done.add(slug);
        linked.push(slug);
        if (m.index > cursor) pieces.push({ type: 'text', value: rest.slice(cursor, m.index) });
        pieces.push({
          type: 'element',
          tagName: 'a',
          properties: { href: hrefFor(slug), className: ['term'] },
          children: [{ type: 'text', value: m[0] }],
        });
        cursor = m.index + m[0].length;
      }
      if (pieces.length) {
        if (cursor < rest.length) pieces.push({ type: 'text', value: rest.slice(cursor) });
        next.push(...pieces);
      } else next.push(child);
    }
    node.children = next;
  };
  walk(tree);
  return linked;
}

export interface GlossaryLinkOptions {
  terms: LinkableTerm[];
  hrefFor?: (slug: string) => string;
  /**
   * The Danish texts' folder (the content's da/) and where their terms link: the Danish glossary when it is built. A
   * Danish text without it links to the English glossary.
   */
  danish?: { folder: string; hrefFor: (slug: string) => string };
}

/** Is `path` (the file being rendered) inside `folder`? */
export function isInside(path: string | undefined, folder: string): boolean {
  if (!path) return false;
  const f = folder.replace(/[\\/]+$/, '');
  return path.startsWith(`${f}/`) || path.startsWith(`${f}\\`);
}

/** The rehype plugin: `[rehypeGlossaryLinks, { terms, hrefFor, danish }]`. */
export function rehypeGlossaryLinks(options: GlossaryLinkOptions) {
  const hrefFor = options.hrefFor ?? ((slug: string) => `/glossary/#${slug}`);
  return (tree: Root, file?: { path?: string }) => {
    const danish = options.danish && isInside(file?.path, options.danish.folder);
    linkTermsInTree(tree, options.terms, danish ? options.danish!.hrefFor : hrefFor);
  };
}
