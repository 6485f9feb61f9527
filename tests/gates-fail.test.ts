/** Each blocking gate is shown to fail on a small bad page: axe, html-validate and the third-party scan. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/toolchain.ts';
import { thirdPartyRequests } from '../src/lib/checks/third-party.ts';

const BAD_PAGE = `<!doctype html><html><head><title>Bad</title>
<style>@import "https://cdn.example.com/y.css";</style>
<link rel="stylesheet" href="https://fonts.example.com/css?family=Plex">
<style>@import url("https://cdn.example.com/x.css"); body { background: url(//img.example.com/a.png) }</style></head>
<body><img src="/photo.jpg"><form><input type="text"></form><p style="color:#ccc;background:#fff">low contrast</p>
<a href="/x"></a><div id="d"></div><div id="d"></div><iframe src="https://tracker.example.com/"></iframe></body></html>`;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

describe('the gates fail on a bad page', () => {
  it('axe finds the accessibility violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      BAD_PAGE.replace(/<iframe[^>]*><\/iframe>/, '')
        .replace(/<link[^>]*>/, '')
        .replace(/<style>[\s\S]*?<\/style>/, ''),
    );
    const ids = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations.map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'label', 'link-name', 'color-contrast']));
    await context.close();
  });

  it('html-validate reports errors', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(BAD_PAGE, 'bad.html');
    expect(report.valid).toBe(false);
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37']));
  });

  it('the third-party scan finds every request to another origin', () => {
    expect(thirdPartyRequests(BAD_PAGE)).toEqual([
      'https://fonts.example.com/css?family=Plex',
      'https://tracker.example.com/',
      'https://cdn.example.com/x.css',
      '//img.example.com/a.png',
      'https://cdn.example.com/y.css',
      '<iframe>',
    ]);
    expect(thirdPartyRequests('<img src="/local.png"><a href="https://skat.dk/">link</a>')).toEqual([]);
    // The address of the page in another language is not loaded; a stylesheet from there would be.
    expect(
      thirdPartyRequests(
        '<link rel="alternate" hreflang="da" href="https://guide.example.dk/da/"><link href="https://guide.example.dk/x.css" rel="stylesheet">',
      ),
    ).toEqual(['https://guide.example.dk/x.css']);
  });
});
