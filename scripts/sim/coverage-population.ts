/**
 * The populations of the interval coverage simulation (issue #16), each of POPULATION_SIZE paired examples.
 * Example i of a population is a pure function of (task, i) through a counter-based hash, so a golden set
 * of n examples is drawn without building the population, and the population's true deltas are computed
 * once (`npx tsx scripts/sim/coverage.ts --truth`) and committed in __tests__/fixtures/stats/coverage.json.
 *
 * - classification: 6 classes with priors 30/22/18/13/10/7%, the base model right with probability
 *   86…68% by class (≈ 80% overall), wrong labels drawn in proportion to the priors; the head keeps the
 *   base prediction for 85% of examples and re-draws the other 15% from a model 6 points worse per class.
 * - classification-20 (large slices, issue #15): 20 classes with refbench's Zipf(1.1) priors (31.3% down
 *   to 1.2%, so a golden set of 2,000 holds about 23 examples of the rarest class), the base model right
 *   with probability 86…67% by class rank, a wrong label the class's confuser (the next class) 40% of the
 *   time and else drawn in proportion to the priors; the head re-draws 15% of examples 6 points worse.
 * - ranking (MRR@10): the base ranks a relevant document in the top 10 for 70% of queries, at a
 *   geometric(0.45) rank; the head re-draws 15% of queries at 66% / geometric(0.40).
 * - generation (ROUGE-L F, the metric code of src/tasks/generation/rouge.ts): references of 6–17 tokens
 *   from a 40-word vocabulary; the base prediction keeps each token with probability 0.8 (else replaces
 *   it or drops it), the head re-draws 15% of predictions with probability 0.72.
 */
import { rougeScores } from '../../src/tasks/generation/rouge.js';

export const POPULATION_SIZE = 2_000_000;
export const CLASSES = 6;
const PRIORS = [0.3, 0.22, 0.18, 0.13, 0.1, 0.07];
const BASE_ACCURACY = [0.86, 0.82, 0.8, 0.76, 0.72, 0.68];
const REDRAW = 0.15;
const WORSE_BY = 0.06;

/** 32-bit avalanche hash (lowbias32, Wellons). */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Uniform in [0, 1) keyed by three integers (stream, example or trial, draw). */
export function uniformAt(stream: number, i: number, j: number): number {
  return mix(mix(mix(stream ^ 0x9e3779b9) ^ i) ^ Math.imul(j + 1, 0x85ebca6b)) / 4294967296;
}

/** A sequential generator over one (stream, key) pair. */
export function draws(stream: number, key: number): () => number {
  let j = 0;
  return () => uniformAt(stream, key, j++);
}

const STREAM = { classification: 11, ranking: 22, generation: 33, classification20: 44 } as const;

export const CLASSES_20 = 20;
const ZIPF = Array.from({ length: CLASSES_20 }, (_, c) => 1 / Math.pow(c + 1, 1.1));
const PRIORS_20 = ZIPF.map((z) => z / ZIPF.reduce((a, b) => a + b, 0));
const BASE_ACCURACY_20 = Array.from({ length: CLASSES_20 }, (_, c) => 0.86 - 0.01 * c);
const CONFUSER = 0.4;

function pick(weights: readonly number[], u: number, skip = -1): number {
  let total = 0;
  for (let c = 0; c < weights.length; c++) if (c !== skip) total += weights[c];
  let x = u * total;
  for (let c = 0; c < weights.length; c++) {
    if (c === skip) continue;
    x -= weights[c];
    if (x < 0) return c;
  }
  return skip === weights.length - 1 ? weights.length - 2 : weights.length - 1;
}

/** Example i of the classification population: (truth, base prediction, head prediction). */
export function classificationExample(i: number): [number, number, number] {
  const u = draws(STREAM.classification, i);
  const t = pick(PRIORS, u());
  const predict = (accuracy: number): number => (u() < accuracy ? t : pick(PRIORS, u(), t));
  const base = predict(BASE_ACCURACY[t]);
  const head = u() < REDRAW ? predict(BASE_ACCURACY[t] - WORSE_BY) : base;
  return [t, base, head];
}

