/**
 * The Top-25 glossary is the only source for translating its terms. This check finds variants that the glossary
 * says to avoid. A line can be exempted explicitly with the comment `<!-- terms-allow: NemID -->` on the line
 * before its paragraph (for quoted history notes); glossary files and `historyNote` fields are never scanned.
 */
import type { ContentIssue } from '../content/errors.ts';
import { escapeRegExp } from '../text.ts';

export interface AvoidRule { variant: string; preferred: string; pattern: RegExp }


/** Endings a word may take: simple English inflection, or Danish (definite, plural, genitive: -en, -et, -er, -erne, -s …). */
const ENDINGS = { en: "(?:s|es|'s)?", da: '(?:en|et|er|erne|ene|e|n|s|ens|ets|ernes)?' } as const;

/** A case-insensitive pattern that tolerates hyphens or spaces between words and simple inflection. */
export function variantPattern(variant: string, lang: 'en' | 'da' = 'en'): RegExp {
  const words = variant.trim().split(/[\s-]+/).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}${ENDINGS[lang]}(?![\\p{L}\\p{N}])`, 'giu');
}

export function avoidRules(terms: { english: string; avoid: string[] }[]): AvoidRule[] {
  return terms.flatMap((t) => t.avoid.map((variant) => ({ variant, preferred: t.english, pattern: variantPattern(variant) })));
}

/** The glossary's Danish terms as the vocabulary of Danish text: the words it says to avoid in Danish (`danishAvoid`). */
export function danishAvoidRules(terms: { danish: string; danishAvoid: string[] }[]): AvoidRule[] {
  return terms.flatMap((t) => t.danishAvoid.map((variant) => ({ variant, preferred: t.danish, pattern: variantPattern(variant, 'da') })));
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
