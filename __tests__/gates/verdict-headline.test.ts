import { describe, expect, test } from '@jest/globals';
import type { GateResult, SuiteComparison } from '../../src/generated/comparison.js';
import { summarizeComparison } from '../../src/gates/verdict.js';

/**
 * The headline counts each gated slice once (issue #10): an unconfirmed drop made to fail by
 * `unconfirmed: fail`, or an untestable gate that fails by its severity, is not also "regressed".
 */
function gate(slice: string, outcome: GateResult['outcome'], verdict: GateResult['verdict'], delta = -0.1) {
  return {
    metric: 'accuracy',
    slice,
    outcome,
    verdict,
    delta,
    head_n: 100,
    beyond_tolerance: verdict === 'pass' ? false : true,
  } as GateResult;
}

function suite(gates: GateResult[], mode: SuiteComparison['mode'] = 'enforce'): SuiteComparison {
  return { name: 'intents', mode, gates, slices: [], notes: [] } as unknown as SuiteComparison;
}

describe('the headline counts every gate once', () => {
  test('unconfirmed drops failing under `unconfirmed: fail` are not also counted as regressions', () => {
    const gates = [
      gate('language=fr', 'fail', 'unconfirmed', -0.14),
      gate('domain=support', 'fail', 'unconfirmed', -0.0571),
      gate('overall', 'pass', 'pass', 0),
    ];
    expect(summarizeComparison('fail', [suite(gates)])).toBe(
      'Failed: 2 possible regressions not confirmed across the gates, failing under unconfirmed: fail (accuracy on language=fr: −14.00 pts, n = 100; accuracy on domain=support: −5.71 pts, n = 100); 1 of 3 tested within tolerance.',
    );
  });

  test('some failing, some warning: the count of the failing ones', () => {
    const gates = [
      gate('language=fr', 'fail', 'unconfirmed', -0.14),
      gate('language=de', 'warn', 'unconfirmed', -0.05),
      gate('language=en', 'fail', 'fail', -0.2),
    ];
    expect(summarizeComparison('fail', [suite(gates)])).toBe(
      'Failed: 1 gated slice regressed beyond tolerance (accuracy on language=en: −20.00 pts, n = 100); 2 possible regressions not confirmed across the gates, 1 failing under unconfirmed: fail (accuracy on language=fr: −14.00 pts, n = 100; accuracy on language=de: −5.00 pts, n = 100).',
    );
  });

  test('a gated slice missing from the head fails as untested, not as a regression', () => {
    const gates = [gate('language=de', 'fail', 'missing_slice'), gate('overall', 'pass', 'pass', 0)];
    expect(summarizeComparison('fail', [suite(gates)])).toBe(
      'Failed: 1 gated slice could not be tested (accuracy on language=de); 1 of 1 tested within tolerance.',
    );
  });

  test('when every gate is untestable and only warns, nothing was compared', () => {
    const gates = [
      gate('language=de', 'warn', 'missing_slice'),
      gate('language=fr', 'warn', 'missing_slice'),
    ];
    expect(summarizeComparison('warn', [suite(gates)])).toBe(
      'Nothing was compared: 2 gated slices could not be tested (accuracy on language=de; accuracy on language=fr).',
    );
  });
});
