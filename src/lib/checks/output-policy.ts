/**
 * One link and safety policy, checked on what is published: the built HTML and SVG, parsed into a tree (hast).
 * Every URL in an href, src, xlink:href, action, srcset or CSS url() must be a site-internal path or https on an
 * official host (exact host or a subdomain, after the WHATWG URL parser's IDNA normalisation). No script outside
 * the allowed ones, no event handler, no frame, object, embed, base or refresh; no style attribute in HTML.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, Nodes } from 'hast';
import type { OfficialDomains } from '../schemas/vocabulary.ts';
import { classifyUrl } from './url-policy.ts';

export interface PolicyViolation {
  file: string;
  message: string;
}

export interface OutputPolicy {
  official: OfficialDomains;
  /** The site's own public address: absolute links to it count as internal. */
  siteUrl: string;
  /** Script sources that may appear (same-origin paths), e.g. the search UI. */
  allowedScripts: (src: string) => boolean;
}

const URL_ATTRIBUTES = [
  'href',
  'src',
  'xLinkHref',
  'action',
  'formAction',
  'poster',
  'cite',
  'data',
  'background',
  'ping',
  'longDesc',
];
const FORBIDDEN = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'foreignObject',
]);

/** Why a URL breaks the policy, or undefined when it is allowed. */
export function urlProblem(raw: string, policy: Pick<OutputPolicy, 'official' | 'siteUrl'>): string | undefined {
  const v = classifyUrl(raw, policy.official, policy.siteUrl);
  switch (v.kind) {
    case 'internal':
    case 'official':
    case 'excepted':
      return undefined;
    case 'tel':
      return v.valid ? undefined : `"${raw}" is not a phone number`;
    case 'mailto':
      return v.official ? undefined : `"${raw}" is not an address on an official domain`;
    case 'invalid':
      return `"${raw}" is not a valid address`;
    case 'not-https':
      return `"${raw}" uses ${v.protocol}: only https and site-internal links are allowed`;
    case 'user-info':
      return `"${raw}" has a user name in it (a way to disguise the real host)`;
    case 'unofficial':
      return `"${raw}" goes to ${v.host}, which is not an official domain`;
  }
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)]
    .map((m) => m[2]!)
    .concat([...css.matchAll(/@import\s+(['"])(.*?)\1/gi)].map((m) => m[2]!));
}

/** Keys of JSON-LD whose values are vocabulary names, not addresses a reader follows. */
const JSON_LD_VOCABULARY = new Set(['@context', '@type', '@vocab']);

/**
 * JSON-LD is data, not code, so it is the one kind of inline <script> allowed: with no src, with text that parses as
 * JSON, and with every address in it (any string value that starts with a scheme, such as https: or javascript:)
 * allowed by the same link policy as an href.
 */
function jsonLdProblems(el: Element, policy: OutputPolicy): string[] {
  if (el.properties.src !== undefined) return ['<script type="application/ld+json"> must not have a src'];
  const text = el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return ['<script type="application/ld+json"> is not valid JSON'];
  }
  const out: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (
        !JSON_LD_VOCABULARY.has(key) &&
        /^[a-z][a-z0-9+.-]*:/i.test(value.trim()) &&
        !/^[a-z][a-z0-9+.-]*: /i.test(value)
      ) {
        const p = urlProblem(value, policy);
        if (p) out.push(`JSON-LD "${key}": ${p}`);
      }
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(data, '');
  return out;
}

/** Checks one parsed page or SVG. `inSvg` tracks inline SVG, where presentation styles are allowed. */
export function checkTree(tree: Root, file: string, policy: OutputPolicy): PolicyViolation[] {
  const out: PolicyViolation[] = [];
  const v = (message: string) => out.push({ file, message });
  const visit = (node: Nodes, inSvg: boolean) => {
    if (node.type === 'element') {
      const el = node;
      const svg = inSvg || el.tagName === 'svg';
      if (FORBIDDEN.has(el.tagName)) v(`<${el.tagName}> is not allowed`);
      if (el.tagName === 'meta' && String(el.properties.httpEquiv ?? '').toLowerCase() === 'refresh')
        v('<meta http-equiv="refresh"> redirects visitors');
      if (el.tagName === 'script') {
        const type = String(el.properties.type ?? '');
        const src = el.properties.src === undefined ? undefined : String(el.properties.src);
        if (type === 'application/ld+json') for (const p of jsonLdProblems(el, policy)) v(p);
        else if (src === undefined || !policy.allowedScripts(src))
          v(`<script${src ? ` src="${src}"` : ''}> is not an allowed script`);
      }
      for (const [name, value] of Object.entries(el.properties)) {
        if (/^on/i.test(name)) v(`<${el.tagName}> has an event handler (${name})`);
        if (name === 'style' && !svg) v(`<${el.tagName}> has a style attribute`);
        if (name === 'style')
          for (const u of cssUrls(String(value))) {
            const p = urlProblem(u, policy);
            if (p) v(`CSS url(): ${p}`);
          }
        if (URL_ATTRIBUTES.includes(name) && value !== null && value !== undefined && value !== false) {
          const p = urlProblem(String(value), policy);
          if (p) v(`<${el.tagName} ${name}>: ${p}`);
        }
        if (name === 'srcSet')
          for (const part of String(value).split(',')) {
            const p = urlProblem(part.trim().split(/\s+/)[0] ?? '', policy);
            if (p) v(`<${el.tagName} srcset>: ${p}`);
          }
      }
      if (el.tagName === 'style')
        for (const child of el.children)
          if (child.type === 'text')
            for (const u of cssUrls(child.value)) {
              const p = urlProblem(u, policy);
              if (p) v(`CSS url(): ${p}`);
            }
      for (const c of el.children) visit(c, svg);
      if (el.tagName === 'template' && el.content) visit(el.content, svg);
      return;
    }
    if ('children' in node) for (const c of node.children) visit(c, inSvg);
  };
  visit(tree, false);
  return out;
}

/** Checks one built HTML page or SVG file. */
export function checkOutputFile(source: string, file: string, policy: OutputPolicy): PolicyViolation[] {
  const tree = fromHtml(source, { fragment: file.endsWith('.svg') });
  return checkTree(tree, file, policy);
}

/** The content file a built page comes from, so a violation names what the editor must open. */
export function sourceFileFor(
  page: string,
  model: { tasks: { slug: string; file: string }[]; chapters: { slug: string; file: string }[] },
): string | undefined {
  const task = /^tasks\/([^/]+)\//.exec(page);
  if (task) return model.tasks.find((t) => t.slug === task[1])?.file;
  const chapter = /^professionals\/([^/]+)\//.exec(page);
  if (chapter) return model.chapters.find((c) => c.slug === chapter[1])?.file ?? 'guide/professionals/';
  if (page.startsWith('professionals/tips') || page.startsWith('print/')) return 'guide/';
  if (page.startsWith('glossary/')) return 'glossary/';
  if (page.startsWith('journey/') || page.includes('ideal-journey')) return 'journey/steps.yaml';
  if (page.startsWith('self-service/')) return 'journey/self-service/';
  return undefined;
}
