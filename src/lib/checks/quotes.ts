/**
 * Every source records the words on its page that support the claim (`quote:`), so the next editor, and the source
 * check, can see whether the page still says it. A source without a quote is a warning (the build goes on); a quote
 * longer than a few sentences is refused by the schema (src/lib/schemas/common.ts).
 */
import type { ContentIssue } from '../content/errors.ts';

export interface QuotedSource {
  file: string;
  line?: number;
  url: string;
  quote?: string;
}

export function missingQuotes(sources: QuotedSource[]): ContentIssue[] {
  return sources
    .filter((s) => !s.quote?.trim())
    .map((s) => ({
      file: s.file,
      line: s.line,
      severity: 'warning' as const,
      message: `the source ${s.url} has no quote`,
      hint: 'add quote: with the sentence or two on that page that support the claim, copied exactly (in the language of the page); if the page no longer says it, fix the claim',
    }));
}
