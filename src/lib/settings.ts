/**
 * The site's settings from `site.yaml` in the content root, so they persist across terminals and machines (a
 * placeholder address is used when the file is missing). Validation reports problems in the file with its line
 * (content/load.ts); here a broken file simply falls back to the defaults, so every command can still start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlSource } from './content/yaml-source.ts';
import { DEFAULT_SETTINGS, siteSettingsSchema, type SiteSettings } from './schemas/settings.ts';
import { contentRoot } from './paths.ts';

export { SETTINGS_FILE } from './content/layout.ts';
import { SETTINGS_FILE } from './content/layout.ts';
export const PLACEHOLDER_URL = 'https://moving-to-denmark.example';

const cache = new Map<string, SiteSettings>();

export function siteSettings(root = contentRoot()): SiteSettings {
  const cached = cache.get(root);
  if (cached) return cached;
  const file = join(root, SETTINGS_FILE);
  let settings: SiteSettings = { url: PLACEHOLDER_URL, ...DEFAULT_SETTINGS };
  if (existsSync(file)) {
    const parsed = siteSettingsSchema.safeParse(parseYamlSource(SETTINGS_FILE, readFileSync(file, 'utf8')).data ?? {});
    if (parsed.success) settings = parsed.data;
  }
  cache.set(root, settings);
  return settings;
}
