/** Parses YAML (a data file or a Markdown front-matter block) and remembers where each field is, so errors can name the line. */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ContentIssue, FieldPath } from './errors.ts';
import { memoByText } from '../memo-by-text.ts';

export interface YamlSource {
  data: unknown;
  /** The 1-based line of a field, or of its nearest existing parent. */
  lineOf: (field: FieldPath | undefined) => number | undefined;
  issues: ContentIssue[];
}

/** The parsed document and its line positions, once per text (read here, never changed: `toJS` makes new data). */
const parseYaml = memoByText((text: string): { doc: Document; lineCounter: LineCounter } => {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
});

/**
 * @param text the YAML text
 * @param firstLine the line in the file where the YAML text starts (2 for front matter after `---`)
 */
export function parseYamlSource(file: string, text: string, firstLine = 1): YamlSource {
  const { doc, lineCounter } = parseYaml(text);
  const issues: ContentIssue[] = doc.errors.map((e) => ({
    file,
    line: lineCounter.linePos(e.pos[0]).line + firstLine - 1,
    ...plainYamlError(e.code, e.message, text.slice(e.pos[0], e.pos[1])),
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
  if (issues.length) return { data: undefined, lineOf, issues };
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }), lineOf, issues };
  } catch (e) {
    // The parser refuses aliases (&name, *name) that would repeat text without end (a "billion laughs" file).
    const aliases = /alias/i.test((e as Error).message);
    return {
      data: undefined,
      lineOf,
      issues: [
        {
          file,
          line: firstLine,
          severity: 'error',
          message: aliases
            ? 'the YAML repeats text with aliases (&name and *name) too many times to be read'
            : `the YAML could not be read (${(e as Error).message.split('\n')[0]})`,
          hint: aliases
            ? 'write the values out instead of using & and * (content files do not need aliases)'
            : 'check indentation, colons and quotes around text that contains ":" or "#"',
        },
      ],
    };
  }
}

/**
 * The YAML parser's error in words an editor can act on. The message keeps the words "the YAML is malformed" so
 * editors and the tests recognise the kind of problem; the parser's own jargon comes last, in brackets.
 */
export function plainYamlError(code: string, parserMessage: string, near: string): { message: string; hint: string } {
  const original = parserMessage.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const quote = near.trim() ? ` near "${near.trim().slice(0, 30)}"` : '';
  const plain: Record<string, [string, string]> = {
    DUPLICATE_KEY: ['the same field appears twice', 'delete one of the two lines with this field name'],
    BAD_INDENT: [
      'a line is indented wrongly',
      'indent the lines of one list or group by the same number of spaces (no tabs)',
    ],
    TAB_AS_INDENT: ['a line is indented with a tab', 'use spaces, not tabs, at the start of the line'],
    MISSING_CHAR: ['a bracket or quote is not closed', 'close every [ with ], every { with }, and every quote'],
    BLOCK_AS_IMPLICIT_KEY: [
      'a line is missing its "field:" name or has a stray colon',
      'put text that contains ": " in quotes, for example title: "Step 1: register"',
    ],
    MULTILINE_IMPLICIT_KEY: ['a field name is spread over two lines', 'put the field name and its colon on one line'],
    UNEXPECTED_TOKEN: [
      'there is a character the file cannot have here',
      'put text that starts with [ { * & ! | > @ or ` in quotes',
    ],
    BAD_SCALAR_START: ['a value starts with a character that needs quotes', 'put the value in quotes'],
  };
  // An unclosed [ or { is reported as an indentation problem first; say what it really is.
  const kind = /end with an? [\]}]/.test(original) ? 'MISSING_CHAR' : code;
  const [what, hint] = plain[kind] ?? [
    'the text could not be read as YAML',
    'check indentation, colons and quotes around text that contains ":" or "#"',
  ];
  return { message: `the YAML is malformed: ${what}${quote} (${original})`, hint };
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
      issues: [
        {
          file,
          line: 1,
          message: 'has no front matter',
          hint: 'start the file with a line "---", the fields, and another line "---"',
          severity: 'error',
        },
      ],
      body: text,
      bodyLine: 1,
    };
  }
  const yaml = parseYamlSource(file, match[1]!, 2);
  const bodyLine = match[0].split('\n').length;
  return { ...yaml, body: text.slice(match[0].length), bodyLine };
}
