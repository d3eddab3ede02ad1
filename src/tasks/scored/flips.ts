import { flipStatus, shortNumber, valueFlips, type FlipInput, type FlipResult } from '../flip.js';

/**
 * Judged flips: an example passes when at least half of its judged runs pass (one run: its verdict).
 * Broken examples are listed by how much their pass fraction fell; examples without a verdict on either
 * side are not counted.
 */
export function scoredFlips(input: FlipInput): FlipResult {
  const { baseRows, headRows } = input;
  const basePass = input.base.columns.get('pass_fraction');
  const headPass = input.head.columns.get('pass_fraction');
  if (!basePass || !headPass) return { unavailable: 'the results store no per-example verdicts' };
  const { status, severity } = valueFlips(input, basePass, headPass, (b, h) =>
    flipStatus(b >= 0.5, h >= 0.5),
  );
  const show = (v: number) => `${shortNumber(v * 100)}% of runs pass`;
  return {
    definition:
      'judge verdict pass → fail (at least half of the runs pass → fewer); listed by pass fraction lost',
    status,
    severity,
    describe: (i) => ({ truth: null, base: show(basePass[baseRows[i]]), head: show(headPass[headRows[i]]) }),
  };
}
