/**
 * The content layout: which folders and files of a project are content. The one place that knows it: the loader, the
 * release (its "uncommitted changes" refusal and baseline), the live preview's change detection, the form editor's
 * save check, the bench, the fixture helpers and the output-folder safety check all ask this module.
 */

import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Content folders. */
export const GUIDE_DIR = 'guide';
export const GLOSSARY_DIR = 'glossary';
export const JOURNEY_DIR = 'journey';
/** The Danish translation of the professionals' section and the fixed texts. */
export const DANISH_DIR = 'da';
/** The site's settings (address, name, review period, feedback channel). */
export const SETTINGS_FILE = 'site.yaml';

/** Every top-level content entry (folders and files), in the order editors meet them. */
export const CONTENT_ENTRIES = [GUIDE_DIR, GLOSSARY_DIR, JOURNEY_DIR, DANISH_DIR, SETTINGS_FILE] as const;
export type ContentEntry = (typeof CONTENT_ENTRIES)[number];

/** The content folders (CONTENT_ENTRIES without the settings file). */
export const CONTENT_FOLDERS = CONTENT_ENTRIES.filter((e) => e !== SETTINGS_FILE);

/** Project folders that are not content but must never be used as a build's output folder. */
export const PROJECT_FOLDERS = ['src', 'scripts', 'tests', 'releases', 'node_modules'] as const;

/** Files of journey/ that hold words in Danish, not the guide's English (the allow list of the language check). */
export const DANISH_WORD_LISTS = ['journey/danish-allow-list.yaml'] as const;

/**
 * The YAML files whose text values are the guide's English (journey labels, self-service notes, municipalities,
 * offices, the settings), relative to the project root, sorted: every check of wording reads these.
 */
export function englishYamlFiles(root: string): string[] {
  const journey = existsSync(join(root, JOURNEY_DIR))
    ? readdirSync(join(root, JOURNEY_DIR), { recursive: true, encoding: 'utf8' }).map(
        (f) => `${JOURNEY_DIR}/${f.split(sep).join('/')}`,
      )
    : [];
  return [...journey, ...(existsSync(join(root, SETTINGS_FILE)) ? [SETTINGS_FILE] : [])]
    .filter((f) => /\.ya?ml$/.test(f) && !(DANISH_WORD_LISTS as readonly string[]).includes(f))
    .sort();
}
