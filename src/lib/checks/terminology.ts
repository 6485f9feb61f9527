/**
 * The Top-25 glossary is the only source for translating its terms. This check finds variants that the glossary
 * says to avoid. A line can be exempted explicitly with the comment `<!-- terms-allow: NemID -->` on the line
 * before its paragraph (for quoted history notes); glossary files and `historyNote` fields are never scanned.
 */
import type { ContentIssue } from '../content/errors.ts';
import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { memoByText } from '../memo-by-text.ts';
import { escapeRegExp } from '../text.ts';

export interface AvoidRule {
  variant: string;
  preferred: string;
  pattern: RegExp;
}

/** Endings a word may take: simple English inflection, or Danish (definite, plural, genitive: -en, -et, -er, -erne, -s …). */
const ENDINGS = { en: "(?:s|es|'s)?", da: '(?:en|et|er|erne|ene|e|n|s|ens|ets|ernes)?' } as const;

/** A case-insensitive pattern that tolerates hyphens or spaces between words and simple inflection. */
export function variantPattern(variant: string, lang: 'en' | 'da' = 'en'): RegExp {
  const words = variant
    .trim()
    .split(/[\s-]+/)
    .map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}${ENDINGS[lang]}(?![\\p{L}\\p{N}])`, 'giu');
}

export function avoidRules(terms: { english: string; avoid: string[] }[]): AvoidRule[] {
  return terms.flatMap((t) =>
    t.avoid.map((variant) => ({ variant, preferred: t.english, pattern: variantPattern(variant) })),
  );
}

/** The glossary's Danish terms as the vocabulary of Danish text: the words it says to avoid in Danish (`danishAvoid`). */
export function danishAvoidRules(terms: { danish: string; danishAvoid: string[] }[]): AvoidRule[] {
  return terms.flatMap((t) =>
    t.danishAvoid.map((variant) => ({ variant, preferred: t.danish, pattern: variantPattern(variant, 'da') })),
  );
}

const ALLOW_COMMENT = /<!--\s*terms-allow:\s*([^>]*?)\s*-->/i;

/** Checks the full text of a file (front matter and body), line by line. */
export function checkTerminology(file: string, text: string, rules: AvoidRule[], firstLine = 1): ContentIssue[] {
  const issues: ContentIssue[] = [];
  let allowed: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const allow = ALLOW_COMMENT.exec(raw);
    if (allow) {
      allowed = allow[1]!.split(',').map((s) => s.trim().toLowerCase());
      return;
    }
    const line = raw.replace(/https?:\/\/\S+/g, ' ');
    for (const rule of rules) {
      if (allowed.includes(rule.variant.toLowerCase())) continue;
      rule.pattern.lastIndex = 0;
      const m = rule.pattern.exec(line);
      if (m) {
        issues.push({
          file,
          line: firstLine + i,
          severity: 'error',
          message: `uses "${m[0]}", which the glossary says to avoid`,
          hint: `write "${rule.preferred}" instead (or, for a quoted history note, put <!-- terms-allow: ${rule.variant} --> on the line before)`,
        });
      }
    }
    if (!raw.trim()) allowed = []; // the exemption covers one paragraph
  });
  return issues;
}

/** Fields whose words are not the guide's own: copied from an official page, addresses, editors' notes, the lists themselves. */
const NOT_OUR_WORDS = new Set([
  'quote',
  'url',
  'historyNote',
  'editorNote',
  'englishTried',
  'avoid',
  'danishAvoid',
  'variants',
  'danishVariants',
  // identifiers: slugs and ids that name things, never read as text
  'id',
  'slug',
  'task',
  'tasks',
  'dependsOn',
  'after',
  'phase',
  'authority',
  'domain',
  'visit',
  'services',
  'ics',
  'situations',
  'prerequisites',
  'related',
  'selfService',
  'kind',
  'who',
  'when',
  'from',
  'source',
  'contactUrl',
  'bookingUrl',
  'citizenService',
  'booking',
]);

/** The YAML as this check reads it (duplicate keys allowed: the loader reports them), parsed once per text. */
const parseForTerms = memoByText((text: string) => {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter };
});

/**
 * Checks every text value of a YAML file (or front-matter block) that an editor writes: titles, labels, notes, names.
 * Not the keys, nor the fields in NOT_OUR_WORDS, nor a source's editor `note`. Each finding names the value's line.
 * A value can be exempted with a comment `# <!-- terms-allow: NemID -->` on the line before its field.
 */
export function checkYamlTerminology(file: string, text: string, rules: AvoidRule[], firstLine = 1): ContentIssue[] {
  if (!rules.length) return [];
  const { doc, lineCounter } = parseForTerms(text);
  if (doc.errors.length) return []; // the loader reports malformed YAML, once
  const issues: ContentIssue[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const pairs = path.filter(isPair);
      const name = (p: unknown) => (isPair(p) && isScalar(p.key) ? String(p.key.value) : undefined);
      const field = name(pairs.at(-1));
      if (field && NOT_OUR_WORDS.has(field)) return;
      if (field === 'note' && pairs.some((p) => name(p) === 'sources')) return;
      // The field's path, as the other checks name fields: steps[3].label, mitid.
      const fieldPath: (string | number)[] = [];
      [...path, node].forEach((n, i) => {
        const parent = path[i - 1];
        if (isPair(n) && isScalar(n.key)) fieldPath.push(String(n.key.value));
        else if (i > 0 && isSeq(parent)) fieldPath.push(parent.items.indexOf(n));
      });
      const comments = [
        node.commentBefore,
        ...pairs.slice(-2).flatMap((p) => [isScalar(p.key) ? p.key.commentBefore : undefined]),
      ];
      const allowed = comments.flatMap((c) =>
        c
          ? [...c.matchAll(new RegExp(ALLOW_COMMENT, 'gi'))].flatMap((m) =>
              m[1]!.split(',').map((s) => s.trim().toLowerCase()),
            )
          : [],
      );
      const value = node.value.replace(/https?:\/\/\S+/g, ' ');
      const startLine = lineCounter.linePos(node.range[0]).line + firstLine - 1;
      const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? 1 : 0;
      for (const rule of rules) {
        if (allowed.includes(rule.variant.toLowerCase())) continue;
        rule.pattern.lastIndex = 0;
        const m = rule.pattern.exec(value);
        if (!m) continue;
        const line = startLine + (block ? block + (value.slice(0, m.index).match(/\n/g)?.length ?? 0) : 0);
        issues.push({
          file,
          line,
          severity: 'error',
          ...(fieldPath.length ? { field: fieldPath } : {}),
          message: `uses "${m[0]}", which the glossary says to avoid`,
          hint: `write "${rule.preferred}" instead (or, for a quoted history note, put # <!-- terms-allow: ${rule.variant} --> on the line before)`,
        });
      }
    },
  });
  return issues;
}

/** A Markdown file: its front matter field by field (as YAML), its body line by line. */
export function checkMarkdownTerminology(
  e: { file: string; text: string; bodyLine: number },
  rules: AvoidRule[],
): ContentIssue[] {
  const lines = e.text.split('\n');
  const frontMatter = lines.slice(1, Math.max(1, e.bodyLine - 2)).join('\n');
  const body = lines.slice(e.bodyLine - 1).join('\n');
  return [...checkYamlTerminology(e.file, frontMatter, rules, 2), ...checkTerminology(e.file, body, rules, e.bodyLine)];
}
