/**
 * Reading the golden set and predictions of the task families whose records carry free-form content
 * (generation, spans, judged scores): one record per example id, slice fields interned into codes, a
 * golden-content hash per example, and a join of predictions to golden examples by id. Classification
 * has its own columnar (parallel) decoder; these files are text-heavy and read on the main thread.
 */
import { extraPrediction } from './extra-predictions.js';
import type { ResolvedSuite } from '../spec/config.js';
import { InputError, quote } from '../io/errors.js';
import { readRecords, type RecordFormat } from '../io/records.js';
import { idText, sliceValueText } from '../io/record-values.js';
import type { FieldColumn } from '../spec/slices.js';
import { FingerprintAccumulator } from '../util/hash.js';
import type { IdSource } from '../util/id-list.js';
import { ownsId } from './shard-rows.js';

export type DataRecord = Record<string, unknown>;

/**
 * A CSV cell cannot hold an array: a cell that reads as a JSON array (`["B-PER","O"]`) is taken as one.
 * Other values, and every value of JSONL/JSON files, are returned as they are.
 */
export function arrayCell(value: unknown, format: RecordFormat | undefined): unknown {
  if (format !== 'csv' || typeof value !== 'string' || !value.trimStart().startsWith('[')) return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : value;
  } catch {
    return value;
  }
}

/** The slice fields a suite needs from its golden set. */
export function sliceFieldsOf(suite: ResolvedSuite): string[] {
  return [...new Set(suite.slices.flatMap((s) => (typeof s === 'string' ? [s] : [...s])))];
}

export interface KeyedGolden<T> {
  readonly file: string;
  readonly n: number;
  readonly ids: string[];
  readonly lines: Int32Array;
  readonly items: T[];
  readonly slices: FieldColumn[];
  readonly fingerprint: string;
  readonly recordHashes: Uint32Array;
  readonly index: ReadonlyMap<string, number>;
}

/**
 * Reads the golden set. `read` turns a record into the family's item and returns, with it, the text that
 * identifies its golden content (hashed with the id and slice values into the fingerprint and the
 * per-example `golden` column, so relabelled examples are detected).
 */
export async function readKeyedGolden<T>(
  suite: ResolvedSuite,
  read: (record: DataRecord, line: number, file: string) => { item: T; content: string },
): Promise<KeyedGolden<T>> {
  const file = suite.golden.display;
  const sliceFields = sliceFieldsOf(suite);
  const ids: string[] = [];
  const lines: number[] = [];
  const items: T[] = [];
  const index = new Map<string, number>();
  const vocabs = sliceFields.map(() => new Map<string, number>());
  const values = sliceFields.map((): string[] => []);
  const codes = sliceFields.map((): number[] => []);
  const fingerprint = new FingerprintAccumulator();
  const recordHashes: number[] = [];
  await readRecords(
    suite.golden.path,
    (record, line) => {
      const id = idText(record[suite.fields.id], file, line, suite.fields.id);
      const first = index.get(id);
      if (first !== undefined) {
        throw new InputError({
          file,
          line,
          field: suite.fields.id,
          message: `duplicate id ${quote(id)} (first at line ${lines[first]})`,
        });
      }
      const { item, content } = read(record, line, file);
      fingerprint.begin();
      fingerprint.add(id);
      fingerprint.add(content);
      sliceFields.forEach((field, f) => {
        const v = sliceValueText(record[field]);
        let code = vocabs[f].get(v);
        if (code === undefined) {
          code = values[f].length;
          vocabs[f].set(v, code);
          values[f].push(v);
        }
        codes[f].push(code);
        fingerprint.add(v);
      });
      recordHashes.push(fingerprint.end());
      index.set(id, ids.length);
      ids.push(id);
      lines.push(line);
      items.push(item);
    },
    { format: suite.golden.format, displayName: file },
  );
  if (ids.length === 0) throw new InputError({ file, message: 'the golden set has no examples' });
  return {
    file,
    n: ids.length,
    ids,
    lines: Int32Array.from(lines),
    items,
    slices: sliceFields.map((field, f) => ({ field, values: values[f], codes: Int32Array.from(codes[f]) })),
    fingerprint: fingerprint.digest(ids.length),
    recordHashes: Uint32Array.from(recordHashes),
    index,
  };
}

export interface KeyedRow<P> {
  readonly id: string;
  readonly line: number;
  readonly item: P;
}

export interface KeyedPredictions<P> {
  readonly file: string;
  readonly rows: readonly KeyedRow<P>[];
}

/** Reads the predictions file: one row per record, in file order. */
export async function readKeyedPredictions<P>(
  suite: ResolvedSuite,
  read: (record: DataRecord, line: number, file: string) => P,
): Promise<KeyedPredictions<P>> {
  const file = suite.predictions.display;
  const rows: KeyedRow<P>[] = [];
  await readRecords(
    suite.predictions.path,
    (record, line) => {
      const id = idText(record[suite.fields.id], file, line, suite.fields.id);
      rows.push({ id, line, item: read(record, line, file) });
    },
    { format: suite.predictions.format, displayName: file },
  );
  return { file, rows };
}

