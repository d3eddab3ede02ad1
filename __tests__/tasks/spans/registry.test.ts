import { describe, test, expect } from '@jest/globals';
import {
  addSpanCounts,
  emptySpanCounts,
  SPAN_METRICS,
  spanMetricValues,
  tagRecordCounts,
} from '../../../src/tasks/spans/index.js';

describe('span registry', () => {
  test('seqeval README example through the registry: micro, macro and weighted F1 are 0.5', () => {
    const options = { scheme: 'IOB2', mode: 'default' } as const;
    const counts = addSpanCounts(
      tagRecordCounts(
        ['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O'],
        ['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O'],
        options,
      ),
      tagRecordCounts(['B-PER', 'I-PER', 'O'], ['B-PER', 'I-PER', 'O'], options),
    );
    const values = spanMetricValues(counts);
    expect(Object.keys(values).sort()).toEqual(SPAN_METRICS.map((d) => d.name).sort());
    expect(values).toEqual({
      span_micro_f1: 0.5,
      span_micro_precision: 0.5,
      span_micro_recall: 0.5,
      span_macro_f1: 0.5,
      span_weighted_f1: 0.5,
    });
  });

  test('an empty slice scores 0', () => {
    expect(Object.values(spanMetricValues(emptySpanCounts()))).toEqual([0, 0, 0, 0, 0]);
  });
});
