/** Finds the system Chromium and the font files, and explains how to install them when they are missing. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { environment, type Env } from './context.ts';

const require = createRequire(import.meta.url);

export class ToolchainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolchainError';
  }
}

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The Chromium executable: $CHROMIUM_PATH, $PUPPETEER_EXECUTABLE_PATH, or Debian's /usr/bin/chromium. */
export function findChromium(env: Env = environment(), candidates: readonly string[] = CHROMIUM_CANDIDATES): string {
  const fromEnv = env.CHROMIUM_PATH ?? env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new ToolchainError(
      `Chromium was not found at ${fromEnv} (set by CHROMIUM_PATH or PUPPETEER_EXECUTABLE_PATH).`,
    );
  }
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new ToolchainError(
    'Chromium was not found. The PDF and the diagrams are rendered in the system Chromium.\n' +
      '  Install it on Debian or Ubuntu with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  Or point to an existing Chromium with: CHROMIUM_PATH=/path/to/chromium npm run build',
  );
}

/** Flags for headless Chromium on a machine with no outside network; --no-sandbox because CI runs as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--font-render-hinting=none',
];

export const FONT_WEIGHTS = [400, 600] as const;

/** The IBM Plex Sans font files shipped by the npm package @fontsource/ibm-plex-sans. */
export function fontFiles(): { weight: number; path: string }[] {
  let dir: string;
  try {
    dir = join(dirname(require.resolve('@fontsource/ibm-plex-sans/package.json')), 'files');
  } catch {
    throw new ToolchainError('The font package @fontsource/ibm-plex-sans is missing. Run "npm install" to install it.');
  }
  return FONT_WEIGHTS.map((weight) => {
    const path = join(dir, `ibm-plex-sans-latin-${weight}-normal.woff2`);
    if (!existsSync(path))
      throw new ToolchainError(
        `The font file ${path} is missing. Run "npm install" to reinstall @fontsource/ibm-plex-sans.`,
      );
    return { weight, path };
  });
}

/** Checks that the Chromium found really starts (a broken install is found before anything is built); returns its version. */
export function chromiumVersion(path: string): string {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  const out = (r.stdout ?? '').trim();
  if (r.status !== 0 || !/\d+\.\d+/.test(out)) {
    throw new ToolchainError(
      `Chromium at ${path} does not start (${r.error?.message ?? (r.stderr || out || `exit code ${r.status}`).trim().split('\n')[0]}).\n  Reinstall it: sudo apt-get install --reinstall -y chromium, or set CHROMIUM_PATH to a working Chromium.`,
    );
  }
  return out;
}
