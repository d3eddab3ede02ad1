import { blankHtmlComments, normaliseHeading, parseMarkdown } from './markdown.js';

export interface PrBodyReport {
  /** Words outside HTML comments, template placeholders, headings and section labels. */
  words: number;
  /** Required sections with no heading or bold label in the body. */
  missing: string[];
  /** Required sections that are present but hold no words of their own. */
  empty: string[];
}

/** A bold label alone at the start of a line, e.g. `**What changed**`, `**Risks:** none`, `__Risks__:`. */
const BOLD_LABEL = /^ {0,3}(\*\*|__)(.+?)\1[ \t]*:?[ \t]*(.*)$/;

interface Marker {
  section: string;
  line: number;
  /** Where the section's content starts: the line after a heading, or the text after a bold label. */
  bodyLine: number;
  inlineText: string;
  /** Heading level; bold labels rank below every heading. */
  level: number;
}

/**
 * Reads a PR description against the required sections. A section is a heading (`## What changed`) or a
 * bold label line (`**What changed:**`), matched like headings (case, markup and trailing punctuation ignored).
 */
export function analysePrBody(body: string, sections: readonly string[]): PrBodyReport {
  const doc = parseMarkdown(body);
  const wanted = new Map(sections.map((s) => [normaliseHeading(s), s]));
  const markers: Marker[] = doc.headings.map((h) => ({
    section: normaliseHeading(h.text),
    line: h.line,
    bodyLine: h.bodyStart,
    inlineText: '',
    level: h.level,
  }));
  const headingLines = new Set<number>();
  for (const h of doc.headings) for (let i = h.line; i < h.bodyStart; i++) headingLines.add(i);
  doc.lines.forEach((line, i) => {
    if (headingLines.has(i)) return;
    const bold = BOLD_LABEL.exec(line);
    if (bold && wanted.has(normaliseHeading(bold[2]))) {
      markers.push({
        section: normaliseHeading(bold[2]),
        line: i,
        bodyLine: i + 1,
        inlineText: bold[3],
        level: 7,
      });
    }
  });
  markers.sort((a, b) => a.line - b.line);
  const labelLines = new Set(markers.map((m) => m.line));

  // Words of the whole body: labels are replaced by their inline text, headings are dropped.
  const content = doc.lines.map((line, i) => {
    if (headingLines.has(i)) return '';
    if (labelLines.has(i)) return markers.find((m) => m.line === i)?.inlineText ?? '';
    return line;
  });
  const words = countWords(content.join('\n'));

  const missing: string[] = [];
  const empty: string[] = [];
  for (const [key, name] of wanted) {
    const at = markers.findIndex((m) => m.section === key);
    if (at < 0) {
      missing.push(name);
      continue;
    }
    const marker = markers[at];
    const next = markers.slice(at + 1).find((m) => m.level <= marker.level || m.level === 7);
    const end = next ? next.line : doc.lines.length;
    const text = [marker.inlineText, ...content.slice(marker.bodyLine, end)].join('\n');
    if (countWords(text) === 0) empty.push(name);
  }
  return { words, missing, empty };
}

/** A URL, or letters and digits joined by `'`, `.`, `,`, `-`, `_` or `/` (`0.912`, `1,200`, `docs/CARD.md`). */
const WORD = /https?:\/\/\S+|[\p{L}\p{N}]+(?:['’.,\-_/][\p{L}\p{N}]+)*/gu;

/** Words a person wrote: template comments, placeholders and untouched checklist items do not count. */
export function countWords(markdown: string): number {
  const text = stripPlaceholders(blankHtmlComments(markdown));
  return text.match(WORD)?.length ?? 0;
}

/** Removes what a PR template puts in for the author to replace. */
export function stripPlaceholders(text: string): string {
  return (
    text
      // An unticked checklist item is template text the author has not acted on.
      .replace(/^[ \t]*[-*+][ \t]+\[ \][^\n]*$/gm, '')
      // Links and images keep their text but not their target; reference definitions go.
      .replace(/^[ \t]*\[[^\]\n]+\]:[ \t]+\S+.*$/gm, '')
      .replace(/!?\[([^\]\n]*)\](?:\([^)\n]*\)|\[[^\]\n]*\])/g, '$1')
      // Bracketed text without digits is a placeholder (`[describe the change]`) or a tick mark (`[x]`);
      // with digits it is data, such as a confidence interval `[+0.021, +0.063]`.
      .replace(/\[[^\]\n\d]*\]/g, ' ')
      // `{{ placeholder }}` and `<describe the change>` or HTML tags.
      .replace(/\{\{[^}\n]*\}\}/g, ' ')
      .replace(/<\/?[A-Za-z][^<>\n]*>/g, ' ')
      // Lines that only say the text is still to come.
      .replace(/^[ \t]*(?:[-*+][ \t]+)?(?:TODO|TBD|\.\.\.|…)[ \t.:]*$/gim, '')
  );
}
