/**
 * The content layout: which folders and files of a project are content. The one place that knows it: the loader, the
 * release (its "uncommitted changes" refusal and baseline), the live preview's change detection, the form editor's
 * save check, the bench, the fixture helpers and the output-folder safety check all ask this module.
 */

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
