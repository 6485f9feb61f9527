/**
 * The Top-25 glossary is the only source for translating its terms. This check finds variants that the glossary
 * says to avoid. A line can be exempted explicitly with the comment `<!-- terms-allow: NemID -->` on the line
 * before its paragraph (for quoted history notes); glossary files and `historyNote` fields are never scanned.
 */
import type { ContentIssue } from '../content/errors.ts';
import { escapeRegExp } from '../text.ts';

export interface AvoidRule { variant: string; preferred: string; pattern: RegExp }


/** A case-insensitive pattern that tolerates hyphens or spaces between words and simple English inflection. */
export function variantPattern(variant: string): RegExp {
  const words = variant.trim().split(/[\s-]+/).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}(?:s|es|'s)?(?![\\p{L}\\p{N}])`, 'giu');
}

export function avoidRules(terms: { english: string; avoid: string[] }[]): AvoidRule[] {
  return terms.flatMap((t) => t.avoid.map((variant) => ({ variant, preferred: t.english, pattern: variantPattern(variant) })));
}

const ALLOW_COMMENT = /<!--\s*terms-allow:\s*([^>]*?)\s*-->/i;

/** Checks the full text of a file (front matter and body), line by line. */
export function checkTerminology(file: string, text: string, rules: AvoidRule[], firstLine = 1): ContentIssue[] {
  const issues: ContentIssue[] = [];
  let allowed: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const allow = ALLOW_COMMENT.exec(raw);
    if (allow) { allowed = allow[1]!.split(',').map((s) => s.trim().toLowerCase()); return; }
    const line = raw.replace(/https?:\/\/\S+/g, ' ');
    for (const rule of rules) {
      if (allowed.includes(rule.variant.toLowerCase())) continue;
      rule.pattern.lastIndex = 0;
      const m = rule.pattern.exec(line);
      if (m) {
        issues.push({
          file, line: firstLine + i, severity: 'error',
          message: `uses "${m[0]}", which the glossary says to avoid`,
          hint: `write "${rule.preferred}" instead (or, for a quoted history note, put <!-- terms-allow: ${rule.variant} --> on the line before)`,
        });
      }
    }
    if (!raw.trim()) allowed = []; // the exemption covers one paragraph
  });
  return issues;
}
