import { describe, expect, it } from '@jest/globals';
import type { Comparison } from '../../src/generated/comparison.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import type { ReportInput } from '../../src/report/pr-comment.js';
import { decideRun } from '../../src/report/run-decision.js';

const head = { suites: [] } as unknown as EvalgateResult;
const comparison = (verdict: Comparison['verdict'], summary: string): Comparison =>
  ({ verdict, summary, suites: [] }) as unknown as Comparison;
const input = (over: Partial<ReportInput>): ReportInput => ({ title: 'evalgate / intents', head, ...over });
const action = { shell: 'action', failOn: 'fail', baselineRequired: false } as const;

describe('decideRun: what both shells publish', () => {
  it('a pass is green with the comparison summary and no failure message', () => {
    const decision = decideRun(
      input({ comparison: comparison('pass', 'pass: 3 gates within tolerance') }),
      action,
    );
    expect(decision).toEqual({
      verdict: 'pass',
      failing: false,
      statusDescription: 'pass: 3 gates within tolerance',
    });
  });

  it('a failing gate fails with the summary in the message', () => {
    const decision = decideRun(
      input({ comparison: comparison('fail', 'fail: de accuracy −17.9 pts') }),
      action,
    );
    expect(decision.failing).toBe(true);
    expect(decision.failureMessage).toBe(
      'evalgate / intents: ❌ fail (fail-on: fail). fail: de accuracy −17.9 pts',
    );
  });

  it('a failed baseline lookup is an error even though nothing failed, and says so', () => {
    const decision = decideRun(input({ noBaselineReason: 'the baseline lookup failed (502)' }), {
      ...action,
      lookupError: 'GitHub answered 502',
    });
    expect(decision.verdict).toBe('no_baseline');
    expect(decision.failing).toBe(true);
    expect(decision.statusDescription).toBe('error: the baseline lookup failed: GitHub answered 502');
    expect(decision.failureMessage).toContain(
      'the baseline lookup failed, so nothing was compared: GitHub answered 502',
    );
  });

  it('no baseline is not a failure unless required, and the status line gives the reason', () => {
    const plain = decideRun(input({ noBaselineReason: 'no successful push run on main' }), action);
    expect(plain).toEqual({
      verdict: 'no_baseline',
      failing: false,
      statusDescription: 'no successful push run on main',
    });
    const required = decideRun(input({ noBaselineReason: 'no successful push run on main' }), {
      ...action,
      baselineRequired: true,
    });
    expect(required.failing).toBe(true);
    expect(required.failureMessage).toContain('no baseline (no successful push run on main)');
  });

  it('a missing base-branch suite and failed documentation checks name themselves in the status line', () => {
    const coverage = { name: 'suites', verdict: 'fail', markdown: 'the base has `qa`' } as const;
    const missing = decideRun(input({ comparison: comparison('pass', 'pass'), checks: [coverage] }), {
      ...action,
      coverage,
    });
    expect(missing.verdict).toBe('fail');
    expect(missing.statusDescription).toBe('❌ fail: a base-branch suite was not evaluated');
    expect(missing.failureMessage).toContain('suites: the base has qa');
    const docs = decideRun(
      input({
        comparison: comparison('pass', 'pass'),
        docChecks: {
          results: [
            { name: 'card', severity: 'fail', status: 'fail', reason: 'the card is stale', fix: 'update it' },
            { name: 'log', severity: 'fail', status: 'fail', reason: 'no changelog entry', fix: 'add one' },
          ],
          changedFilesTruncated: false,
        },
      }),
      action,
    );
    expect(docs.statusDescription).toBe('❌ fail: 2 documentation checks failed');
    expect(docs.failureMessage).toContain('Check failed: card: the card is stale');
  });

  it('fail-on never lets a failure through without a failure message', () => {
    const decision = decideRun(input({ comparison: comparison('fail', 'fail: de') }), {
      ...action,
      failOn: 'never',
    });
    expect(decision.failing).toBe(false);
    expect(decision.failureMessage).toBeUndefined();
  });
});
