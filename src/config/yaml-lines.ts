import type { Document, LineCounter } from 'yaml';
import { isMap, isNode, isScalar } from 'yaml';

/** Where a field of the YAML config sits, so every config error names its line. */

/** `suites[0].checks[2].when.changed[1]` → `['suites', 0, 'checks', 2, 'when', 'changed', 1]`. */
export function fieldToPath(field: string): (string | number)[] {
  return field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The line of the node at `path`, or of its nearest ancestor that exists. */
export function nodeLine(
  doc: Document,
  counter: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  for (let len = path.length; len >= 0; len--) {
    const node = len === 0 ? doc.contents : doc.getIn(path.slice(0, len), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    // a key whose value is missing: find the pair's key
  }
  return undefined;
}

/** The line of a mapping key itself (for unknown keys, whose value may sit on later lines). */
export function keyLine(
  doc: Document,
  counter: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
  return isNode(pair?.key) && pair.key.range ? counter.linePos(pair.key.range[0]).line : undefined;
}
