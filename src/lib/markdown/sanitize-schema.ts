/**
 * The allow-list for content pages, applied to the rendered tree (hast) of every Markdown page after remark and
 * raw HTML parsing, before the site's own plugins add diagrams and glossary links. Whatever the source syntax
 * (raw HTML, entities, line breaks inside tags), no script, event handler, style, form, frame, object or unknown
 * element reaches the site or the print HTML. Based on hast-util-sanitize's GitHub-style default schema.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

const DROP = new Set([
  'input',
  'img',
  'picture',
  'source',
  'details',
  'summary',
  'div',
  'span',
  'ruby',
  'rp',
  'rt',
  'samp',
  'tt',
  'var',
  'strike',
]);

export const contentSanitizeSchema: Schema = {
  ...defaultSchema,
  // Ids come from the site's heading plugin, after sanitising; content may not set its own.
  clobberPrefix: '',
  clobber: [],
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !DROP.has(t)),
  attributes: {
    a: ['href', 'title', 'ariaLabel'],
    code: [['className', /^language-[a-z0-9-]+$/]],
    pre: [['dataLanguage', /^[a-z0-9-]+$/]],
    th: ['scope', 'align'],
    td: ['align'],
    abbr: ['title'],
    ol: ['start'],
    blockquote: [],
    // Nothing else: no style, no id, no class, no event handlers.
    '*': [],
  },
  // Links: https and site-internal paths only (relative URLs are always kept). The link policy on the built
  // output then checks that every https host is official.
  protocols: { href: ['https', 'mailto'] },
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'form',
    'select',
    'textarea',
    'button',
  ],
  required: {},
};
