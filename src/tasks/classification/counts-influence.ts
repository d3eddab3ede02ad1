import type { UnitInfluence } from '../../stats/slice-intervals.js';
import type { ClassificationCountsData } from '../task-family.js';
import { ClassCounts, countMetricsInto } from './count-metrics.js';

/**
 * One example of a unit more or less moves one confusion cell per side, so each side is evaluated once per
 * distinct (true, predicted) cell instead of once per unit. The counts are whole numbers, exact in doubles,
 * so every value is bit-identical to evaluate() at the changed weights.
 */
export function countsInfluence(data: ClassificationCountsData): UnitInfluence {
  const { k, ut, ub, uh, units, metrics, focus } = data;
  const M = metrics.length;
  const U = units.length;
  const w = k + 1;
  const support = new Float64Array(k);
  const present = new Uint8Array(k);
  for (let u = 0; u < U; u++) {
    support[ut[u]] += units[u];
    present[ut[u]] = 1;
    if (ub[u] < k) present[ub[u]] = 1;
    if (uh[u] < k) present[uh[u]] = 1;
  }
  let smallestSupport = focus === undefined ? Infinity : support[focus];
  if (focus === undefined)
    for (let c = 0; c < k; c++) if (present[c]) smallestSupport = Math.min(smallestSupport, support[c]);
  const counts = new ClassCounts(k);
  const values = new Float64Array(M);
  const cellValues = new Float64Array(k * w * M);
  const done = new Uint8Array(k * w);
  return {
    smallestSupport: Number.isFinite(smallestSupport) ? smallestSupport : 0,
    oneExample(change) {
      const out = new Float64Array(U * 2 * M);
      [ub, uh].forEach((pred, side) => {
        counts.reset();
        for (let u = 0; u < U; u++) if (units[u] !== 0) counts.add(ut[u], pred[u], units[u]);
        done.fill(0);
        for (let u = 0; u < U; u++) {
          if (!(units[u] > 0)) continue;
          const cell = ut[u] * w + pred[u];
          if (!done[cell]) {
            counts.add(ut[u], pred[u], change);
            countMetricsInto(counts, metrics, focus, values, 0);
            counts.add(ut[u], pred[u], -change);
            cellValues.set(values, cell * M);
            done[cell] = 1;
          }
          out.set(cellValues.subarray(cell * M, cell * M + M), u * 2 * M + side * M);
        }
      });
      return out;
    },
  };
}
