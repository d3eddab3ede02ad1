import { coverageCell } from './coverage-sim.js';
const truth = { accuracy: -0.009335, macro_f1: -0.009278, 'mrr@10': -0.0077334, rougeL: -0.009876 };
const task = process.argv[2] as 'classification';
for (const n of process.argv[3].split(',').map(Number)) {
  const t0 = Date.now();
  const r = coverageCell(task, n, Number(process.argv[4] ?? 400), truth);
  for (const [m, c] of Object.entries(r))
    console.log(
      n,
      m,
      c.covered,
      '/',
      c.bounded,
      'of',
      c.trials,
      ((100 * c.covered) / c.bounded).toFixed(1),
      'low',
      c.missedLow,
      'high',
      c.missedHigh,
      'w',
      (100 * c.meanWidth).toFixed(2),
      c.method,
    );
  console.log('ms', Date.now() - t0);
}