/** Both files of a suite, read at the same time (readKeyedGolden, readKeyedPredictions, settleGoldenFirst). */
export async function readKeyedFiles<T, P>(
  suite: ResolvedSuite,
  readGolden: (record: DataRecord, line: number, file: string) => { item: T; content: string },
  readPrediction: (record: DataRecord, line: number, file: string) => P,
): Promise<{ golden: KeyedGolden<T>; predictions: KeyedPredictions<P> }> {
  const [golden, predictions] = await settleGoldenFirst([
    readKeyedGolden(suite, readGolden),
    readKeyedPredictions(suite, readPrediction),
  ]);
  return { golden, predictions };
}

/**
 * Joins one prediction row to each golden example: errors on unknown and duplicate ids and, unless the
 * suite counts them as wrong, on golden examples without a prediction. Returns each example's row or −1.
 */
export function joinOne<T, P>(
  suite: ResolvedSuite,
  golden: KeyedGolden<T>,
  predictions: KeyedPredictions<P>,
): { rowOf: Int32Array; missing: number } {
  const rowOf = new Int32Array(golden.n).fill(-1);
  predictions.rows.forEach((row, r) => {
    const gi = golden.index.get(row.id);
    if (gi === undefined) {
      extraPrediction(suite, { file: predictions.file, line: row.line, id: row.id, golden: golden.file });
      return;
    }
    if (rowOf[gi] >= 0) {
      throw new InputError({
        file: predictions.file,
        line: row.line,
        field: suite.fields.id,
        message: `duplicate id ${quote(row.id)} (first at line ${predictions.rows[rowOf[gi]].line})`,
      });
    }
    rowOf[gi] = r;
  });
  return { rowOf, missing: checkMissing(suite, golden, predictions.file, (i) => rowOf[i] >= 0) };
}

/** Both files read at the same time (readKeyedFiles), then one prediction joined to each example (joinOne). */
export async function readJoinedOne<T, P>(
  suite: ResolvedSuite,
  readGolden: (record: DataRecord, line: number, file: string) => { item: T; content: string },
  readPrediction: (record: DataRecord, line: number, file: string) => P,
): Promise<{ golden: KeyedGolden<T>; predictions: KeyedPredictions<P>; rowOf: Int32Array; missing: number }> {
  const { golden, predictions } = await readKeyedFiles(suite, readGolden, readPrediction);
  return { golden, predictions, ...joinOne(suite, golden, predictions) };
}

/** Groups prediction rows by golden example (several runs per example); same error policy as joinOne. */
export function joinMany<T, P>(
  suite: ResolvedSuite,
  golden: KeyedGolden<T>,
  predictions: KeyedPredictions<P>,
): { rowsOf: number[][]; missing: number } {
  const rowsOf: number[][] = Array.from({ length: golden.n }, () => []);
  predictions.rows.forEach((row, r) => {
    const gi = golden.index.get(row.id);
    if (gi === undefined) {
      extraPrediction(suite, { file: predictions.file, line: row.line, id: row.id, golden: golden.file });
      return;
    }
    rowsOf[gi].push(r);
  });
  return { rowsOf, missing: checkMissing(suite, golden, predictions.file, (i) => rowsOf[i].length > 0) };
}

/**
 * The number of golden examples without a prediction (`has(i)` false); unless the suite counts them as
 * wrong, the first one is an error naming its line.
 */
export function checkMissing(
  suite: ResolvedSuite,
  golden: {
    readonly file: string;
    readonly n: number;
    readonly ids: IdSource;
    readonly lines: Int32Array;
  },
  predictionsFile: string,
  has: (i: number) => boolean,
): number {
  let missing = 0;
  let first = -1;
  for (let i = 0; i < golden.n; i++) {
    // a shard answers for the examples it owns only
    if (has(i) || (suite.shard && !ownsId(suite.shard, golden.ids.at(i)!))) continue;
    missing++;
    if (first < 0) first = i;
  }
  if (missing > 0 && suite.missingPredictions === 'error') {
    throw new InputError({
      file: golden.file,
      line: golden.lines[first],
      field: suite.fields.id,
      message: `no prediction for id ${quote(golden.ids.at(first)!)} in ${predictionsFile} (${missing} golden example(s) have none; set missing_predictions: count_as_wrong to score them as wrong)`,
    });
  }
  return missing;
}

/**
 * Like Promise.all for [golden, predictions] read at the same time, but when both fail the golden set's
 * error is the one reported, whichever finished first: the same input always gives the same message.
 */
export async function settleGoldenFirst<A, B>(reads: [Promise<A>, Promise<B>]): Promise<[A, B]> {
  const [golden, predictions] = await Promise.allSettled(reads);
  if (golden.status === 'rejected') throw golden.reason;
  if (predictions.status === 'rejected') throw predictions.reason;
  return [golden.value, predictions.value];
}
