import { InputError, quote } from '../../io/errors.js';
import type { ResolvedSuite } from '../../spec/config.js';
import type { Vocab } from './decode.js';
import type { GoldenColumns } from './golden-columns.js';
import { assertLabelsMeet, outsideLabels, outsideLabelsNote, type OutsideLabels } from './label-space.js';
import type { PredictionColumns } from './prediction-columns.js';
import type { LineNumbers } from '../../util/line-numbers.js';
import type { Codes } from '../../util/growing-column.js';
import { scoredLabelOrder } from './score-terms.js';

/**
 * A suite's classes in their final order (configured labels, score keys, or the golden labels sorted) and
 * the maps from the golden and predicted vocabularies to them.
 */

const numericOrder = (a: string, b: string) => Number(a) - Number(b);
const textOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface LabelSpace {
  names: string[];
  goldenMap: Int32Array;
  predMap: Int32Array;
  /** final class -> score column */
  scoreColumn: Int32Array | null;
  /** The note on predictions outside the golden labels, if any. */
  note: string | null;
}

function firstLine(
  codes: Codes | number[][] | null,
  lines: LineNumbers,
  vocabIndex: number,
): number | undefined {
  if (!codes) return undefined;
  for (let i = 0; i < codes.length; i++) {
    const v = codes[i];
    if (typeof v === 'number' ? v === vocabIndex : v.includes(vocabIndex)) return lines.at(i);
  }
  return undefined;
}

export function resolveLabels(
  suite: ResolvedSuite,
  golden: GoldenColumns,
  preds: PredictionColumns,
): LabelSpace {
  const scoreKeys = preds.scoreKeys ?? [];
  let names: string[];
  let outside: OutsideLabels | null = null;
  if (suite.labels) {
    names = [...suite.labels];
    const allowed = new Set(names);
    const check = (
      vocab: Vocab,
      file: string,
      field: string,
      codes: Codes | number[][] | null,
      lines: LineNumbers,
    ) => {
      vocab.names.forEach((name, idx) => {
        if (!allowed.has(name)) {
          throw new InputError({
            file,
            line: firstLine(codes, lines, idx),
            field,
            message: `label ${quote(name)} is not in the configured labels (${names.map((n) => quote(n)).join(', ')})`,
          });
        }
      });
    };
    check(golden.labels, golden.file, suite.fields.label, golden.truthSets ?? golden.truth, golden.lines);
    check(preds.labels, preds.file, suite.fields.prediction, preds.predSets ?? preds.pred, preds.lines);
  } else if (preds.scoreKeys) {
    // with scores, the classes are the score keys (every label must have one); the order is fixed before
    // the predictions are joined, as ScoreTerms computes top-k ties and the binary positive class with it
    const keys = new Set(preds.scoreKeys);
    const missing = (vocab: Vocab) => vocab.names.findIndex((name) => !keys.has(name));
    const g = missing(golden.labels);
    const p = missing(preds.labels);
    if (g >= 0 || p >= 0) {
      const fromGolden = g >= 0;
      const name = fromGolden ? golden.labels.names[g] : preds.labels.names[p];
      throw new InputError({
        file: fromGolden ? golden.file : preds.file,
        line: fromGolden
          ? firstLine(golden.truthSets ?? golden.truth, golden.lines, g)
          : firstLine(preds.predSets ?? preds.pred, preds.lines, p),
        field: suite.fields.scores,
        message: `label ${quote(name)} has no score: the scores must cover every label (${preds.file} rows have ${preds.scoreKeys.length})`,
      });
    }
    names = scoredLabelOrder(suite, golden, preds.scoreKeys);
  } else {
    // the golden labels are the label space; predictions outside it are wrong, not new classes
    const numeric =
      golden.labels.allNumeric &&
      golden.labels.names.every((n) => n.trim() !== '' && Number.isFinite(Number(n)));
    names = [...new Set([...golden.labels.names, ...scoreKeys])].sort(numeric ? numericOrder : textOrder);
    outside = outsideLabels(preds.labels.names, new Set(names), preds.predSets ?? preds.pred);
    assertLabelsMeet(outside, names, { predictions: preds.file, field: suite.fields.prediction });
  }
  const index = new Map(names.map((n, i) => [n, i]));
  const goldenMap = Int32Array.from(golden.labels.names, (n) => index.get(n)!);
  // a label outside the space maps to the "no valid prediction" column k: always wrong
  const predMap = Int32Array.from(preds.labels.names, (n) => index.get(n) ?? names.length);
  let scoreColumn: Int32Array | null = null;
  if (preds.scoreKeys) {
    const column = new Map(preds.scoreKeys.map((key, j) => [key, j]));
    for (const key of preds.scoreKeys) {
      if (!index.has(key)) {
        throw new InputError({
          file: preds.file,
          line: preds.lines.at(0),
          field: `${suite.fields.scores}.${key}`,
          message: `score for a label that is not in the configured labels`,
        });
      }
    }
    scoreColumn = Int32Array.from(names, (name) => {
      const j = column.get(name);
      if (j === undefined) {
        const g = golden.labels.names.indexOf(name);
        const line = g >= 0 ? firstLine(golden.truthSets ?? golden.truth, golden.lines, g) : undefined;
        throw new InputError({
          file: g >= 0 ? golden.file : preds.file,
          line: g >= 0 ? line : preds.lines.at(0),
          field: suite.fields.scores,
          message: `label ${quote(name)} has no score: the scores must cover every label (${preds.file} rows have ${preds.scoreKeys!.length})`,
        });
      }
      return j;
    });
  }
  return { names, goldenMap, predMap, scoreColumn, note: outside ? outsideLabelsNote(outside) : null };
}
