import { describe, test, expect } from '@jest/globals';
import {
  addCost,
  checkTokenPrices,
  CostInputError,
  costPer1k,
  costStatsOf,
  exampleCost,
  mergeCostStats,
} from '../../../src/tasks/ops/cost.js';

const prices = { inputPerMillion: 3, outputPerMillion: 15 };

describe('exampleCost', () => {
  test('reads the cost field', () => {
    expect(exampleCost({ cost: 0.0042 }, { kind: 'field' })).toBe(0.0042);
  });

  test('prices token counts per million tokens', () => {
    // 1200 input tokens at $3/M + 300 output tokens at $15/M = 0.0036 + 0.0045
    expect(exampleCost({ inputTokens: 1200, outputTokens: 300 }, { kind: 'tokens', prices })).toBeCloseTo(
      0.0081,
      15,
    );
    expect(exampleCost({ inputTokens: 0, outputTokens: 0 }, { kind: 'tokens', prices })).toBe(0);
  });

  test('rejects missing, negative and non-finite values with a message naming the field', () => {
    expect(() => exampleCost({}, { kind: 'field' })).toThrow(CostInputError);
    expect(() => exampleCost({}, { kind: 'field' })).toThrow(
      'cost: expected a non-negative finite number, got undefined',
    );
    expect(() => exampleCost({ inputTokens: 5, outputTokens: -1 }, { kind: 'tokens', prices })).toThrow(
      'outputTokens: expected a non-negative finite number, got -1',
    );
    expect(() => exampleCost({ inputTokens: null, outputTokens: 1 }, { kind: 'tokens', prices })).toThrow(
      'inputTokens: expected a non-negative finite number, got null',
    );
    expect(() => checkTokenPrices({ inputPerMillion: NaN, outputPerMillion: 1 })).toThrow(
      'inputPerMillion: expected a non-negative finite number, got null',
    );
  });
});

describe('cost statistics', () => {
  test('cost per 1k examples is the mean times 1000', () => {
    expect(costPer1k(costStatsOf([0.002, 0.004, 0.003]))).toBeCloseTo(3, 12);
    expect(costPer1k({ sum: 0, count: 0 })).toBeNaN();
  });

  test('stats merge by addition', () => {
    const a = costStatsOf([1, 2]);
    const b = addCost({ sum: 0, count: 0 }, 6);
    expect(mergeCostStats(a, b)).toEqual({ sum: 9, count: 3 });
    expect(costPer1k(mergeCostStats(a, b))).toBe(3000);
  });
});
