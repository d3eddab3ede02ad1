import { splitLines } from './text.js';

export interface Heading {
  /** 1–6; setext `===` is 1 and `---` is 2. */
  level: number;
  /** The heading text as written, without `#` marks. */
  text: string;
  /** 0-based index of the heading's (first) line. */
  line: number;
  /** 0-based index of the first line after the heading (after a setext underline). */
  bodyStart: number;
}

/** A markdown document split into lines, with its headings found. */
export interface MarkdownDoc {
  lines: string[];
  headings: Heading[];
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Lines that start a block of their own and so cannot be the text of a setext heading. */
const NOT_PARAGRAPH = /^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|>|#{1,6}(?:[ \t]|$)|<|\|)|^(?: {4}|\t)/;

/**
 * The ATX (`## Title`) and setext (`Title` over `---`) headings, skipping fenced code, HTML comments and
 * YAML front matter (model cards on the Hugging Face Hub start with one).
 */
export function parseMarkdown(text: string): MarkdownDoc {
  const lines = splitLines(blankHtmlComments(text));
  const headings: Heading[] = [];
  let fence: string | null = null;
  const start = frontMatterEnd(lines);
  let paragraphStart = -1;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (fence !== null) {
      if (line.trim().startsWith(fence) && /^[`~]+$/.test(line.trim())) fence = null;
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      fence = fenceMatch[1];
      paragraphStart = -1;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      headings.push({
        level: atx[1].length,
        text: stripClosingHashes(atx[2] ?? ''),
        line: i,
        bodyStart: i + 1,
      });
      paragraphStart = -1;
      continue;
    }
    const underline = SETEXT_UNDERLINE.exec(line);
    if (underline && paragraphStart >= 0) {
      const textLines = lines.slice(paragraphStart, i).map((l) => l.trim());
      headings.push({
        level: underline[1][0] === '=' ? 1 : 2,
        text: textLines.join(' '),
        line: paragraphStart,
        bodyStart: i + 1,
      });
      paragraphStart = -1;
      continue;
    }
    if (line.trim() === '' || NOT_PARAGRAPH.test(line)) paragraphStart = -1;
    else if (paragraphStart < 0) paragraphStart = i;
  }
  return { lines, headings };
}

/** The index of the line after the section that `headings[index]` opens (next heading of the same or higher rank). */
export function sectionEnd(doc: MarkdownDoc, index: number): number {
  const { level } = doc.headings[index];
  for (let k = index + 1; k < doc.headings.length; k++) {
    if (doc.headings[k].level <= level) return doc.headings[k].line;
  }
  return doc.lines.length;
}

/**
 * Heading text for comparison: Unicode NFKC, case-folded, inline markup and leading numbering removed,
 * whitespace collapsed, trailing punctuation dropped. "## 2. **Intended Use:**" → "intended use".
 */
export function normaliseHeading(text: string): string {
  let s = text.normalize('NFKC');
  s = s.replace(/!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])?/g, '$1');
  s = s.replace(/<\/?[A-Za-z][^<>]*>/g, ' ');
  s = s.replace(/[*_`~]/g, '');
  s = foldCase(s);
  s = s.replace(/\s+/gu, ' ').trim();
  s = s.replace(/^\d+(?:\.\d+)*[.)]?\s+/, '');
  s = s.replace(/[\s\p{P}]+$/u, '');
  return s;
}

/**
 * Full Unicode case folding without a table: lower, upper, lower maps `ẞ`/`ß` to `ss`, `ﬁ` to `fi` and final
 * sigma `ς` to `σ`. Checked against Python 3.11 `str.casefold` over every code point: the same equivalence
 * classes, except letters added to Unicode after Python 3.11's tables, and dotless `ı`, which casefold keeps
 * apart from `i` and so is kept apart here too.
 */
export function foldCase(text: string): string {
  if (text.includes('ı')) return text.split('ı').map(foldCase).join('ı');
  // Lower-casing picks final sigma by context; folding maps both sigmas to σ.
  return text.toLowerCase().toUpperCase().toLowerCase().replace(/ς/g, 'σ');
}

/** Replaces HTML comments with their line breaks only, so line numbers stay put. */
export function blankHtmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\r\n]/g, ''));
}

function stripClosingHashes(text: string): string {
  if (/^#+$/.test(text)) return '';
  return text.replace(/[ \t]+#+$/, '').trim();
}

function frontMatterEnd(lines: string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '---' || lines[i].trim() === '...') return i + 1;
  }
  return 0;
}
