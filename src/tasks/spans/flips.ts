import { FLIP, labelFocus, type FlipInput, type FlipResult } from '../flip.js';

/** Entities of a sentence as (true positives, false negatives), over all types or one type. */
function found(
  counts: ArrayLike<number>,
  types: number,
  row: number,
  type: number | undefined,
): { tp: number; fn: number } {
  if (type === undefined) {
    let tp = 0;
    let fn = 0;
    for (let t = 0; t < types; t++) {
      tp += counts[(row * types + t) * 3];
      fn += counts[(row * types + t) * 3 + 2];
    }
    return { tp, fn };
  }
  if (type < 0) return { tp: 0, fn: 0 };
  return { tp: counts[(row * types + type) * 3], fn: counts[(row * types + type) * 3 + 2] };
}

/**
 * Span flips: a sentence broke when head finds fewer of its true entities than base did (entity found →
 * missed), by how many; fixed when it finds more; still wrong when both miss the same number (> 0). On a
 * type slice (`type=X`), only entities of type X count, and only sentences that have one.
 */
export function spanFlips(input: FlipInput): FlipResult {
  const { baseRows, headRows } = input;
  const baseCounts = input.base.columns.get('counts');
  const headCounts = input.head.columns.get('counts');
  const headTypes = input.headSuite.labels;
  const baseTypes = input.baseSuite.labels;
  if (!headCounts || !baseCounts) {
    if (headTypes.length === 0) return { unavailable: 'the golden set and predictions have no entities' };
    return { unavailable: 'the results store no per-sentence entity counts' };
  }
  const focus = labelFocus(input.slice);
  const baseFocus = focus === undefined ? undefined : baseTypes.indexOf(headTypes[focus]);
  const n = headRows.length;
  const status = new Uint8Array(n);
  const severity = new Float64Array(n);
  const sides: { b: { tp: number; fn: number }; h: { tp: number; fn: number } }[] = [];
  for (let i = 0; i < n; i++) {
    const b = found(baseCounts, baseTypes.length, baseRows[i], baseFocus);
    const h = found(headCounts, headTypes.length, headRows[i], focus);
    sides.push({ b, h });
    if (focus !== undefined && h.tp + h.fn === 0) status[i] = FLIP.excluded;
    else if (h.tp < b.tp) {
      status[i] = FLIP.broken;
      severity[i] = b.tp - h.tp;
    } else if (h.tp > b.tp) status[i] = FLIP.fixed;
    else status[i] = h.fn > 0 ? FLIP.stillWrong : FLIP.right;
  }
  const what = focus === undefined ? 'entities' : `${headTypes[focus]} entities`;
  return {
    definition: `fewer true ${what} found (entity found → missed); listed by entities lost`,
    status,
    severity,
    describe: (i) => {
      const { b, h } = sides[i];
      const total = h.tp + h.fn;
      return {
        truth: `${total} ${what}`,
        base: `${b.tp} found`,
        head: `${h.tp} found`,
      };
    },
  };
}
