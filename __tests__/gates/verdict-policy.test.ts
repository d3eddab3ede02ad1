import { describe, expect, test } from '@jest/globals';
import {
  commitStatusOf,
  conclusionOf,
  type CommitState,
  type Conclusion,
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

  // Every verdict × fail-on × publishing mode (baseline not required): what the check run and the commit
  // status say. Nothing that compared nothing or warned is green; a warning status says so first; a fail is
  // never a green status, even when fail-on never lets the job pass (statuses have no neutral).
  const PUBLISHED: [OverallVerdict, FailOn, Conclusion, CommitState, string][] = [
    ['pass', 'fail', 'success', 'success', ''],
    ['pass', 'warn', 'success', 'success', ''],
    ['pass', 'never', 'success', 'success', ''],
    ['warn', 'fail', 'neutral', 'success', '⚠️ '],
    ['warn', 'warn', 'failure', 'failure', ''],
    ['warn', 'never', 'neutral', 'success', '⚠️ '],
    ['fail', 'fail', 'failure', 'failure', ''],
    ['fail', 'warn', 'failure', 'failure', ''],
    ['fail', 'never', 'neutral', 'failure', ''],
    ['not_comparable', 'fail', 'failure', 'failure', ''],
    ['not_comparable', 'warn', 'failure', 'failure', ''],
    ['not_comparable', 'never', 'neutral', 'error', 'nothing was compared: '],
    ['no_baseline', 'fail', 'neutral', 'error', 'nothing was compared: '],
    ['no_baseline', 'warn', 'neutral', 'error', 'nothing was compared: '],
    ['no_baseline', 'never', 'neutral', 'error', 'nothing was compared: '],
  ];
  test.each(PUBLISHED)(
    '%s with fail-on %s: check run %s, commit status %s %j',
    (v, f, conclusion, state, prefix) => {
      const failing = shouldFail('action', v, f, { baselineRequired: false });
      expect(conclusionOf(v, failing)).toBe(conclusion);
      expect(commitStatusOf(v, failing, 'why')).toEqual({ state, description: `${prefix}why` });
    },
  );

  test.each([
    ['fail', true],
    ['warn', true],
    ['never', false],
  ] as const)('a failed baseline lookup with fail-on %s fails: %s', (f, fails) => {
    const failing = shouldFail('action', 'no_baseline', f, { baselineRequired: false, lookupFailed: true });
    expect(failing).toBe(fails);
    expect(conclusionOf('no_baseline', failing)).toBe(fails ? 'failure' : 'neutral');
    expect(commitStatusOf('no_baseline', failing, 'x').state).toBe(fails ? 'failure' : 'error');
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
