/**
 * What is published is safe, checked on the finished dist/ (after the whole build, PDFs included): the same policy
 * as the build step, plus a plain search of every text file for what must never appear.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { scanOutput } from '../../src/lib/build/scan-output.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { siteUrl } from '../../src/lib/site.ts';
import { pdfLinks } from '../../src/lib/checks/pdf-links.ts';
import { DIST, distFiles, requireDist } from '../helpers/dist.ts';

requireDist();
const { model } = validateContent(process.cwd());

describe('the published output', () => {
  it('passes the link and safety policy on every page, SVG and PDF link', async () => {
    expect(await scanOutput(DIST, model, siteUrl(), 'pages')).toEqual([]);
    expect(await scanOutput(DIST, model, siteUrl(), 'pdfs')).toEqual([]);
  });

  it('has no javascript: URL, event-handler attribute or inline script in any text file', () => {
    const files = distFiles((p) => /\.(html|svg|xml|atom|json|csv|tbx|mmd|txt)$/.test(p) && !p.startsWith('pagefind/'));
    expect(files.length).toBeGreaterThan(40);
    const found: string[] = [];
    for (const f of files) {
      const text = readFileSync(join(DIST, f), 'utf8');
      if (/javascript\s*:/i.test(text)) found.push(`${f}: javascript:`);
      if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(text)) found.push(`${f}: on…= attribute`);
      for (const m of text.matchAll(/<script\b([^>]*)>/gi)) {
        if (!/\bsrc="\/(search\.js|pagefind\/|_astro\/)/.test(m[1]!) && m[1] !== ' type="application/ld+json"')
          found.push(`${f}: <script${m[1]}>`);
      }
    }
    expect(found).toEqual([]);
  });

  it('links from the PDFs only to official hosts or the site', async () => {
    const hosts = new Set<string>();
    for (const f of distFiles((p) => p.endsWith('.pdf'))) {
      for (const l of pdfLinks(await PDFDocument.load(readFileSync(join(DIST, f)), { updateMetadata: false })))
        if (l.uri) hosts.add(new URL(l.uri).hostname);
    }
    expect(hosts.size).toBeGreaterThan(3);
    const official = model.officialDomains.domains.map((d) => d.domain);
    const site = new URL(siteUrl()).hostname;
    expect([...hosts].filter((h) => h !== site && !official.some((d) => h === d || h.endsWith(`.${d}`)))).toEqual([]);
  });
});
