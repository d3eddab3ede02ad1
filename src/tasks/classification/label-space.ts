import { InputError } from '../../io/errors.js';

/**
 * The golden labels define a suite's label space. A predicted label outside it is a wrong prediction (an
 * LLM classifier's occasional "other"), not a new class: only a change of the golden labels makes two
 * results incomparable. Predictions that share (almost) nothing with the golden labels are a mismatch of
 * files, not a bad model: that is an error naming the likely cause, never a silent 0.00.
 */

/** Share of predictions outside the golden labels above which the files, not the model, are wrong. */
const MISMATCH_SHARE = 0.5;
const SHOWN = 5;

export interface OutsideLabels {
  /** Predictions whose label is not a golden label. */
  readonly count: number;
  readonly total: number;
  /** Outside labels with their counts, most frequent first. */
  readonly labels: readonly (readonly [string, number])[];
}

/** Counts the predictions per predicted-vocabulary code that falls outside the golden labels. */
export function outsideLabels(
  predictedNames: readonly string[],
  goldenNames: ReadonlySet<string>,
  codes: ArrayLike<number> | readonly (readonly number[])[],
): OutsideLabels {
  const perCode = new Float64Array(predictedNames.length);
  let total = 0;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number | readonly number[];
    if (typeof c === 'number') {
      if (c >= 0) {
        perCode[c]++;
        total++;
      }
    } else {
      for (const v of c) perCode[v]++;
      total += c.length;
    }
  }
  const labels = predictedNames
    .map((name, c) => [name, perCode[c]] as const)
    .filter(([name, count]) => count > 0 && !goldenNames.has(name))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { count: labels.reduce((s, [, c]) => s + c, 0), total, labels };
}

const shown = (names: readonly string[]) =>
  names
    .slice(0, SHOWN)
    .map((n) => JSON.stringify(n))
    .join(', ') + (names.length > SHOWN ? ', …' : '');

/** Throws when the predictions' labels and the golden labels are evidently not the same vocabulary. */
export function assertLabelsMeet(
  outside: OutsideLabels,
  golden: readonly string[],
  where: { predictions: string; field: string },
): void {
  if (outside.total === 0 || outside.count / outside.total <= MISMATCH_SHARE) return;
  const predicted = outside.labels.map(([name]) => name);
  throw new InputError({
    file: where.predictions,
    field: where.field,
    message: `${outside.count} of ${outside.total} predictions name labels the golden set does not have: ${likelyCause(predicted, golden)}`,
  });
}

function likelyCause(predicted: readonly string[], golden: readonly string[]): string {
  const goldenSet = new Set(golden);
  const numeric = (s: string) => s.trim() !== '' && Number.isFinite(Number(s));
  const lower = new Map(golden.map((g) => [g.toLowerCase(), g]));
  const trimmed = new Map(golden.map((g) => [g.trim(), g]));
  const byCase = predicted.filter((p) => lower.has(p.toLowerCase()));
  if (byCase.length && byCase.length >= predicted.length / 2)
    return `they differ only in letter case (${JSON.stringify(byCase[0])} vs ${JSON.stringify(lower.get(byCase[0].toLowerCase()))}). Fix: write the predictions' labels exactly as the golden set does`;
  const bySpace = predicted.filter((p) => trimmed.has(p.trim()));
  if (bySpace.length && bySpace.length >= predicted.length / 2)
    return `they differ only in surrounding whitespace (${JSON.stringify(bySpace[0])} vs ${JSON.stringify(trimmed.get(bySpace[0].trim()))}). Fix: strip the labels`;
  const goldenNumeric = golden.every(numeric);
  const predictedNumeric = predicted.every(numeric);
  if (goldenNumeric !== predictedNumeric) {
    const [nums, names] = goldenNumeric ? ['golden labels', 'predictions'] : ['predictions', 'golden labels'];
    return `the ${nums} are numbers (${shown(goldenNumeric ? golden : predicted)}) but the ${names} are names (${shown(goldenNumeric ? predicted : golden)}). Fix: write the same label names on both sides (map class indices to names before writing predictions)`;
  }
  const some = predicted.filter((p) => goldenSet.has(p));
  return `predicted ${shown(predicted)}; golden labels ${shown(golden)}${some.length ? '' : ' — no label in common'}. Fix: check that the predictions file and prediction field belong to this golden set`;
}

/** The note a result carries when some predictions fall outside the golden labels. */
export function outsideLabelsNote(outside: OutsideLabels): string | null {
  if (outside.count === 0) return null;
  const list = outside.labels
    .slice(0, SHOWN)
    .map(([name, count]) => `${JSON.stringify(name)} ×${count}`)
    .join(', ');
  return `${outside.count} of ${outside.total} predictions name labels not in the golden set (${list}${
    outside.labels.length > SHOWN ? ', …' : ''
  }): counted as wrong predictions, not as new classes`;
}
