/**
 * From a fetched HTML page to its readable main text, as paragraphs: decoded with the page's character set, parsed
 * with hast-util-from-html (never with regular expressions), without scripts, styles, navigation, headers and
 * footers, from <main>, <article> or [role=main] when the page has one, else from <body>.
 */
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import type { Nodes, Root } from 'hast';
import { cleanText } from './normalise.ts';

/** The charset named in a Content-Type value ("text/html; charset=windows-1252"), lower case. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  if (!contentType) return undefined;
  for (const part of contentType.split(';').slice(1)) {
    const [key, value] = part.split('=');
    if (key?.trim().toLowerCase() === 'charset' && value)
      return value
        .trim()
        .replace(/^["']|["']$/g, '')
        .toLowerCase();
  }
  return undefined;
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/** The charset a page declares in its first bytes (<meta charset> or <meta http-equiv="content-type">), found by parsing them. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  // The declaration must be in the first 1024 bytes (HTML's prescan); any ASCII-compatible decoding reads it.
  const head = fromHtml(new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024)));
  const meta = select('meta[charset]', head);
  if (meta && typeof meta.properties.charSet === 'string') return meta.properties.charSet.trim().toLowerCase();
  const equiv = select('meta[http-equiv]', head);
  if (equiv && String(equiv.properties.httpEquiv).toLowerCase() === 'content-type')
    return charsetOf(String(equiv.properties.content ?? ''));
  return undefined;
}

/**
 * Decodes a page: the charset from the Content-Type header, else from <meta charset>, else UTF-8 when the bytes are
 * valid UTF-8, else windows-1252 (what browsers assume for old Danish pages).
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const declared = decoderFor(charsetOf(contentType)) ?? decoderFor(metaCharset(bytes));
  if (declared) return declared.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Elements whose content is never the page's text. */
const DROPPED = new Set([
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'head',
]);
/** Elements that start a new paragraph. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'section',
  'article',
  'main',
  'aside',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'form',
  'fieldset',
  'legend',
  'hr',
  'body',
  'center',
]);

/** The element that holds the page's main text: <main>, <article>, [role=main], else <body>, else the whole document. */
export function mainElement(tree: Root): Nodes {
  return select('main', tree) ?? select('article', tree) ?? select('[role=main]', tree) ?? select('body', tree) ?? tree;
}

/** The main text of an HTML page as clean paragraphs (one per block element), in page order. Empty blocks are left out. */
export function extractParagraphs(html: string): string[] {
  const tree = fromHtml(html);
  const paragraphs: string[] = [];
  let buffer: string[] = [];
  const flush = () => {
    const text = cleanText(buffer.join(''));
    if (text) paragraphs.push(text);
    buffer = [];
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      buffer.push(node.value);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const el = node;
      if (DROPPED.has(el.tagName) || (el.properties.hidden !== undefined && el.properties.hidden !== false)) return;
      if (el.tagName === 'br') {
        buffer.push(' ');
        return;
      }
      if (BLOCKS.has(el.tagName)) {
        flush();
        for (const child of el.children) walk(child);
        flush();
        return;
      }
    }
    for (const child of node.children) walk(child);
  };
  const main = mainElement(tree);
  walk(main.type === 'element' ? { type: 'root', children: [main] } : main);
  flush();
  return paragraphs;
}
