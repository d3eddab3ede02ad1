/**
 * SQuAD v1.1 exact match and token F1 (the official evaluation script's rules).
 * Per-example statistics are sums, so corpus scores can be bootstrapped by resampling examples.
 */
import { assertHasReferences, countItems, harmonicF1, overlapCount, pythonSplit } from './text.js';

/** Python's `string.punctuation`. Only these ASCII characters are deleted; Unicode punctuation stays. */
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
/** `\b(a|an|the)\b` with Python's Unicode-aware word boundary (JS `\b` only knows ASCII letters). */
const ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;

/** Lowercase, delete ASCII punctuation, replace articles with a space, collapse whitespace. */
export function normalizeSquadAnswer(text: string): string {
  const lowered = text.toLowerCase();
  const withoutPunctuation = lowered.replace(ASCII_PUNCTUATION, '');
  const withoutArticles = withoutPunctuation.replace(ARTICLES, ' ');
  return pythonSplit(withoutArticles).join(' ');
}

/** 1 when the normalised strings are equal, else 0. */
export function squadExactMatchOne(prediction: string, reference: string): number {
  return normalizeSquadAnswer(prediction) === normalizeSquadAnswer(reference) ? 1 : 0;
}

/** Token F1 over multisets of normalised tokens; 0 when nothing overlaps (so two empty strings give 0). */
export function squadF1One(prediction: string, reference: string): number {
  const predictionTokens = pythonSplit(normalizeSquadAnswer(prediction));
  const referenceTokens = pythonSplit(normalizeSquadAnswer(reference));
  const overlap = overlapCount(countItems(predictionTokens), countItems(referenceTokens));
  if (overlap === 0) return 0;
  return harmonicF1(overlap / predictionTokens.length, overlap / referenceTokens.length);
}

/** Sufficient statistics: sums of per-example scores (each in [0, 1]) and the number of examples. */
export interface SquadStats {
  readonly exactMatch: number;
  readonly f1: number;
  readonly count: number;
}

export const EMPTY_SQUAD_STATS: SquadStats = { exactMatch: 0, f1: 0, count: 0 };

/** One example: EM and F1, each the max over the gold answers. */
export function squadExampleStats(prediction: string, references: readonly string[]): SquadStats {
  assertHasReferences(references, 'squad');
  let exactMatch = 0;
  let f1 = 0;
  for (const reference of references) {
    exactMatch = Math.max(exactMatch, squadExactMatchOne(prediction, reference));
    f1 = Math.max(f1, squadF1One(prediction, reference));
  }
  return { exactMatch, f1, count: 1 };
}

/** Statistics of an example with no prediction: it counts in the denominator and scores 0 (v1.1 rule). */
export function squadMissingPredictionStats(): SquadStats {
  return { exactMatch: 0, f1: 0, count: 1 };
}

export function addSquadStats(a: SquadStats, b: SquadStats): SquadStats {
  return { exactMatch: a.exactMatch + b.exactMatch, f1: a.f1 + b.f1, count: a.count + b.count };
}

/** Corpus scores on the official 0–100 scale; 0 for an empty corpus. */
export function squadScores(stats: SquadStats): { exactMatch: number; f1: number } {
  if (stats.count === 0) return { exactMatch: 0, f1: 0 };
  return { exactMatch: (100 * stats.exactMatch) / stats.count, f1: (100 * stats.f1) / stats.count };
}
