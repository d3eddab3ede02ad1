/**
 * Text helpers that reproduce Python `str` semantics, so that metrics ported from Python libraries split and
 * count exactly as the originals do.
 */

/** Characters for which Python's `str.isspace()` is true (differs from JS `\s`: adds \x1c-\x1f and \x85, lacks \ufeff). */
const PYTHON_WHITESPACE_CLASS =
  '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const PYTHON_WHITESPACE_RUN = new RegExp(`[${PYTHON_WHITESPACE_CLASS}]+`, 'g');
const PYTHON_TRAILING_WHITESPACE = new RegExp(`[${PYTHON_WHITESPACE_CLASS}]+$`);

/** Python's `s.split()`: split on whitespace runs and drop empty pieces. */
export function pythonSplit(text: string): string[] {
  return text.split(PYTHON_WHITESPACE_RUN).filter((piece) => piece.length > 0);
}

/** Python's `s.rstrip()` with no argument. */
export function pythonRstrip(text: string): string {
  return text.replace(PYTHON_TRAILING_WHITESPACE, '');
}

/** Counts of each item; keys are the items themselves. */
export function countItems(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Size of the multiset intersection (Python's `sum((Counter(a) & Counter(b)).values())`). */
export function overlapCount(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let overlap = 0;
  for (const [item, count] of a) {
    const other = b.get(item);
    if (other !== undefined) overlap += Math.min(count, other);
  }
  return overlap;
}

/** Harmonic mean of precision and recall, 0 when both are 0. */
export function harmonicF1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Throws when a segment has no references: every metric here needs at least one. */
export function assertHasReferences(references: readonly string[], metric: string): void {
  if (references.length === 0) throw new Error(`${metric}: at least one reference is required, got none`);
}
