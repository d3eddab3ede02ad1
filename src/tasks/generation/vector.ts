/**
 * A generation example's sufficient statistics as flat number groups, the layout of the per-example
 * columns in a result: summing the vectors of any set of examples and scoring the sum gives that set's
 * metrics, so a bootstrap resamples examples (with their statistics) and never averages sentence scores.
 */
import { BLEU_MAX_ORDER, bleuFromStats, bleuSegmentStats } from './bleu.js';
import { CHRF_CHAR_ORDER, chrfFromStats, chrfSegmentStats } from './chrf.js';
import { rougeScores } from './rouge.js';
import { squadExampleStats } from './squad.js';

/** Column groups: name, width, and the metrics that need it. */
export const GENERATION_GROUPS = [
  { name: 'squad', width: 2, metrics: ['squad_em', 'squad_f1'] },
  { name: 'rouge', width: 3, metrics: ['rouge1', 'rouge2', 'rougeL'] },
  { name: 'bleu', width: 2 + 2 * BLEU_MAX_ORDER, metrics: ['bleu'] },
  { name: 'chrf', width: 3 * CHRF_CHAR_ORDER, metrics: ['chrf'] },
] as const;

export type GenerationGroup = (typeof GENERATION_GROUPS)[number]['name'];

/** One example's statistics, per group (each a Float64Array of the group's width). */
export type GroupVectors = Record<GenerationGroup, Float64Array>;

/** The groups the given metrics need. */
export function groupsFor(metrics: readonly string[]): GenerationGroup[] {
  return GENERATION_GROUPS.filter((g) => g.metrics.some((m) => metrics.includes(m))).map((g) => g.name);
}

export function groupWidth(group: GenerationGroup): number {
  return GENERATION_GROUPS.find((g) => g.name === group)!.width;
}

/**
 * squad: [em, f1]; rouge: [rouge1 F, rouge2 F, rougeL F]; bleu: [hyp length, ref length, matches 1–4,
 * totals 1–4]; chrf: [hyp counts 1–6, ref counts 1–6, matches 1–6].
 */
export function exampleVectors(
  prediction: string,
  references: readonly string[],
  groups: readonly GenerationGroup[],
): Partial<GroupVectors> {
  const out: Partial<GroupVectors> = {};
  if (groups.includes('squad')) {
    const s = squadExampleStats(prediction, references);
    out.squad = Float64Array.of(s.exactMatch, s.f1);
  }
  if (groups.includes('rouge')) {
    const r = rougeScores(prediction, references);
    out.rouge = Float64Array.of(r.rouge1.fmeasure, r.rouge2.fmeasure, r.rougeL.fmeasure);
  }
  if (groups.includes('bleu')) {
    const b = bleuSegmentStats(prediction, references);
    out.bleu = Float64Array.of(b.hypLength, b.refLength, ...b.matches, ...b.totals);
  }
  if (groups.includes('chrf')) {
    const c = chrfSegmentStats(prediction, references);
    out.chrf = Float64Array.of(...c.hypCounts, ...c.refCounts, ...c.matches);
  }
  return out;
}

const slice = (v: Float64Array, from: number, length: number): number[] =>
  Array.from(v.subarray(from, from + length));

/**
 * Metric values in [0, 1] from summed group vectors over `n` examples (squad and rouge are means of
 * per-example values; BLEU and chrF are scored from the summed counts). Metrics whose group is absent are
 * left out; an empty set (n = 0) scores 0, as the official scripts do.
 */
export function valuesFromSums(
  sums: Partial<GroupVectors>,
  n: number,
  metrics: readonly string[],
): Record<string, number> {
  const values: Record<string, number> = {};
  const mean = (sum: number) => (n > 0 ? sum / n : 0);
  if (sums.squad) {
    values.squad_em = mean(sums.squad[0]);
    values.squad_f1 = mean(sums.squad[1]);
  }
  if (sums.rouge) {
    values.rouge1 = mean(sums.rouge[0]);
    values.rouge2 = mean(sums.rouge[1]);
    values.rougeL = mean(sums.rouge[2]);
  }
  if (sums.bleu && metrics.includes('bleu')) {
    const b = sums.bleu;
    values.bleu =
      bleuFromStats({
        hypLength: b[0],
        refLength: b[1],
        matches: slice(b, 2, BLEU_MAX_ORDER),
        totals: slice(b, 2 + BLEU_MAX_ORDER, BLEU_MAX_ORDER),
      }).score / 100;
  }
  if (sums.chrf && metrics.includes('chrf')) {
    const c = sums.chrf;
    values.chrf =
      chrfFromStats({
        hypCounts: slice(c, 0, CHRF_CHAR_ORDER),
        refCounts: slice(c, CHRF_CHAR_ORDER, CHRF_CHAR_ORDER),
        matches: slice(c, 2 * CHRF_CHAR_ORDER, CHRF_CHAR_ORDER),
      }) / 100;
  }
  const out: Record<string, number> = {};
  for (const m of metrics) if (m in values) out[m] = values[m];
  return out;
}
