/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F-measure as computed by rouge-score with its defaults
 * (default tokenizer, no stemming). Multiple references: per ROUGE type, keep the reference with the highest F.
 */
import { assertHasReferences, countItems, harmonicF1, overlapCount } from './text.js';

export const ROUGE_TYPES = ['rouge1', 'rouge2', 'rougeL'] as const;
export type RougeType = (typeof ROUGE_TYPES)[number];

export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly fmeasure: number;
}

/** rouge-score's tokenizer: lowercase, every run outside [a-z0-9] becomes a space, split. */
export function rougeTokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((token) => token.length > 0);
}

function ngrams(tokens: readonly string[], n: number): string[] {
  const grams: string[] = [];
  // Tokens never contain spaces, so a space-joined key is unambiguous.
  for (let i = 0; i + n <= tokens.length; i++) grams.push(tokens.slice(i, i + n).join(' '));
  return grams;
}

function score(overlap: number, predictionCount: number, targetCount: number): RougeScore {
  const precision = overlap / Math.max(predictionCount, 1);
  const recall = overlap / Math.max(targetCount, 1);
  return { precision, recall, fmeasure: harmonicF1(precision, recall) };
}

/** ROUGE-N on token lists. */
export function rougeNTokens(
  targetTokens: readonly string[],
  predictionTokens: readonly string[],
  n: number,
): RougeScore {
  const target = ngrams(targetTokens, n);
  const prediction = ngrams(predictionTokens, n);
  return score(overlapCount(countItems(target), countItems(prediction)), prediction.length, target.length);
}

/** Length of the longest common subsequence (dynamic programming over one row). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}

/** ROUGE-L on token lists; an empty side scores 0. */
export function rougeLTokens(
  targetTokens: readonly string[],
  predictionTokens: readonly string[],
): RougeScore {
  if (targetTokens.length === 0 || predictionTokens.length === 0)
    return { precision: 0, recall: 0, fmeasure: 0 };
  const lcs = lcsLength(targetTokens, predictionTokens);
  return score(lcs, predictionTokens.length, targetTokens.length);
}

export type RougeScores = Readonly<Record<RougeType, RougeScore>>;

/** Scores of one prediction against one target (rouge-score's `score(target, prediction)`). */
export function rougeScoresOne(target: string, prediction: string): RougeScores {
  const targetTokens = rougeTokenize(target);
  const predictionTokens = rougeTokenize(prediction);
  return {
    rouge1: rougeNTokens(targetTokens, predictionTokens, 1),
    rouge2: rougeNTokens(targetTokens, predictionTokens, 2),
    rougeL: rougeLTokens(targetTokens, predictionTokens),
  };
}

/** Multi-reference scores: per type, the first reference with the maximal F (rouge-score's `score_multi`). */
export function rougeScores(prediction: string, references: readonly string[]): RougeScores {
  assertHasReferences(references, 'rouge');
  const perReference = references.map((reference) => rougeScoresOne(reference, prediction));
  const best = (type: RougeType): RougeScore =>
    perReference.reduce((kept, scores) => (scores[type].fmeasure > kept[type].fmeasure ? scores : kept))[
      type
    ];
  return { rouge1: best('rouge1'), rouge2: best('rouge2'), rougeL: best('rougeL') };
}

/** Sufficient statistics: per type, sums of P, R and F over examples, plus the number of examples. */
export interface RougeStats {
  readonly sums: Readonly<Record<RougeType, RougeScore>>;
  readonly count: number;
}

const ZERO_SCORE: RougeScore = { precision: 0, recall: 0, fmeasure: 0 };

export const EMPTY_ROUGE_STATS: RougeStats = {
  sums: { rouge1: ZERO_SCORE, rouge2: ZERO_SCORE, rougeL: ZERO_SCORE },
  count: 0,
};

export function rougeExampleStats(prediction: string, references: readonly string[]): RougeStats {
  return { sums: rougeScores(prediction, references), count: 1 };
}

function addScore(a: RougeScore, b: RougeScore): RougeScore {
  return {
    precision: a.precision + b.precision,
    recall: a.recall + b.recall,
    fmeasure: a.fmeasure + b.fmeasure,
  };
}

export function addRougeStats(a: RougeStats, b: RougeStats): RougeStats {
  return {
    sums: {
      rouge1: addScore(a.sums.rouge1, b.sums.rouge1),
      rouge2: addScore(a.sums.rouge2, b.sums.rouge2),
      rougeL: addScore(a.sums.rougeL, b.sums.rougeL),
    },
    count: a.count + b.count,
  };
}

/** Corpus ROUGE: the plain mean of per-example scores, on a 0–1 scale (0 for an empty corpus). */
export function rougeCorpusScores(stats: RougeStats): RougeScores {
  const mean = (sum: RougeScore): RougeScore =>
    stats.count === 0
      ? ZERO_SCORE
      : {
          precision: sum.precision / stats.count,
          recall: sum.recall / stats.count,
          fmeasure: sum.fmeasure / stats.count,
        };
  return {
    rouge1: mean(stats.sums.rouge1),
    rouge2: mean(stats.sums.rouge2),
    rougeL: mean(stats.sums.rougeL),
  };
}
