import { describe, expect, it } from 'vitest';
import { feedbackHref } from '../../src/lib/feedback.ts';
import { siteSettingsSchema } from '../../src/lib/schemas/settings.ts';

const ctx = {
  pageUrl: 'https://guide.example.dk/tasks/cpr-number/',
  pageTitle: 'Register your address & get a CPR number',
  edition: '2026-Q4',
};

describe('feedbackHref', () => {
  it('opens an e-mail with the page address and the edition filled in', () => {
    const href = feedbackHref({ email: 'feedback@digst.dk' }, ctx)!;
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('feedback@digst.dk');
    expect(url.searchParams.get('subject')).toBe('Moving to Denmark: Register your address & get a CPR number');
    expect(url.searchParams.get('body')).toContain(
      'Page: https://guide.example.dk/tasks/cpr-number/\nEdition: 2026-Q4',
    );
  });
  it('links to an official form with the page and edition as parameters', () => {
    expect(feedbackHref({ formUrl: 'https://www.borger.dk/kontakt?x=1' }, ctx)).toBe(
      'https://www.borger.dk/kontakt?x=1&page=https%3A%2F%2Fguide.example.dk%2Ftasks%2Fcpr-number%2F&edition=2026-Q4',
    );
  });
  it('gives nothing when no channel is set, and the settings need an address or a form', () => {
    expect(feedbackHref(undefined, ctx)).toBeUndefined();
    expect(siteSettingsSchema.safeParse({ url: 'https://x.dk', feedback: { owner: 'Someone' } }).success).toBe(false);
    expect(siteSettingsSchema.safeParse({ url: 'https://x.dk', feedback: { email: 'not an address' } }).success).toBe(
      false,
    );
  });
});
