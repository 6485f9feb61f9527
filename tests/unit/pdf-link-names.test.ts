import { describe, expect, it } from 'vitest';
import { linkNamesFromHtml } from '../../src/lib/pdf/link-names.ts';

describe('linkNamesFromHtml', () => {
  const name = linkNamesFromHtml(
    '<h2 id="glossary">4. The Top-25 glossary</h2><p><a href="https://x.example/tasks/cpr/">Register your address</a> <a href="#glossary">see the glossary</a></p>',
  );
  it('names an outside link by its text and an inside link by the heading it points to', () => {
    expect(name({ uri: 'https://x.example/tasks/cpr/' })).toBe('Register your address');
    expect(name({ dest: 'glossary' })).toBe('4. The Top-25 glossary');
    expect(name({ uri: 'https://unknown.example/' })).toBeUndefined();
  });
});
