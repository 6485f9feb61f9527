/**
 * Strict command-line options for the working group's commands (release, report:review, check:sources): an unknown
 * or misspelt option is refused with the closest known one suggested, a stray word is refused with the form to
 * write instead, and every refusal is one plain sentence that ends with where to read the usage.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { editDistance } from './text.ts';

export interface StrictArgsCommand {
  /** How the command is run, for "See npm run <name> -- --help." */
  name: string;
  /** How the refusal reads, for example "the release command" or "report:review". */
  label: string;
  /** Appended to every refusal, for example "Nothing was released." */
  consequence?: string;
  /** What to write instead of a stray word, for example (w) => `write the edition as --edition ${w}`. */
  positional(word: string): string;
}

type Values<T extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: T; strict: true; allowPositionals: true }>
>['values'];

/** The closest known option to a misspelt one (by edit distance), to suggest it. */
function closest(name: string, known: string[]): string | undefined {
  const best = known.map((o) => [o, editDistance(name, o)] as const).sort((x, y) => x[1] - y[1])[0];
  return best && best[1] <= 3 ? best[0] : undefined;
}

/** Parses argv against the options, or returns the one sentence that says what is wrong. */
export function strictArgs<T extends ParseArgsOptionsConfig>(
  argv: string[],
  options: T,
  command: StrictArgsCommand,
): { values: Values<T> } | { error: string } {
  const tail = [command.consequence, `See npm run ${command.name} -- --help.`].filter(Boolean).join(' ');
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (e) {
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec((e as Error).message)?.[1];
    if (unknown) {
      const guess = closest(unknown.replace(/^-+/, '').split('=')[0]!, Object.keys(options));
      return {
        error: `"${unknown}" is not an option of ${command.label}${guess ? `; did you mean --${guess}?` : '.'} ${tail}`,
      };
    }
    return { error: `${(e as Error).message.replace(/\.$/, '')}. ${tail}` };
  }
  if (parsed.positionals.length) {
    return {
      error: `"${parsed.positionals.join(' ')}" is not understood; ${command.positional(parsed.positionals[0]!)}. ${tail}`,
    };
  }
  return { values: parsed.values };
}