/** Example i of the 20-class population: (truth, base prediction, head prediction). */
export function classification20Example(i: number): [number, number, number] {
  const u = draws(STREAM.classification20, i);
  const t = pick(PRIORS_20, u());
  const wrong = (): number => (u() < CONFUSER ? (t + 1) % CLASSES_20 : pick(PRIORS_20, u(), t));
  const predict = (accuracy: number): number => (u() < accuracy ? t : wrong());
  const base = predict(BASE_ACCURACY_20[t]);
  const head = u() < REDRAW ? predict(BASE_ACCURACY_20[t] - WORSE_BY) : base;
  return [t, base, head];
}

/** Example i of the ranking population: [base, head] reciprocal rank of the first relevant document @10. */
export function rankingExample(i: number): [number, number] {
  const u = draws(STREAM.ranking, i);
  const rr = (hit: number, p: number): number => {
    if (u() >= hit) return 0;
    const rank = Math.min(10, 1 + Math.floor(Math.log(1 - u()) / Math.log(1 - p)));
    return 1 / rank;
  };
  const base = rr(0.7, 0.45);
  return [base, u() < REDRAW ? rr(0.66, 0.4) : base];
}

/** Example i of the generation population: [base, head] ROUGE-L F against the example's reference. */
export function generationExample(i: number): [number, number] {
  const u = draws(STREAM.generation, i);
  const word = () => `w${Math.floor(40 * u() * u())}`; // skewed towards frequent words
  const length = 6 + Math.floor(u() * 12);
  const reference = Array.from({ length }, word);
  const predict = (keep: number): string =>
    reference.flatMap((w) => (u() < keep ? [w] : u() < 0.6 ? [word()] : [])).join(' ');
  const score = (prediction: string) => rougeScores(prediction, [reference.join(' ')]).rougeL.fmeasure;
  const basePrediction = predict(0.8);
  const base = score(basePrediction);
  return [base, u() < REDRAW ? score(predict(0.72)) : base];
}

/**
 * The classification population's true accuracy and macro-F1 deltas (a few seconds), and its counts of
 * the four (base, head) correctness cells: [both right, base right only, head right only, both wrong]
 * (scripts/sim/exact_coverage.py computes exact coverage of the accuracy interval from them).
 */
export function classificationTruth(
  size = POPULATION_SIZE,
  example = classificationExample,
  classes = CLASSES,
): {
  accuracy: number;
  macro_f1: number;
  cells: [number, number, number, number];
} {
  const confusion = [new Float64Array(classes * classes), new Float64Array(classes * classes)];
  const cells: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < size; i++) {
    const [t, b, h] = example(i);
    confusion[0][t * classes + b]++;
    confusion[1][t * classes + h]++;
    cells[b === t ? (h === t ? 0 : 1) : h === t ? 2 : 3]++;
  }
  const acc = (cm: Float64Array) => {
    let s = 0;
    for (let c = 0; c < classes; c++) s += cm[c * classes + c];
    return s / size;
  };
  return {
    accuracy: acc(confusion[1]) - acc(confusion[0]),
    macro_f1: macroF1(confusion[1], classes) - macroF1(confusion[0], classes),
    cells,
  };
}

/** The 20-class population's true deltas, keyed as truthKey('classification-20', metric) (seconds). */
export function classification20Truth(size = POPULATION_SIZE): Record<string, number> {
  const { accuracy, macro_f1 } = classificationTruth(size, classification20Example, CLASSES_20);
  return { 'classification-20:accuracy': accuracy, 'classification-20:macro_f1': macro_f1 };
}

/** All the populations' true deltas (head − base), over all POPULATION_SIZE examples (minutes: ROUGE-L). */
export function populationTruth(size = POPULATION_SIZE): Record<string, number> {
  let rank = 0;
  let gen = 0;
  for (let i = 0; i < size; i++) {
    const [rb, rh] = rankingExample(i);
    rank += rh - rb;
    const [gb, gh] = generationExample(i);
    gen += gh - gb;
  }
  const { accuracy, macro_f1 } = classificationTruth(size);
  return { accuracy, macro_f1, 'mrr@10': rank / size, rougeL: gen / size, ...classification20Truth(size) };
}

/** scikit-learn's macro F1 (zero_division 0, classes present in truth or prediction). */
export function macroF1(cm: Float64Array, classes = CLASSES): number {
  let sum = 0;
  let present = 0;
  for (let c = 0; c < classes; c++) {
    let row = 0;
    let col = 0;
    for (let k = 0; k < classes; k++) {
      row += cm[c * classes + k];
      col += cm[k * classes + c];
    }
    if (row + col === 0) continue;
    present++;
    sum += (2 * cm[c * classes + c]) / (row + col);
  }
  return sum / present;
}
