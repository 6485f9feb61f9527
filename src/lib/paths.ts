/**
 * Where the content and the output live. Commands run from the project root (npm does that).
 * CONTENT_ROOT points the build at another content tree (the fixture tests use it); OUT_DIR moves the output.
 */
import { resolve } from 'node:path';

export function projectRoot(): string { return process.cwd(); }
export function contentRoot(): string { return resolve(process.env.CONTENT_ROOT ?? projectRoot()); }
export function outDir(): string { return resolve(process.env.OUT_DIR ?? resolve(projectRoot(), 'dist')); }
