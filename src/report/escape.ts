/**
 * Makes text from the data (labels, slice values, file names) safe inside a GitHub markdown table cell:
 * no pipe can split the cell, no tag or entity can inject HTML, no backtick or bracket can open code or a
 * link, no newline can end the row.
 */
export function escapeCell(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\|/g, '&#124;')
      .replace(/`/g, '&#96;')
      .replace(/\[/g, '&#91;')
      .replace(/\]/g, '&#93;')
      .replace(/\*/g, '&#42;')
      // GFM ignores intraword underscores (check_order_status stays plain); only edge ones can emphasise
      .replace(/(^|[^A-Za-z0-9])_|_(?=[^A-Za-z0-9]|$)/g, (m) => m.replace('_', '&#95;'))
      .replace(/[\r\n]+/g, ' ')
      // a word joiner after @ keeps "@someone" and "@org/team" from pinging anyone ("ndcg@10" pings nobody)
      .replace(/(^|[^A-Za-z0-9_])@(?=[A-Za-z0-9])/g, '$1@\u2060')
  );
}

/** Same for running text outside tables (headings, list items). */
export const escapeText = escapeCell;
