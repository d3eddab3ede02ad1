/**
 * Corpus BLEU compatible with sacreBLEU's defaults: 13a tokenizer, mixed case, max order 4, `exp` smoothing,
 * statistics summed over the corpus before scoring, 0–100 scale.
 * Segment statistics add up, so a bootstrap resamples segments and sums their statistics.
 */
import { assertHasReferences, pythonRstrip, pythonSplit } from './text.js';

export const BLEU_MAX_ORDER = 4;

/**
 * sacreBLEU's 13a/regexp rules. Each regex is applied to the whole line left to right without overlaps,
 * which JS `replace` with /g does exactly like Python's `re.sub`.
 */
const TOKENIZER_13A_RULES: readonly (readonly [RegExp, string])[] = [
  // ASCII punctuation (and space) except ' , - . gets spaces around it.
  [/([{-~[-` -&(-+:-@/])/g, ' $1 '],
  // Period and comma unless preceded by a digit.
  [/([^0-9])([.,])/g, '$1 $2 '],
  // Period and comma unless followed by a digit.
  [/([.,])([^0-9])/g, ' $1 $2'],
  // Dash when preceded by a digit.
  [/([0-9])(-)/g, '$1 $2 '],
];

/** sacreBLEU `Tokenizer13a`: returns the tokens of one line. */
export function tokenize13a(line: string): string[] {
  let text = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
  if (text.includes('&')) {
    text = text
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>');
  }
  text = ` ${text} `;
  for (const [pattern, replacement] of TOKENIZER_13A_RULES) text = text.replace(pattern, replacement);
  return pythonSplit(text);
}

/** Sufficient statistics of one segment or a corpus; all fields add. `matches[n-1]`/`totals[n-1]` are order n. */
export interface BleuStats {
  readonly hypLength: number;
  readonly refLength: number;
  readonly matches: readonly number[];
  readonly totals: readonly number[];
}

export const EMPTY_BLEU_STATS: BleuStats = {
  hypLength: 0,
  refLength: 0,
  matches: new Array<number>(BLEU_MAX_ORDER).fill(0),
  totals: new Array<number>(BLEU_MAX_ORDER).fill(0),
};

export interface BleuOptions {
  /** Lowercase before tokenising (sacreBLEU `lowercase`, default false). */
  readonly lowercase?: boolean;
}

/** Counts of all n-grams of orders 1..BLEU_MAX_ORDER; keys join tokens with a space (tokens contain none). */
function allNgrams(tokens: readonly string[]): Map<string, number>[] {
  const byOrder: Map<string, number>[] = [];
  for (let n = 1; n <= BLEU_MAX_ORDER; n++) byOrder.push(new Map());
  for (let i = 0; i < tokens.length; i++) {
    let gram = tokens[i];
    for (let n = 1; n <= BLEU_MAX_ORDER && i + n <= tokens.length; n++) {
      if (n > 1) gram = `${gram} ${tokens[i + n - 1]}`;
      const counts = byOrder[n - 1];
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  return byOrder;
}

/** Closest reference length to the hypothesis length; ties go to the shorter reference. */
export function closestReferenceLength(hypLength: number, refLengths: readonly number[]): number {
  let closestDiff = -1;
  let closestLength = -1;
  for (const refLength of refLengths) {
    const diff = Math.abs(hypLength - refLength);
    if (closestDiff === -1 || diff < closestDiff) {
      closestDiff = diff;
      closestLength = refLength;
    } else if (diff === closestDiff && refLength < closestLength) {
      closestLength = refLength;
    }
  }
  return closestLength;
}

function preprocess(text: string, options: BleuOptions): string[] {
  const cased = options.lowercase ? text.toLowerCase() : text;
  return tokenize13a(pythonRstrip(cased));
}

/** Statistics of one segment: n-gram matches clipped by the max count in any reference. */
export function bleuSegmentStats(
  hypothesis: string,
  references: readonly string[],
  options: BleuOptions = {},
): BleuStats {
  assertHasReferences(references, 'bleu');
  const maxRefCounts = allNgrams([]);
  const refLengths: number[] = [];
  for (const reference of references) {
    const tokens = preprocess(reference, options);
    refLengths.push(tokens.length);
    allNgrams(tokens).forEach((counts, order) => {
      const kept = maxRefCounts[order];
      for (const [gram, count] of counts) kept.set(gram, Math.max(kept.get(gram) ?? 0, count));
    });
  }
  const hypTokens = preprocess(hypothesis, options);
  const matches: number[] = [];
  const totals: number[] = [];
  allNgrams(hypTokens).forEach((counts, order) => {
    let matched = 0;
    let total = 0;
    for (const [gram, count] of counts) {
      total += count;
      matched += Math.min(count, maxRefCounts[order].get(gram) ?? 0);
    }
    matches.push(matched);
    totals.push(total);
  });
  return {
    hypLength: hypTokens.length,
    refLength: closestReferenceLength(hypTokens.length, refLengths),
    matches,
    totals,
  };
}

export function addBleuStats(a: BleuStats, b: BleuStats): BleuStats {
  return {
    hypLength: a.hypLength + b.hypLength,
    refLength: a.refLength + b.refLength,
    matches: a.matches.map((m, i) => m + b.matches[i]),
    totals: a.totals.map((t, i) => t + b.totals[i]),
  };
}

export interface BleuScore {
  /** 0–100. */
  readonly score: number;
  /** Per-order precisions after smoothing, 0–100. */
  readonly precisions: readonly number[];
  readonly brevityPenalty: number;
  readonly hypLength: number;
  readonly refLength: number;
}

export interface BleuScoreOptions {
  /** Average only up to the highest order with n-grams (sacreBLEU `sentence_bleu` uses this; corpus BLEU does not). */
  readonly effectiveOrder?: boolean;
}

/** sacreBLEU's `my_log`: log 0 is a very large negative number rather than -Infinity. */
function sacreLog(value: number): number {
  return value === 0 ? -9999999999 : Math.log(value);
}

/** BLEU from (summed) statistics with `exp` smoothing and the brevity penalty. */
export function bleuFromStats(stats: BleuStats, options: BleuScoreOptions = {}): BleuScore {
  const { hypLength, refLength } = stats;
  const brevityPenalty = hypLength >= refLength ? 1 : hypLength > 0 ? Math.exp(1 - refLength / hypLength) : 0;
  const precisions = new Array<number>(BLEU_MAX_ORDER).fill(0);
  const base = { precisions, brevityPenalty, hypLength, refLength };
  if (!stats.matches.some((m) => m > 0)) return { ...base, score: 0 };

  let smoothing = 1;
  let order = BLEU_MAX_ORDER;
  for (let n = 1; n <= BLEU_MAX_ORDER; n++) {
    const total = stats.totals[n - 1];
    if (total === 0) break;
    if (options.effectiveOrder) order = n;
    const matched = stats.matches[n - 1];
    if (matched === 0) {
      smoothing *= 2;
      precisions[n - 1] = 100 / (smoothing * total);
    } else {
      precisions[n - 1] = (100 * matched) / total;
    }
  }
  let logSum = 0;
  for (let n = 0; n < order; n++) logSum += sacreLog(precisions[n]);
  return { ...base, score: brevityPenalty * Math.exp(logSum / order) };
}

/** Corpus BLEU of parallel hypotheses and reference lists (references[i] are the references of segment i). */
export function corpusBleu(
  hypotheses: readonly string[],
  references: readonly (readonly string[])[],
  options: BleuOptions = {},
): BleuScore {
  if (hypotheses.length !== references.length) {
    throw new Error(`bleu: ${hypotheses.length} hypotheses but ${references.length} reference lists`);
  }
  const stats = hypotheses.reduce(
    (sum, hypothesis, i) => addBleuStats(sum, bleuSegmentStats(hypothesis, references[i], options)),
    EMPTY_BLEU_STATS,
  );
  return bleuFromStats(stats);
}
