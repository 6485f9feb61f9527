/**
 * Flags English lines that switch to Danish. Danish words in parentheses or quotes (explanations such as
 * "(Borgerservice)"), glossary terms and names on the allow-list are fine; a line with several other Danish words
 * gives a warning. It is a warning, not an error: the check helps, it does not block.
 */
import type { ContentIssue } from '../content/errors.ts';

/** Common Danish words that are not also English words. */
const DANISH_FUNCTION_WORDS = new Set([
  'og',
  'ikke',
  'på',
  'af',
  'skal',
  'til',
  'med',
  'det',
  'du',
  'jeg',
  'vi',
  'der',
  'som',
  'har',
  'kan',
  'hvis',
  'eller',
  'også',
  'når',
  'fra',
  'så',
  'ved',
  'efter',
  'bliver',
  'være',
  'eller',
  'dit',
  'din',
  'dine',
  'skal',
  'hvor',
  'hvordan',
]);
const SWITCH_THRESHOLD = 3;

export function danishWordsOutsideExplanations(line: string, allowed: Set<string>): string[] {
  const stripped = line
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[“"][^”"]*[”"]/g, ' ')
    .replace(/\*[^*]+\*/g, ' ');
  const words = stripped.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  return words.filter((w) => !allowed.has(w) && (DANISH_FUNCTION_WORDS.has(w) || /[æøå]/.test(w)));
}

export function checkLanguageSwitch(file: string, text: string, allowedWords: Iterable<string>): ContentIssue[] {
  const allowed = new Set([...allowedWords].flatMap((w) => w.toLowerCase().split(/[\s,]+/)));
  const issues: ContentIssue[] = [];
  text.split('\n').forEach((line, i) => {
    const found = danishWordsOutsideExplanations(line, allowed);
    if (found.length >= SWITCH_THRESHOLD) {
      issues.push({
        file,
        line: i + 1,
        severity: 'warning',
        message: `this line seems to switch to Danish (${found.slice(0, 5).join(', ')})`,
        hint: 'write it in English; put a Danish term in parentheses after its English explanation, or add a name to journey/danish-allow-list.yaml',
      });
    }
  });
  return issues;
}
