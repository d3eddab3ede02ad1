/**
 * Span-level precision, recall and F1 with seqeval's conventions: exact (type, start, end) matches, per-type
 * counts, micro/macro/weighted averages over the types seen in gold or predictions, zero_division 0.
 * Counts are sufficient statistics: they add over sentences, so a bootstrap resamples sentences and sums them.
 */
import type { Entity } from './entities.js';

export interface TypeCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Counts per entity type. Built on a null prototype so any type name (even `__proto__`) is a plain key. */
export type SpanCounts = Readonly<Record<string, TypeCounts>>;

export function emptySpanCounts(): SpanCounts {
  return Object.create(null) as Record<string, TypeCounts>;
}

const entityKey = (entity: Entity): string => `${entity.start}\u0000${entity.end}`;

function keysByType(entities: readonly Entity[]): Map<string, Set<string>> {
  const byType = new Map<string, Set<string>>();
  for (const entity of entities) {
    let keys = byType.get(entity.type);
    if (!keys) byType.set(entity.type, (keys = new Set()));
    keys.add(entityKey(entity));
  }
  return byType;
}

/** Counts of one sentence (or document). Duplicate entities count once, as in seqeval's sets. */
export function spanCounts(gold: readonly Entity[], predicted: readonly Entity[]): SpanCounts {
  const goldByType = keysByType(gold);
  const predictedByType = keysByType(predicted);
  const counts = Object.create(null) as Record<string, TypeCounts>;
  for (const type of new Set([...goldByType.keys(), ...predictedByType.keys()])) {
    const goldKeys = goldByType.get(type) ?? new Set<string>();
    const predictedKeys = predictedByType.get(type) ?? new Set<string>();
    let tp = 0;
    for (const key of predictedKeys) if (goldKeys.has(key)) tp++;
    counts[type] = { tp, fp: predictedKeys.size - tp, fn: goldKeys.size - tp };
  }
  return counts;
}

export function addSpanCounts(a: SpanCounts, b: SpanCounts): SpanCounts {
  const sum = Object.create(null) as Record<string, TypeCounts>;
  for (const counts of [a, b]) {
    for (const [type, c] of Object.entries(counts)) {
      const kept = sum[type];
      sum[type] = kept ? { tp: kept.tp + c.tp, fp: kept.fp + c.fp, fn: kept.fn + c.fn } : c;
    }
  }
  return sum;
}

export interface PrfScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Gold entities. */
  readonly support: number;
}

export interface SpanScores {
  /** Per type, sorted by type name. */
  readonly perType: readonly (PrfScore & { readonly type: string })[];
  readonly micro: PrfScore;
  readonly macro: PrfScore;
  readonly weighted: PrfScore;
}

const divide = (numerator: number, denominator: number): number =>
  denominator === 0 ? 0 : numerator / denominator;

/** F from P and R as seqeval does (not from counts); 0 when both are 0. */
function prf(tp: number, predicted: number, support: number): PrfScore {
  const precision = divide(tp, predicted);
  const recall = divide(tp, support);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support };
}

/**
 * Scores from counts. Types with no gold and no predicted entities are ignored. With no types at all every
 * average is 0 (seqeval's macro average would be NaN there, the mean of an empty array).
 */
export function spanScores(counts: SpanCounts): SpanScores {
  const types = Object.keys(counts)
    .filter((type) => counts[type].tp + counts[type].fp + counts[type].fn > 0)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const perType = types.map((type) => {
    const { tp, fp, fn } = counts[type];
    return { type, ...prf(tp, tp + fp, tp + fn) };
  });
  let tp = 0;
  let predicted = 0;
  let support = 0;
  for (const type of types) {
    tp += counts[type].tp;
    predicted += counts[type].tp + counts[type].fp;
    support += counts[type].tp + counts[type].fn;
  }
  const average = (weight: (score: PrfScore) => number): PrfScore => {
    const totalWeight = perType.reduce((sum, score) => sum + weight(score), 0);
    const mean = (pick: (score: PrfScore) => number): number =>
      divide(
        perType.reduce((sum, score) => sum + weight(score) * pick(score), 0),
        totalWeight,
      );
    return {
      precision: mean((s) => s.precision),
      recall: mean((s) => s.recall),
      f1: mean((s) => s.f1),
      support,
    };
  };
  return {
    perType,
    micro: prf(tp, predicted, support),
    macro: average(() => 1),
    weighted: average((score) => score.support),
  };
}
