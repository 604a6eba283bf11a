import { SITES, type Site } from '../../../shared/feed/schema';
import type { LineProblem } from './yaml-source';

/** A piece of an item's Markdown file, with the file line where its content starts. */
export interface Part {
  content: string;
  line: number;
}

export interface MarkdownParts {
  /** The YAML between the opening and closing `---`; empty when the file has none. */
  frontMatter: Part;
  /** The body before any `## x`, `## linkedin` or `## facebook` heading: the item's `text`. */
  text?: Part;
  variants: Partial<Record<Site, Part>>;
}

const VARIANT_HEADING = new RegExp(`^##\\s+(${SITES.join('|')})\\s*$`, 'i');

/** Trimmed content and the line of its first non-blank line. */
function partOf(lines: string[], firstLine: number): Part | undefined {
  const start = lines.findIndex((line) => line.trim() !== '');
  if (start === -1) return undefined;
  return { content: lines.join('\n').trim(), line: firstLine + start };
}

export function splitMarkdown(source: string): { parts: MarkdownParts } | { problem: LineProblem } {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  let bodyStart = 0;
  let frontMatter: Part = { content: '', line: 1 };
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'));
    if (close === -1) return { problem: { line: 1, message: 'the front matter opened by --- is never closed' } };
    frontMatter = { content: lines.slice(1, close).join('\n'), line: 2 };
    bodyStart = close + 1;
  }
  const variants: MarkdownParts['variants'] = {};
  let section: { site?: Site; start: number; headingLine: number } = { start: bodyStart, headingLine: 0 };
  let text: Part | undefined;
  const close = (end: number): LineProblem | undefined => {
    const part = partOf(lines.slice(section.start, end), section.start + 1);
    if (!section.site) {
      text = part;
      return undefined;
    }
    if (variants[section.site]) return { line: section.headingLine, message: `a second "## ${section.site}" section` };
    variants[section.site] = part ?? { content: '', line: section.headingLine };
    return undefined;
  };
  for (let i = bodyStart; i <= lines.length; i++) {
    const heading = i < lines.length ? VARIANT_HEADING.exec(lines[i] ?? '') : null;
    if (i < lines.length && !heading) continue;
    const problem = close(i);
    if (problem) return { problem };
    if (heading) section = { site: heading[1]?.toLowerCase() as Site, start: i + 1, headingLine: i + 1 };
  }
  return { parts: { frontMatter, ...(text ? { text } : {}), variants } };
}
