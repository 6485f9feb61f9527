import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { linkTermsInTree, rehypeGlossaryLinks } from '../../src/lib/glossary/link-terms.ts';

const terms = [
  { slug: 'cpr-number', english: 'CPR number', danish: 'CPR-nummer' },
  { slug: 'administrative-cpr-number', english: 'administrative CPR number', danish: 'administrativt CPR-nummer' },
  { slug: 'general-practitioner', english: 'general practitioner (GP)', danish: 'praktiserende læge' },
];
const run = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  const linked = linkTermsInTree(tree, terms, (s) => `/glossary/#${s}`);
  return { html: toHtml(tree), linked };
};

describe('linkTermsInTree', () => {
  it('links only the first use of a term on the page', () => {
    const { html, linked } = run('<p>Your CPR number is key. Keep your CPR number safe.</p>');
    expect(html).toBe(
      '<p>Your <a href="/glossary/#cpr-number" class="term">CPR number</a> is key. Keep your CPR number safe.</p>',
    );
    expect(linked).toEqual(['cpr-number']);
  });

  it('prefers the longest term', () => {
    const { linked } = run('<p>An administrative CPR number is not a full CPR number.</p>');
    expect(linked).toEqual(['administrative-cpr-number', 'cpr-number']);
  });

  it('does not touch headings, existing links or code', () => {
    const { linked } = run('<h2>CPR number</h2><p><a href="/x">CPR number</a> <code>CPR number</code></p>');
    expect(linked).toEqual([]);
  });

  it('matches Danish forms, plurals and the part before a parenthesis', () => {
    const { html } = run('<p>Ask two general practitioners about CPR-nummer.</p>');
    expect(html).toContain('<a href="/glossary/#general-practitioner" class="term">general practitioners</a>');
    expect(html).toContain('<a href="/glossary/#cpr-number" class="term">CPR-nummer</a>');
  });

  it('does not link inside longer words', () => {
    expect(run('<p>XCPR numbers</p>').linked).toEqual([]);
  });
});

describe('rehypeGlossaryLinks', () => {
  const danish = { folder: '/content/da', hrefFor: (s: string) => `/da/glossary/#${s}` };
  const linkIn = (path: string | undefined, withDanish = true) => {
    const tree = fromHtml('<p>Dit CPR-nummer</p>', { fragment: true });
    rehypeGlossaryLinks({ terms, danish: withDanish ? danish : undefined })(tree, { path });
    return toHtml(tree);
  };
  it('links terms in Danish texts to the Danish glossary, and in the others to the English one', () => {
    expect(linkIn('/content/da/tips/a.md')).toContain('href="/da/glossary/#cpr-number"');
    expect(linkIn('/content/guide/tips/a.md')).toContain('href="/glossary/#cpr-number"');
    expect(linkIn('/content/data/a.md')).toContain('href="/glossary/#cpr-number"');
    expect(linkIn(undefined)).toContain('href="/glossary/#cpr-number"');
  });
  it('links Danish texts to the English glossary while the Danish one is not built', () => {
    expect(linkIn('/content/da/tips/a.md', false)).toContain('href="/glossary/#cpr-number"');
  });
});
