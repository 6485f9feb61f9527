/**
 * The feedback link on every page: an e-mail (or the official form) set in site.yaml, filled in with the page's
 * address and the edition, so the working group knows what the reader was looking at. No request to a third party:
 * it is a plain link, and nothing is sent until the reader sends it.
 */
import type { FeedbackChannel } from './schemas/settings.ts';

export interface FeedbackContext {
  pageUrl: string;
  pageTitle: string;
  edition: string;
}

/** The link for "Is this page useful?", or undefined when no channel is set. */
export function feedbackHref(channel: FeedbackChannel | undefined, ctx: FeedbackContext): string | undefined {
  if (!channel) return undefined;
  if (channel.email) {
    const subject = `Moving to Denmark: ${ctx.pageTitle}`;
    const body = `Page: ${ctx.pageUrl}\nEdition: ${ctx.edition}\n\nWhat is missing or wrong?\n\n`;
    return `mailto:${channel.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(channel.formUrl!);
  url.searchParams.set('page', ctx.pageUrl);
  url.searchParams.set('edition', ctx.edition);
  return url.href;
}
