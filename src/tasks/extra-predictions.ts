// Predictions whose id is not in the golden set. `extra_predictions: error` stops at the first one (file:line);
// `ignore` (the default for ranking, as trec_eval ignores run queries without judgements) leaves them out and
// the suite's notes say how many, so nothing is dropped silently.
import type { ResolvedSuite } from '../spec/config.js';
import { InputError, quote } from '../io/errors.js';
import { ownsId } from './shard-rows.js';

const ignored = new WeakMap<ResolvedSuite, ExtraPredictions>();

/**
 * Called by a join for each prediction whose id is not in the golden set: throws the one-line error under
 * `error`, counts it under `ignore`.
 */
export function extraPrediction(
  suite: ResolvedSuite,
  at: { file: string; line: number; id: string; golden: string; what?: string; field?: string },
): void {
  if (!ownsId(suite.shard, at.id)) return; // another shard's row: reported there
  if (suite.extraPredictions !== 'ignore') {
    throw new InputError({
      file: at.file,
      line: at.line,
      field: at.field ?? suite.fields.id,
      message: `${at.what ?? 'prediction for unknown id'} ${quote(at.id)}: it is not in the golden set ${at.golden} (extra_predictions: ignore leaves such rows out)`,
    });
  }
  const seen = ignored.get(suite);
  if (seen) seen.count++;
  else ignored.set(suite, { count: 1, first: at.id, line: at.line, file: at.file });
}

/** Predictions left out of a suite's last join: how many, the first (id, line) and the file. */
export interface ExtraPredictions {
  count: number;
  first: string;
  line: number;
  file: string;
}

/** The ignored predictions of the suite's last join (and forgets them), or undefined. */
export function takeExtraPredictions(suite: ResolvedSuite): ExtraPredictions | undefined {
  const seen = ignored.get(suite);
  ignored.delete(suite);
  return seen;
}

/** The note for the predictions ignored in the suite's last join (and forgets them), or undefined. */
export function takeExtraPredictionsNote(suite: ResolvedSuite): string | undefined {
  return extraPredictionsNote(takeExtraPredictions(suite));
}

export function extraPredictionsNote(seen: ExtraPredictions | undefined): string | undefined {
  if (!seen) return undefined;
  const rows = seen.count === 1 ? '1 prediction' : `${seen.count.toLocaleString('en-US')} predictions`;
  return `${seen.file}: ignored ${rows} whose id is not in the golden set (first: ${quote(seen.first)}; extra_predictions: ignore).`;
}
