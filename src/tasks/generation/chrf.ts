/**
 * chrF compatible with sacreBLEU's defaults: character n-grams up to order 6, no word n-grams, beta 2,
 * case-sensitive, whitespace removed. Segment statistics add up; corpus chrF is computed from the sums.
 */
import { assertHasReferences, pythonSplit } from './text.js';

export const CHRF_CHAR_ORDER = 6;
export const CHRF_BETA = 2;

/** Per-order counts of one segment or a corpus; all fields add. Index n-1 is character order n. */
export interface ChrfStats {
  /** Hypothesis n-grams, counted as 0 for an order where the reference has none (sacreBLEU's rule). */
  readonly hypCounts: readonly number[];
  readonly refCounts: readonly number[];
  readonly matches: readonly number[];
}

const zeros = (): number[] => new Array<number>(CHRF_CHAR_ORDER).fill(0);

export const EMPTY_CHRF_STATS: ChrfStats = { hypCounts: zeros(), refCounts: zeros(), matches: zeros() };

/** Character n-gram counts per order over code points, after deleting all whitespace. */
function charNgrams(text: string): Map<string, number>[] {
  const joined = pythonSplit(text).join('');
  // code-point boundaries, so an n-gram is one substring (an astral character is one character)
  const bounds: number[] = [];
  for (let i = 0; i < joined.length;) {
    bounds.push(i);
    i += joined.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  bounds.push(joined.length);
  const chars = bounds.length - 1;
  const byOrder: Map<string, number>[] = [];
  for (let n = 1; n <= CHRF_CHAR_ORDER; n++) {
    const counts = new Map<string, number>();
    for (let i = 0; i + n <= chars; i++) {
      const gram = joined.substring(bounds[i], bounds[i + n]);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    byOrder.push(counts);
  }
  return byOrder;
}

function sumCounts(counts: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}

function matchStatistics(
  hyp: readonly Map<string, number>[],
  ref: readonly Map<string, number>[],
): ChrfStats {
  const hypCounts: number[] = [];
  const refCounts: number[] = [];
  const matches: number[] = [];
  for (let order = 0; order < CHRF_CHAR_ORDER; order++) {
    const hypCount = sumCounts(hyp[order]);
    const refCount = sumCounts(ref[order]);
    let matched = 0;
    for (const [gram, count] of hyp[order]) matched += Math.min(count, ref[order].get(gram) ?? 0);
    hypCounts.push(refCount > 0 ? hypCount : 0);
    refCounts.push(refCount);
    matches.push(matched);
  }
  return { hypCounts, refCounts, matches };
}

/** chrF (0–100) from statistics: P and R averaged over orders where both counts are positive, then F-beta. */
export function chrfFromStats(stats: ChrfStats): number {
  let precisionSum = 0;
  let recallSum = 0;
  let effectiveOrder = 0;
  for (let order = 0; order < CHRF_CHAR_ORDER; order++) {
    const hypCount = stats.hypCounts[order];
    const refCount = stats.refCounts[order];
    if (hypCount > 0 && refCount > 0) {
      precisionSum += stats.matches[order] / hypCount;
      recallSum += stats.matches[order] / refCount;
      effectiveOrder++;
    }
  }
  if (effectiveOrder === 0) return 0;
  const precision = precisionSum / effectiveOrder;
  const recall = recallSum / effectiveOrder;
  if (precision + recall === 0) return 0;
  const factor = CHRF_BETA ** 2;
  return (100 * (1 + factor) * precision * recall) / (factor * precision + recall);
}

/** Statistics of one segment against its best reference (highest sentence chrF; the first one on ties). */
export function chrfSegmentStats(hypothesis: string, references: readonly string[]): ChrfStats {
  assertHasReferences(references, 'chrf');
  const hyp = charNgrams(hypothesis);
  let best: ChrfStats = EMPTY_CHRF_STATS;
  let bestScore = -1;
  for (const reference of references) {
    const stats = matchStatistics(hyp, charNgrams(reference));
    const score = chrfFromStats(stats);
    if (score > bestScore) {
      bestScore = score;
      best = stats;
    }
  }
  return best;
}

export function addChrfStats(a: ChrfStats, b: ChrfStats): ChrfStats {
  return {
    hypCounts: a.hypCounts.map((v, i) => v + b.hypCounts[i]),
    refCounts: a.refCounts.map((v, i) => v + b.refCounts[i]),
    matches: a.matches.map((v, i) => v + b.matches[i]),
  };
}

/** Corpus chrF of parallel hypotheses and reference lists. */
export function corpusChrf(
  hypotheses: readonly string[],
  references: readonly (readonly string[])[],
): number {
  if (hypotheses.length !== references.length) {
    throw new Error(`chrf: ${hypotheses.length} hypotheses but ${references.length} reference lists`);
  }
  const stats = hypotheses.reduce(
    (sum, hypothesis, i) => addChrfStats(sum, chrfSegmentStats(hypothesis, references[i])),
    EMPTY_CHRF_STATS,
  );
  return chrfFromStats(stats);
}
