/** The link and safety policy on the published output: each case is HTML a hostile or careless edit could produce. */
import { describe, expect, it } from 'vitest';
import { checkOutputFile, urlProblem, type OutputPolicy } from '../../src/lib/checks/output-policy.ts';
import { allowedScript } from '../../src/lib/build/scan-output.ts';

const policy: OutputPolicy = {
  official: {
    domains: [
      { domain: 'skat.dk', authority: 'tax' },
      { domain: 'borger.dk', authority: 'digst' },
      { domain: 'xn--sundhedsstyrelsen-ggb.dk', authority: 'x' },
    ],
    exceptions: [],
  },
  siteUrl: 'https://guide.example.dk',
  allowedScripts: allowedScript,
};
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const problems = (body: string) => checkOutputFile(page(body), 'tasks/x/index.html', policy).map((v) => v.message);

describe('URLs', () => {
  it.each([
    '/tasks/cpr-number/',
    '#steps',
    '../glossary/#mitid',
    'https://skat.dk/en-us/individuals',
    'https://www.skat.dk/',
    'https://lifeindenmark.borger.dk/ActionPage?selfserviceId=1',
    'https://guide.example.dk/print/',
    'tel:+4572222828',
    'mailto:info@skat.dk',
    'HTTPS://SKAT.DK/x',
    // A backslash is a path separator in https URLs, so browsers go to skat.dk here (Markdown's "\\@" becomes "@" and is caught below).
    'https://skat.dk\\@evil.example/',
  ])('allows %s', (url) => expect(urlProblem(url, policy)).toBeUndefined());

  it.each([
    ['http://skat.dk/', /uses http/],
    ['//evil.example/x', /evil\.example, which is not an official domain/],
    ['\\\\evil.example/x', /evil\.example/],
    ['/\\evil.example/x', /evil\.example/],
    ['https://skat.dk@evil.example/', /evil\.example/],
    ['https://user:pw@skat.dk/', /user name/],
    ['https://skat.dk.evil.example/', /not an official domain/],
    ['https://evilskat.dk/', /not an official domain/],
    ['javascript:alert(1)', /uses javascript/],
    ['JaVaScRiPt:alert(1)', /uses javascript/],
    ['jav\tascript:alert(1)', /uses javascript/],
    [' javascript:alert(1)', /uses javascript/],
    ['data:text/html;base64,PHNjcmlwdD4=', /uses data/],
    ['vbscript:x', /uses vbscript/],
    ['file:///etc/passwd', /uses file/],
    ['ftp://skat.dk/', /uses ftp/],
    ['https://xn--skt-tla.dk/', /not an official domain/],
    ['https://skåt.dk/', /not an official domain/],
    ['tel:+45 call-this-number', /not a phone number/],
    ['mailto:someone@evil.example', /not an address on an official domain/],
  ])('refuses %s', (url, why) => expect(urlProblem(url, policy)).toMatch(why));
});

describe('exceptions', () => {
  it('allows on the built pages exactly the links that official-domains.yaml lists as exceptions', () => {
    const withException = {
      ...policy,
      official: { ...policy.official, exceptions: [{ url: 'https://eur-lex.example/act', reason: 'the regulation' }] },
    };
    expect(urlProblem('https://eur-lex.example/act', withException)).toBeUndefined();
    expect(urlProblem('https://eur-lex.example/other', withException)).toMatch(/not an official domain/);
  });
});

describe('built pages', () => {
  it('passes a clean page with the search script', () => {
    expect(
      problems('<main><a href="https://skat.dk/x">Skat</a><script src="/pagefind/pagefind-ui.js"></script></main>'),
    ).toEqual([]);
  });

  it('passes JSON-LD with site-internal and official addresses (data, not code)', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: 'Note: a label',
      url: 'https://guide.example.dk/tasks/x/',
      provider: { url: 'https://skat.dk/' },
    };
    expect(problems(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)).toEqual([]);
  });

  it.each([
    ['inline script', '<script>alert(1)</script>', /not an allowed script/],
    ['inline script typed as JavaScript', '<script type="text/javascript">alert(1)</script>', /not an allowed script/],
    ['inline script typed as plain JSON', '<script type="application/json">{}</script>', /not an allowed script/],
    ['JSON-LD that is not JSON', '<script type="application/ld+json">alert(1)</script>', /not valid JSON/],
    [
      'JSON-LD with a src',
      '<script type="application/ld+json" src="https://evil.example/x.json"></script>',
      /must not have a src/,
    ],
    [
      'JSON-LD with a javascript: address',
      '<script type="application/ld+json">{"url":"javascript:alert(1)"}</script>',
      /JSON-LD "url": .*uses javascript/,
    ],
    [
      'JSON-LD with an unofficial address',
      '<script type="application/ld+json">{"provider":{"sameAs":["https://evil.example/"]}}</script>',
      /JSON-LD "sameAs": .*not an official domain/,
    ],
    [
      'external script',
      '<script src="https://evil.example/x.js"></script>',
      /not an allowed script|not an official domain/,
    ],
    ['event handler', '<p onclick="x()">a</p>', /event handler/],
    ['event handler after a line break', '<p\nonmouseover="x()">a</p>', /event handler/],
    ['svg onload', '<svg onload="x()"></svg>', /event handler/],
    [
      'style attribute (full-page fake notice)',
      '<div style="position:fixed;inset:0">Call +45 00 00 00 00</div>',
      /style attribute/,
    ],
    ['iframe', '<iframe src="/x"></iframe>', /<iframe> is not allowed/],
    ['object', '<object data="/x.swf"></object>', /<object> is not allowed/],
    ['embed', '<embed src="/x">', /<embed> is not allowed/],
    ['base', '<base href="https://evil.example/">', /<base> is not allowed|not an official domain/],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', /redirects visitors/],
    ['raw unofficial link', '<a href="https://evil.example/">x</a>', /not an official domain/],
    ['entity-encoded javascript', '<a href="&#x6A;avascript:alert(1)">x</a>', /uses javascript/],
    ['entity tab in javascript', '<a href="jav&#x09;ascript:alert(1)">x</a>', /uses javascript/],
    ['tracking image', '<img src="https://tracker.example/p.gif" alt="">', /not an official domain/],
    ['data image', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="">', /uses data/],
    ['srcset', '<img src="/a.png" srcset="/a.png 1x, https://evil.example/b.png 2x" alt="">', /srcset/],
    ['svg xlink', '<svg><a xlink:href="https://evil.example/"><text>x</text></a></svg>', /not an official domain/],
    ['svg href', '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>', /uses javascript/],
    [
      'css url in svg style',
      '<svg><style>@import "https://evil.example/x.css"; g{background:url(https://evil.example/p.png)}</style></svg>',
      /CSS url/,
    ],
    ['form action', '<form action="https://evil.example/"><button>Go</button></form>', /not an official domain/],
    ['button formaction', '<button formaction="javascript:x()">Go</button>', /uses javascript/],
    ['foreignObject in svg', '<svg><foreignObject><p>x</p></foreignObject></svg>', /foreignObject/],
  ])('finds %s', (_name, body, why) => {
    expect(problems(body).join('\n')).toMatch(why);
  });
});
