/**
 * Coverage simulation of the paired intervals (issue #16). Computes the populations' true deltas over all
 * 2,000,000 examples, then 400 golden sets per (task, n), and writes both to
 * __tests__/fixtures/stats/coverage.json, which __tests__/stats/coverage.test.ts checks (it reruns
 * the cells it needs and must get the same counts). Takes about 3 minutes, most of it the ROUGE-L truth.
 *
 *   npx tsx scripts/sim/coverage.ts               # truth and cells
 *   npx tsx scripts/sim/coverage.ts --cells-only  # cells only, with the committed truth (about a minute)
 *   npx tsx scripts/sim/coverage.ts --cells-only --trials 4000  # more golden sets per cell; prints only
 *
 * 400 sets put a Monte-Carlo error of ±1.1 points (one standard error at 95%) on each figure; the figures
 * quoted in docs/bootstrap.md also come with 4,000 sets (±0.34), which is what says whether a cell is
 * really off its level. The committed fixture always holds the 400-set run the test reproduces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { POPULATION_SIZE, classification20Truth, populationTruth } from './coverage-population.js';
import { SIM_SETTINGS, coverageCell, type SimTask } from './coverage-sim.js';

export const TRIALS = 400;
const trialsArg = process.argv.indexOf('--trials');
const trials = trialsArg > 0 ? Number(process.argv[trialsArg + 1]) : TRIALS;
if (!(Number.isInteger(trials) && trials > 0)) throw new Error('--trials takes a positive whole number');
export const CELLS: readonly { task: SimTask; n: number }[] = [
  ...[20, 30, 50, 100, 500].map((n) => ({ task: 'classification' as const, n })),
  // large slices (issue #15): around and above LARGE_SLICE_MIN_N, 20 classes with a rarest class of 1.2%
  ...[1000, 2000, 5000].map((n) => ({ task: 'classification-20' as const, n })),
  ...[50, 100, 500].map((n) => ({ task: 'ranking' as const, n })),
  ...[50, 100].map((n) => ({ task: 'generation' as const, n })),
];

const out = join(dirname(fileURLToPath(import.meta.url)), '../../__tests__/fixtures/stats/coverage.json');
const started = Date.now();
const committed = (JSON.parse(readFileSync(out, 'utf8')) as { truth: Record<string, number> }).truth;
const truth = process.argv.includes('--cells-only')
  ? { ...classification20Truth(), ...committed } // the 20-class truth takes seconds when not yet committed
  : populationTruth();
process.stderr.write(
  `truth over ${POPULATION_SIZE} examples in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
);
const cells = CELLS.map(({ task, n }) => {
  const result = coverageCell(task, n, trials, truth);
  for (const [metric, c] of Object.entries(result)) {
    process.stderr.write(
      `${task} n=${n} ${metric}: ${c.covered}/${c.bounded} = ${((100 * c.covered) / c.bounded).toFixed(1)}% (${c.trials - c.bounded} without interval), mean width ${(100 * c.meanWidth).toFixed(2)} pts, ${c.method}\n`,
    );
  }
  return { task, n, metrics: result };
});
// the table of docs/bootstrap.md: covered/bounded per cell (¹: some sets had no interval), mean widths
const sizes = [...new Set(CELLS.map((c) => c.n))].sort((a, b) => a - b);
const rows = cells.flatMap(({ task }) =>
  Object.keys(cells.find((c) => c.task === task)!.metrics).map((m) => [task, m]),
);
const table = [
  `| metric (${trials} sets per cell) | ${sizes.map((n) => `n = ${n}`).join(' | ')} |`,
  `| --- | ${sizes.map(() => '---').join(' | ')} |`,
  ...[...new Map(rows.map((r) => [r.join(' '), r])).values()].map(([task, metric]) => {
    const at = sizes.map((n) => {
      const c = cells.find((x) => x.task === task && x.n === n)?.metrics[metric];
      if (!c) return '';
      const mark = c.bounded < c.trials ? '¹' : '';
      const pct = ((100 * c.covered) / c.bounded).toFixed(1);
      return `${c.covered}/${c.bounded}${mark} ${pct}% (${(100 * c.meanWidth).toFixed(1)})`;
    });
    return `| ${metric}${task === 'classification-20' ? ' (20 classes)' : ''} | ${at.join(' | ')} |`;
  }),
];
process.stdout.write(`${table.join('\n')}\n`);
// the fixture holds the 400-set run that __tests__/stats/coverage.test.ts reproduces
if (trials === TRIALS)
  writeFileSync(
    out,
    JSON.stringify(
      { populationSize: POPULATION_SIZE, trials: TRIALS, settings: SIM_SETTINGS, truth, cells },
      null,
      2,
    ) + '\n',
  );
