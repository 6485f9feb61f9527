/** Writes `translates: <fingerprint>` into a Danish file: in the front matter of Markdown, at the top of YAML. */
export function stampText(text: string, fingerprint: string, markdown: boolean): string {
  const line = `translates: ${fingerprint}`;
  if (markdown) {
    const end = text.indexOf('\n---', 4);
    if (!text.startsWith('---\n') || end < 0) throw new Error('has no front matter between "---" lines');
    const front = text.slice(4, end);
    const rest = text.slice(end);
    return /^translates:.*$/m.test(front)
      ? `---\n${front.replace(/^translates:.*$/m, line)}${rest}`
      : `---\n${front}\n${line}${rest}`;
  }
  return /^translates:.*$/m.test(text) ? text.replace(/^translates:.*$/m, line) : `${line}\n${text}`;
}
