/** Parses YAML (a data file or a Markdown front-matter block) and remembers where each field is, so errors can name the line. */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ContentIssue, FieldPath } from './errors.ts';

export interface YamlSource {
  data: unknown;
  /** The 1-based line of a field, or of its nearest existing parent. */
  lineOf(field: FieldPath | undefined): number | undefined;
  issues: ContentIssue[];
}

/**
 * @param text the YAML text
 * @param firstLine the line in the file where the YAML text starts (2 for front matter after `---`)
 */
export function parseYamlSource(file: string, text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const issues: ContentIssue[] = doc.errors.map((e) => ({
    file,
    line: lineCounter.linePos(e.pos[0]).line + firstLine - 1,
    message: `the YAML is malformed: ${e.message.split('\n')[0]}`,
    hint: 'check indentation, colons and quotes around text that contains ":" or "#"',
    severity: 'error',
  }));
  const lineOf = (field: FieldPath | undefined): number | undefined => {
    const path = [...(field ?? [])];
    while (true) {
      const node = path.length ? doc.getIn(path, true) : doc.contents;
      if (isNode(node) && node.range) {
        // For a map entry, point at the key rather than the value where possible.
        return lineCounter.linePos(node.range[0]).line + firstLine - 1;
      }
      if (path.length === 0) return firstLine;
      path.pop();
    }
  };
  return { data: issues.length ? undefined : doc.toJS(), lineOf, issues };
}

export interface MarkdownSource extends YamlSource {
  body: string;
  /** The line where the body starts. */
  bodyLine: number;
}

/** Splits `---` front matter from a Markdown body and parses it. */
export function parseMarkdownSource(file: string, text: string): MarkdownSource {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    return {
      data: undefined,
      lineOf: () => 1,
      issues: [{ file, line: 1, message: 'has no front matter', hint: 'start the file with a line "---", the fields, and another line "---"', severity: 'error' }],
      body: text,
      bodyLine: 1,
    };
  }
  const yaml = parseYamlSource(file, match[1]!, 2);
  const bodyLine = match[0].split('\n').length;
  return { ...yaml, body: text.slice(match[0].length), bodyLine };
}
