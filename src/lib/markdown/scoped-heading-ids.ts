/**
 * Ids that the page templates use. A content heading never takes one of them ("Main" becomes `main-1`), so a
 * heading cannot break the skip link, the "At a glance" box or the table of contents.
 */
export const TEMPLATE_IDS = [
  'main',
  'toc',
  'contents',
  'search',
  'cover-title',
  'colophon',
  'what-you-do',
  'what-happens-automatically',
  'your-confirmation',
  'at-a-glance',
  'sources',
  'next-step',
  'step-by-step',
  'journey',
  'journey-steps',
  'diagram',
  'glossary',
  'tips',
  'appendix',
  'introduction',
  'challenges-and-needs',
  'self-service-map',
  'self-service-by-phase',
  'translation-priorities',
  'about-the-content',
  'about-your-own-case',
  'how-we-test',
  'known-limitations',
  'report-a-problem',
  'deadline',
] as const;

/**
 * Gives the headings of files that share one page (the six tips on /professionals/tips/ and in the PDF) ids that are
 * unique on that page: `<file-slug>-<heading-slug>`, e.g. `keep-english-complete-why-it-matters`. Other files get
 * GitHub-style ids that avoid the template ids. A rehype plugin; it runs before Astro's own heading-id step, which keeps ids that exist.
 */
import GithubSlugger from 'github-slugger';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';

export function scopedHeadingIds(path: string | undefined, folders: string[]): string | undefined {
  if (!path) return undefined;
  const parts = path.split(/[\\/]/);
  const name = parts.at(-1)?.replace(/\.mdx?$/, '');
  return folders.includes(parts.at(-2) ?? '') ? name : undefined;
}

export function rehypeScopedHeadingIds(options: { folders: string[] }) {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const scope = scopedHeadingIds(file.path ?? file.history?.at(-1), options.folders);
    const slugger = new GithubSlugger();
    for (const id of TEMPLATE_IDS) slugger.slug(id);
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (/^h[1-6]$/.test(child.tagName) && !child.properties.id)
          child.properties.id = scope ? `${scope}-${slugger.slug(toString(child))}` : slugger.slug(toString(child));
        visit(child);
      }
    };
    visit(tree);
  };
}
