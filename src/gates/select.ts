import { sliceOf } from '../result/slice-index.js';
import type { SliceSelector } from '../generated/config.js';
import type { SliceResult, SuiteResult } from '../generated/result.js';

/**
 * The slice keys a gate checks, in the head result's order, followed by keys only the baseline has
 * (they become `missing_slice`).
 */
export function selectSlices(
  selector: SliceSelector,
  head: SuiteResult,
  base: SuiteResult | null,
  labelField: string,
): string[] {
  const all: SliceResult[] = [...head.slices];
  const headKeys = new Set(all.map((s) => s.key));
  for (const s of base?.slices ?? []) if (!headKeys.has(s.key)) all.push(s);
  const keys = (pick: (s: SliceResult) => boolean) => all.filter(pick).map((s) => s.key);
  if (typeof selector === 'string') {
    switch (selector) {
      case 'overall':
        return keys((s) => s.kind === 'overall');
      case 'all':
        return keys((s) => s.kind !== 'label');
      case 'fields':
        return keys((s) => s.kind === 'field');
      case 'crosses':
        return keys((s) => s.kind === 'cross');
      case 'labels':
        return keys((s) => s.kind === 'label');
    }
  }
  if (Array.isArray(selector)) {
    const wanted = selector.map(normalizeKey);
    const found = keys((s) => wanted.includes(normalizeKey(s.key)));
    // keys named but present on neither side are reported as missing slices
    const missing = selector.filter((k) => !all.some((s) => normalizeKey(s.key) === normalizeKey(k)));
    return [...found, ...missing];
  }
  const { field, top } = selector as { field: string; top?: number };
  const isLabel = field === labelField;
  const ofField = all.filter(
    (s) => (isLabel ? s.kind === 'label' : s.kind === 'field') && Object.keys(s.fields)[0] === field,
  );
  if (!top) return ofField.map((s) => s.key);
  // largest by support on the head side (baseline support for slices the head lacks), ties by key
  const support = (s: SliceResult) => sliceOf(head, s.key)?.n ?? s.n;
  return [...ofField]
    .sort((a, b) => support(b) - support(a) || (a.key < b.key ? -1 : 1))
    .slice(0, top)
    .map((s) => s.key);
}

/** `domain=billing, language=de` and `language=de,domain=billing` name the same cross. */
function normalizeKey(key: string): string {
  return key
    .split(',')
    .map((p) => p.trim())
    .sort()
    .join(',');
}
