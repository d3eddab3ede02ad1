import type { EvalgateResult } from '../generated/result.js';
import { formatValue } from '../tasks/format.js';
import { metricDef } from '../tasks/registry.js';
import type { CardRow } from './types.js';

/**
 * The model card's metrics from a result artifact: for each suite, the overall slice and every
 * single-field slice (`language=de`), each scalar metric the suite computes, in the result's order.
 * Values are formatted as the reports show them; proportions get a `%` sign (`74.83%`) so the card reads
 * on its own and the freshness check knows the scale. A metric without a value shows `–`.
 */
export function cardRowsFromResult(result: EvalgateResult): CardRow[] {
  const rows: CardRow[] = [];
  for (const suite of result.suites) {
    const metrics = suite.metrics.filter((m) => !metricDef(m)?.table);
    for (const slice of suite.slices) {
      if (slice.kind !== 'overall' && slice.kind !== 'field') continue;
      for (const metric of metrics) {
        const value = slice.metrics[metric];
        const shown = formatValue(metric, value);
        const percent = metricDef(metric)?.unit === 'proportion' && typeof value === 'number' ? '%' : '';
        rows.push({
          suite: suite.name,
          slice: slice.key,
          metric,
          value: typeof value === 'number' ? value : Number.NaN,
          display: shown + percent,
        });
      }
    }
  }
  return rows;
}
