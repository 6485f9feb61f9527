import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { rehypeScopedHeadingIds } from '../../src/lib/markdown/scoped-heading-ids.ts';

const run = (path: string, html: string) => {
  const tree = fromHtml(html, { fragment: true });
  rehypeScopedHeadingIds({ folders: ['tips'] })(tree, { path });
  return toHtml(tree);
};

describe('rehypeScopedHeadingIds', () => {
  it('prefixes heading ids with the file slug for files in a scoped folder', () => {
    expect(run('/x/guide/tips/keep-english.md', '<h3>Why it matters</h3><h3>Why it matters</h3>')).toBe(
      '<h3 id="keep-english-why-it-matters">Why it matters</h3><h3 id="keep-english-why-it-matters-1">Why it matters</h3>',
    );
  });
  it('gives other files GitHub-style ids that never take a template id, and leaves existing ids alone', () => {
    expect(run('/x/guide/when-you-arrive/mitid.md', '<h2>Good to know</h2>')).toBe(
      '<h2 id="good-to-know">Good to know</h2>',
    );
    expect(run('/x/guide/when-you-arrive/mitid.md', '<h2>Main</h2><h2>What you do</h2><h2>Sources</h2>')).toBe(
      '<h2 id="main-1">Main</h2><h2 id="what-you-do-1">What you do</h2><h2 id="sources-1">Sources</h2>',
    );
    expect(run('/x/guide/tips/a.md', '<h2 id="keep">K</h2>')).toBe('<h2 id="keep">K</h2>');
  });
});
