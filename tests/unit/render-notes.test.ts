import { describe, expect, it } from 'vitest';
import { notesToHtml } from '../../src/lib/release/render-notes.ts';

describe('release notes on the site', () => {
  it('drops the title and keeps sections at h2, so headings never skip a level', async () => {
    const html = await notesToHtml(
      '# Edition 2027-Q1\n\n## Tasks\n\n- deadline changed: "a" → "b"\n\n### Detail\n\ntext',
    );
    expect(html).not.toContain('<h1');
    expect(html).toMatch(/<h2>Tasks<\/h2>[\s\S]*<h3>Detail<\/h3>/);
  });
  it.each([
    ['a script', '<script>location="https://evil.example"</script>', /<script|evil/],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', /<meta|evil/],
    ['an event handler', '<p onclick="x()">a</p>', /onclick/],
    ['a javascript: link', '[a](javascript:alert(1))', /javascript:/],
    ['an inline style', '<p style="position:fixed">Call us</p>', /style=/],
  ])('removes %s that a copied value brings in', async (_n, md, bad) => {
    expect(await notesToHtml(`## Tasks\n\n- deadline changed: ${md}`)).not.toMatch(bad);
  });
});
