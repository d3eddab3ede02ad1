import { describe, expect, test } from '@jest/globals';
import {
  conclusionOf,
  overallVerdict,
  shouldFail,
  type FailOn,
  type OverallVerdict,
  type Shell,
} from '../../src/gates/verdict-policy.js';

// verdict, fail-on, baseline required → [action fails, cli fails]: one policy, so the two always agree.
// Results that are not comparable compared nothing: they fail unless fail-on is never.
const CASES: [OverallVerdict, FailOn, boolean, boolean, boolean][] = [
  ['pass', 'fail', false, false, false],
  ['pass', 'warn', false, false, false],
  ['pass', 'never', false, false, false],
  ['warn', 'fail', false, false, false],
  ['warn', 'warn', false, true, true],
  ['warn', 'never', false, false, false],
  ['fail', 'fail', false, true, true],
  ['fail', 'warn', false, true, true],
  ['fail', 'never', false, false, false],
  ['not_comparable', 'fail', false, true, true],
  ['not_comparable', 'warn', false, true, true],
  ['not_comparable', 'never', false, false, false],
  ['no_baseline', 'fail', false, false, false],
  ['no_baseline', 'fail', true, true, true],
  ['no_baseline', 'warn', true, true, true],
  ['no_baseline', 'never', true, false, false],
];

describe('verdict and fail-on policy', () => {
  test.each(CASES)(
    '%s with fail-on %s (baseline required: %s): action %s, cli %s',
    (v, f, req, action, cli) => {
      const fails = (shell: Shell) => shouldFail(shell, v, f, { baselineRequired: req });
      expect([fails('action'), fails('cli')]).toEqual([action, cli]);
    },
  );

  test.each([
    ['pass', false, 'success'],
    ['warn', false, 'success'],
    ['fail', false, 'neutral'],
    ['not_comparable', false, 'neutral'],
    ['no_baseline', false, 'neutral'],
    ['fail', true, 'failure'],
    ['pass', true, 'failure'],
  ] as const)('conclusion of %s (failing: %s) is %s', (v, failing, want) => {
    expect(conclusionOf(v, failing)).toBe(want);
  });

  test.each([
    ['pass', [], 'pass'],
    [null, [], 'no_baseline'],
    [null, ['warn'], 'warn'],
    ['pass', ['warn'], 'warn'],
    ['not_comparable', ['warn'], 'not_comparable'],
    ['warn', ['pass', 'fail'], 'fail'],
    ['fail', ['warn'], 'fail'],
  ] as const)('comparison %s with checks %j is %s', (comparison, checks, want) => {
    expect(overallVerdict(comparison, checks)).toBe(want);
  });
});
