/** The arguments of `npm run check:sources`, parsed strictly (src/lib/cli-args.ts): unknown options are refused. */
import { strictArgs } from '../../cli-args.ts';

export const SOURCES_USAGE = `Usage: npm run check:sources -- [options]

Reads every official page the guide cites as a source (needs internet), compares it with the last run
(source-state.json) and looks for each quote on it. Writes reports/sources.md and reports/sources.json,
grouped by the authority that owns each page, and updates source-state.json (commit it).

  --concurrency N   pages read at the same time, overall (default 8)
  --per-host N      pages read at the same time from one site (default 2)
  --timeout S       seconds to wait for one page (default 20)
  --only ID         only the pages owned by this authority (an id from journey/authorities.yaml)
  --help            show this text and do nothing else
`;

export interface SourceArgs {
  help: boolean;
  concurrency: number;
  perHost: number;
  timeoutMs: number;
  only?: string;
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h', default: false },
  concurrency: { type: 'string' },
  'per-host': { type: 'string' },
  timeout: { type: 'string' },
  only: { type: 'string' },
} as const;

function positive(name: string, value: string | undefined, fallback: number, max: number): number | string {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 && n <= max ? n : `--${name} must be a number from 1 to ${max}, not "${value}".`;
}

/** Parses the arguments, or returns the one sentence that says what is wrong. `authorities` are the ids --only accepts. */
export function parseSourceArgs(argv: string[], authorities: readonly string[]): SourceArgs | { error: string } {
  const parsed = strictArgs(argv, OPTIONS, {
    name: 'check:sources',
    label: 'check:sources',
    consequence: 'Nothing was checked.',
    positional: (w) => `to check one authority's pages, write --only ${w}`,
  });
  if ('error' in parsed) return parsed;
  const v = parsed.values;
  const concurrency = positive('concurrency', v.concurrency, 8, 64);
  const perHost = positive('per-host', v['per-host'], 2, 16);
  const timeout = positive('timeout', v.timeout, 20, 600);
  for (const x of [concurrency, perHost, timeout])
    if (typeof x === 'string') return { error: `${x} Nothing was checked.` };
  const only = v.only?.trim();
  if (only !== undefined && !authorities.includes(only)) {
    return {
      error: `"${only}" is not an authority id in journey/authorities.yaml. Nothing was checked. See npm run check:sources -- --help.`,
    };
  }
  return {
    help: v.help,
    concurrency: Math.floor(concurrency as number),
    perHost: Math.floor(perHost as number),
    timeoutMs: (timeout as number) * 1000,
    ...(only ? { only } : {}),
  };
}
