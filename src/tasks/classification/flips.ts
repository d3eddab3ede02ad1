import {
  FLIP,
  flipStatus,
  labelFocus,
  type ConfusionShift,
  type FlipInput,
  type FlipResult,
} from '../flip.js';

/** Confusion pairs listed per slice: the ones whose count grew most. */
export const CONFUSION_SHIFTS_LISTED = 5;
const NONE = '(none)';

/**
 * Classification flips: an example is right when its predicted label is its true label (multilabel: the
 * predicted set is the true set; on a label slice, the class is predicted for its own examples). A label
 * slice (`label=X`) counts only the examples whose true label is X.
 */
export function classificationFlips(input: FlipInput): FlipResult {
  const { base, head } = input;
  if (!head.columns.get('truth') || !head.columns.get('pred') || !base.columns.get('pred'))
    return { unavailable: 'the results store no per-example labels (truth, pred)' };
  return input.headSuite.task_type === 'multilabel' ? multilabelFlips(input) : singleLabelFlips(input);
}

/** The labels both definitions read, in columns of the matched rows; `n` paired rows. */
interface LabelColumns {
  readonly truth: ArrayLike<number>;
  readonly basePred: ArrayLike<number>;
  readonly headPred: ArrayLike<number>;
  /** The class of a label slice, else undefined. */
  readonly focus: number | undefined;
  readonly n: number;
}

function labelColumns(input: FlipInput): LabelColumns {
  return {
    truth: input.head.columns.get('truth')!,
    basePred: input.base.columns.get('pred')!,
    headPred: input.head.columns.get('pred')!,
    focus: labelFocus(input.slice),
    n: input.headRows.length,
  };
}

// Every flip's severity is 1: one shared array of ones for all slices (they only read it).
let ONES = new Float64Array(0);

function ones(n: number): Float64Array {
  if (ONES.length < n) ONES = new Float64Array(n).fill(1);
  return ONES.subarray(0, n);
}

/** Every flip counts the same; each side of paired row i shown by `show(column, row)`. */
function labelOutcomes(
  input: FlipInput,
  columns: LabelColumns,
  definition: string,
  status: Uint8Array,
  show: (column: ArrayLike<number>, row: number) => string,
): FlipResult {
  const { baseRows, headRows } = input;
  const { truth, basePred, headPred, n } = columns;
  return {
    definition,
    status,
    severity: ones(n),
    describe: (i) => ({
      truth: show(truth, headRows[i]),
      base: show(basePred, baseRows[i]),
      head: show(headPred, headRows[i]),
    }),
  };
}

function singleLabelFlips(input: FlipInput): FlipResult {
  const { baseRows, headRows } = input;
  const labels = input.headSuite.labels;
  const columns = labelColumns(input);
  const { truth, basePred, headPred, focus, n } = columns;
  const status = new Uint8Array(n);
  const added: number[] = [];
  let removed = 0;
  // the counted rows' confusion pairs on each side, in the same pass (column k: no prediction)
  const k = labels.length;
  const w = k + 1;
  const baseCounts = new Float64Array(k * w);
  const headCounts = new Float64Array(k * w);
  for (let i = 0; i < n; i++) {
    const t = truth[headRows[i]];
    const bp = basePred[baseRows[i]];
    const hp = headPred[headRows[i]];
    if (focus !== undefined && t !== focus) {
      status[i] = FLIP.excluded;
      // another class's example: a false positive of the class when predicted as it
      const was = bp === focus;
      const is = hp === focus;
      if (is && !was) added.push(i);
      else if (was && !is) removed++;
      continue;
    }
    status[i] = flipStatus(bp === t, hp === t);
    const b = bp >= 0 && bp < k ? bp : k;
    const h = hp >= 0 && hp < k ? hp : k;
    if (b !== t) baseCounts[t * w + b]++;
    if (h !== t) headCounts[t * w + h]++;
  }
  const definition =
    focus === undefined
      ? 'predicted label right → wrong'
      : `examples labelled ${labels[focus]}: predicted right → wrong`;
  const name = (column: ArrayLike<number>, row: number) => {
    const c = column[row];
    return c >= 0 && c < labels.length ? labels[c] : NONE;
  };
  return {
    ...labelOutcomes(input, columns, definition, status, name),
    confusion: confusionShifts(labels, baseCounts, headCounts),
    ...(focus === undefined ? {} : { falsePositives: { added, removed } }),
  };
}

/** The (true, predicted) pairs whose count grew most from base to head, among the slice's counted rows. */
function confusionShifts(
  labels: readonly string[],
  baseCounts: Float64Array,
  headCounts: Float64Array,
): ConfusionShift[] {
  const k = labels.length;
  const w = k + 1; // column k: no prediction
  const grown: { t: number; p: number; base: number; head: number }[] = [];
  for (let t = 0; t < k; t++)
    for (let p = 0; p < w; p++) {
      const b = baseCounts[t * w + p];
      const h = headCounts[t * w + p];
      if (h > b) grown.push({ t, p, base: b, head: h });
    }
  grown.sort((x, y) => y.head - y.base - (x.head - x.base) || y.head - x.head || x.t - y.t || x.p - y.p);
  return grown.slice(0, CONFUSION_SHIFTS_LISTED).map((g) => ({
    truth: labels[g.t],
    predicted: g.p < k ? labels[g.p] : NONE,
    base: g.base,
    head: g.head,
  }));
}

function multilabelFlips(input: FlipInput): FlipResult {
  const { baseRows, headRows } = input;
  const labels = input.headSuite.labels;
  const k = labels.length;
  const columns = labelColumns(input);
  const { truth, basePred, headPred, focus, n } = columns;
  const status = new Uint8Array(n);
  const sameSet = (pred: ArrayLike<number>, p: number, t: number) => {
    for (let c = 0; c < k; c++) if (!pred[p * k + c] !== !truth[t * k + c]) return false;
    return true;
  };
  for (let i = 0; i < n; i++) {
    const t = headRows[i];
    const b = baseRows[i];
    if (focus !== undefined) {
      if (!truth[t * k + focus]) status[i] = FLIP.excluded;
      else status[i] = flipStatus(!!basePred[b * k + focus], !!headPred[t * k + focus]);
    } else status[i] = flipStatus(sameSet(basePred, b, t), sameSet(headPred, t, t));
  }
  const definition =
    focus === undefined
      ? 'predicted label set equal to the true set → not equal'
      : `examples labelled ${labels[focus]}: label predicted → missed`;
  const set = (bits: ArrayLike<number>, row: number) => {
    const names = labels.filter((_, c) => bits[row * k + c]);
    return names.length ? names.join(', ') : NONE;
  };
  return labelOutcomes(input, columns, definition, status, set);
}
