/**
 * U+200D ZERO WIDTH JOINER: invisible, and not a character GitHub's mention, reference or autolink patterns
 * accept, so `@\u200Dteam` pings nobody and `#\u200D12` links nothing. An HTML entity would not do: GitHub
 * finds mentions and references in the rendered text, after entities are decoded.
 */
export const INERT_JOINER = '\u200D';

/**
 * Breaks what GitHub turns into a notification or a link in plain text: `@user` / `@org/team` mentions (and
 * `owner/repo@sha`, `a@b.com`), `#123` / `owner/repo#1` / `GH-123` references, bare `https://…` and `www.`
 * URLs (GFM autolinks). The text reads the same; only the joiner is added.
 */
export function neutraliseReferences(text: string): string {
  return (
    text
      // A mention needs `@` at a word start; after a word, `x@host.tld` autolinks as an email and
      // `user@abc1234` links a commit. `nDCG@10` stays as it is.
      .replace(/(?<![A-Za-z0-9])@|@(?=[0-9a-f]{7}|[A-Za-z0-9-]+\.[A-Za-z])/g, `@${INERT_JOINER}`)
      .replace(/#(?=\d)/g, `#${INERT_JOINER}`)
      .replace(/\b(GH)-(?=\d)/gi, `$1${INERT_JOINER}-`)
      .replace(/:\/\//g, `:${INERT_JOINER}//`)
      .replace(/\b(www)\./gi, `$1${INERT_JOINER}.`)
  );
}

/**
 * Makes text from the data (labels, slice values, file names) safe inside a GitHub markdown table cell:
 * no pipe can split the cell, no tag or entity can inject HTML, no backtick or bracket can open code or a
 * link, no `$` can open math, no newline can end the row, and no mention, reference or URL becomes live.
 */
export function escapeCell(text: string): string {
  // References first: the entities below hold `#` and digits that must stay intact.
  return (
    neutraliseReferences(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\|/g, '&#124;')
      .replace(/`/g, '&#96;')
      .replace(/\[/g, '&#91;')
      .replace(/\]/g, '&#93;')
      .replace(/\*/g, '&#42;')
      .replace(/\$/g, '&#36;')
      .replace(/~/g, '&#126;')
      // GFM ignores intraword underscores (check_order_status stays plain); only edge ones can emphasise
      .replace(/(^|[^A-Za-z0-9])_|_(?=[^A-Za-z0-9]|$)/g, (m) => m.replace('_', '&#95;'))
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
  );
}

/** Same for running text outside tables (headings, list items). */
export const escapeText = escapeCell;

/**
 * Text inside a markdown code span (a file path from a result): no backtick can close it and no line break
 * can end it, so the path cannot break out into markdown or HTML; long paths are cut.
 */
export function codeSpan(text: string, max = 200): string {
  const flat = text.replace(/[`\r\n\u2028\u2029]+/g, ' ').trim();
  return `\`${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}\``;
}
