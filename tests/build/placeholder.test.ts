/**
 * While site.yaml still holds the placeholder address, nothing points to it: no canonical link, JSON-LD, QR code or
 * absolute link on any page, in the PDFs, the poster or the handout; they say the address is not set yet. A build of
 * the tiny fixture site with the placeholder address (the suite's own build uses a real one); every template is in it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { PDFDocument } from 'pdf-lib';
import { walkFiles } from '../../src/lib/files.ts';
import { pdfLinks } from '../../src/lib/checks/pdf-links.ts';
import { FULL } from '../helpers/tier.ts';
import { TINY_CONTENT } from '../helpers/fixture-content.ts';

const PLACEHOLDER = 'https://moving-to-denmark.example';
const HOST = 'moving-to-denmark.example';
const out = mkdtempSync(join(tmpdir(), 'mtd-placeholder-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.runIf(FULL)('a build whose public address is still the placeholder', () => {
  beforeAll(() => {
    const r = spawnSync(process.execPath, ['scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: TINY_CONTENT, OUT_DIR: out, SITE_URL: PLACEHOLDER },
    });
    expect(r.status, r.stderr).toBe(0);
  }, 600_000); // a real build: room for a busy machine

  it('has no page with an absolute link, a QR code or JSON-LD to the placeholder', () => {
    const pages = walkFiles(out).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const page of pages) {
      const tree = fromHtml(readFileSync(join(out, page), 'utf8'));
      visit(tree, 'element', (el: Element) => {
        for (const [name, value] of Object.entries(el.properties))
          if (String(value).includes(HOST)) found.push(`${page}: <${el.tagName} ${name}>`);
      });
      if (selectAll('script[type="application/ld+json"], link[rel~="canonical"], img.print-qr', tree).length)
        found.push(`${page}: canonical, JSON-LD or QR code`);
    }
    expect(found).toEqual([]);
    expect(walkFiles(out).filter((f) => f.startsWith('qr/'))).toEqual([]);
  });

  it('says on the handout that the address is not set yet', () => {
    const page = walkFiles(out).find((f) => /^checklist\/[^/]+\/[^/]+\/[^/]+\/[^/]+\/index\.html$/.test(f))!;
    expect(readFileSync(join(out, page), 'utf8')).toContain('The guide&#39;s public address is not set yet');
  });

  it('prints no address or link to it in the PDFs and the poster, and says it is not set yet', async () => {
    const pdfs = walkFiles(out).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toContain('best-practice-guide.pdf');
    expect(pdfs).toContain('downloads/ideal-journey-poster.pdf');
    for (const pdf of pdfs) {
      const text = spawnSync('pdftotext', [join(out, pdf), '-'], { encoding: 'utf8' }).stdout;
      expect(text, pdf).not.toContain(HOST);
      const uris = pdfLinks(await PDFDocument.load(readFileSync(join(out, pdf)))).map((l) => l.uri ?? '');
      expect(
        uris.filter((u) => u.includes(HOST)),
        pdf,
      ).toEqual([]);
    }
    const squeeze = (f: string) =>
      spawnSync('pdftotext', [join(out, f), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(squeeze('best-practice-guide.pdf')).toContain("(the guide's public address is not set yet)");
    expect(squeeze('downloads/ideal-journey-poster.pdf')).toContain("The guide's public address is not set yet");
  });
});
