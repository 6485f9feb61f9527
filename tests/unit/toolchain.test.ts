import { describe, expect, it } from 'vitest';
import { findChromium, fontFiles } from '../../src/lib/toolchain.ts';

describe('findChromium', () => {
  it('explains how to install Chromium when none is found', () => {
    expect(() => findChromium({}, ['/nowhere/chromium'])).toThrow(
      /sudo apt-get install -y chromium[\s\S]*CHROMIUM_PATH=/,
    );
  });
  it('names a CHROMIUM_PATH that does not exist', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/opt/none/chrome' })).toThrow(
      'Chromium was not found at /opt/none/chrome',
    );
  });
  it('uses the first candidate that exists', () => {
    expect(findChromium({}, ['/nowhere', process.execPath])).toBe(process.execPath);
  });
});

describe('fontFiles', () => {
  it('finds IBM Plex Sans regular and semibold in the npm font package', () => {
    expect(fontFiles().map((f) => f.weight)).toEqual([400, 600]);
    expect(fontFiles()[0]!.path).toMatch(/@fontsource\/ibm-plex-sans\/files\/ibm-plex-sans-latin-400-normal\.woff2$/);
  });
});
