import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { classificationTruth } from '../../scripts/sim/coverage-population.js';
import { coverageCell, type CellResult, type SimTask } from '../../scripts/sim/coverage-sim.js';

/**
 * Coverage of the paired 95% intervals on small slices (issue #16). The committed figures come from
 * `npx tsx scripts/sim/coverage.ts` (400 golden sets per cell from populations of 2,000,000 paired
 * examples, true deltas over the whole population); this test reruns the cells the issue asks for —
 * accuracy and macro-F1 at n = 50, 100, 500, MRR@10 and ROUGE-L F at n = 100 — through the same code
 * and must reproduce them exactly. Nothing is resampled (these slices get score intervals), so it takes
 * a few seconds.
 */
interface Fixture {
  truth: Record<string, number>;
  trials: number;
  cells: { task: SimTask; n: number; metrics: Record<string, CellResult> }[];
}
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/stats/coverage.json', import.meta.url), 'utf8'),
) as Fixture;

const CELLS: [SimTask, number][] = [
  ['classification', 50],
  ['classification', 100],
  ['classification', 500],
  ['ranking', 100],
  ['generation', 100],
];

describe('coverage of the paired intervals (simulation)', () => {
  test('the committed classification truth is the generator population', () => {
    const truth = classificationTruth();
    expect(truth.accuracy).toBe(fixture.truth.accuracy);
    expect(truth.macro_f1).toBe(fixture.truth.macro_f1);
  });

  test.each(CELLS)('%s at n = %i: the committed figures, and the level holds', (task, n) => {
    const got = coverageCell(task, n, fixture.trials, fixture.truth);
    const want = fixture.cells.find((c) => c.task === task && c.n === n)!.metrics;
    for (const [metric, cell] of Object.entries(got)) {
      expect(cell).toEqual(want[metric]);
      const coverage = cell.covered / cell.bounded;
      // never below 95 − 2 %; above 97% only where the discordant pairs are a handful (n = 50: accuracy
      // 98.3%, macro-F1 98.4%; n = 100: macro-F1 97.5%), where valid intervals of a discrete delta are
      // conservative — Newcombe's hybrid score interval covers 98.25% of the accuracy deltas at n = 50 too
      expect(coverage).toBeGreaterThanOrEqual(0.93);
      expect(coverage).toBeLessThanOrEqual(n >= 100 && metric === 'accuracy' ? 0.97 : 0.985);
      expect(cell.bounded).toBeGreaterThanOrEqual(0.95 * cell.trials);
    }
  });
});
