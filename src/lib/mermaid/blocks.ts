/** Finds ```mermaid fenced blocks in a Markdown body, with the file line where each starts. */
import type { DiagramSource } from './render.ts';

export function mermaidBlocks(file: string, body: string, bodyLine: number): DiagramSource[] {
  const out: DiagramSource[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+|~~~+)\s*mermaid\s*$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const start = i;
    const content: string[] = [];
    for (i++; i < lines.length && !lines[i]!.trim().startsWith(fence); i++) content.push(lines[i]!);
    out.push({ source: content.join('\n'), origin: `${file}:${bodyLine + start}` });
  }
  return out;
}
