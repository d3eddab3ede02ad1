import type { ExampleTable } from '../task-family.js';
import { FLIP, shortNumber, valueFlips, type FlipInput, type FlipResult } from '../flip.js';
import { metricColumn } from './evaluate.js';
import { parseRankingMetric } from './registry.js';

/** Metrics whose per-query value counts relevant documents in the top k, most telling first. */
const COUNTING = ['recall', 'precision', 'hit_rate'] as const;

/**
 * The per-query column that counts relevant documents in the top k: at the k of the slice's gated metric,
 * else of the suite's first gated @k metric, else the smallest k stored.
 */
function countingMetric(input: FlipInput): string | null {
  const stored = (name: string, t: ExampleTable) => t.columns.has(metricColumn(name));
  const both = (name: string) => stored(name, input.base) && stored(name, input.head);
  for (const gated of [input.metric, ...input.gatedMetrics]) {
    const k = gated ? parseRankingMetric(gated)?.k : null;
    if (k) for (const base of COUNTING) if (both(`${base}@${k}`)) return `${base}@${k}`;
  }
  for (const base of COUNTING) {
    const names = [...input.head.columns.keys()]
      .filter((c) => c.startsWith(metricColumn(`${base}@`)))
      .map((c) => c.slice(metricColumn('').length))
      .filter(both)
      .sort((a, b) => parseRankingMetric(a)!.k! - parseRankingMetric(b)!.k!);
    if (names.length) return names[0];
  }
  return null;
}

/**
 * Ranking flips: a query broke when fewer of its relevant documents are in the top k than before (a
 * relevant document dropped out of the top k), read from its per-query recall@k (else precision@k, else
 * hit_rate@k); fixed when more are; still wrong when as many, and not all. Listed by the value lost.
 */
export function rankingFlips(input: FlipInput): FlipResult {
  const metric = countingMetric(input);
  if (!metric)
    return { unavailable: 'flips need recall@k, precision@k or hit_rate@k computed on both sides' };
  const { baseRows, headRows } = input;
  const baseValues = input.base.columns.get(metricColumn(metric))!;
  const headValues = input.head.columns.get(metricColumn(metric))!;
  const { status, severity } = valueFlips(input, baseValues, headValues, (b, h) =>
    h < b ? FLIP.broken : h > b ? FLIP.fixed : h < 1 ? FLIP.stillWrong : FLIP.right,
  );
  const k = parseRankingMetric(metric)!.k;
  return {
    definition: `a relevant document dropped out of the top ${k} (${metric} fell); listed by ${metric} lost`,
    status,
    severity,
    describe: (i) => ({
      truth: null,
      base: `${metric} ${shortNumber(baseValues[baseRows[i]])}`,
      head: `${metric} ${shortNumber(headValues[headRows[i]])}`,
    }),
  };
}
