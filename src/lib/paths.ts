/**
 * Where the content and the output live. Commands run from the project root (npm does that).
 * CONTENT_ROOT points the build at another content tree (the fixture tests use it); OUT_DIR moves the output.
 */
export function projectRoot(): string {
  return process.cwd();
}
export { contentRoot, outDir } from './context.ts';
