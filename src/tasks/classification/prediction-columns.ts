import { InputError, describeType, quote } from '../../io/errors.js';
import type { GoldenColumns } from './golden-columns.js';
import { idBytesOf, releaseIdColumn } from '../../util/id-column.js';
import type { IdBytes } from '../../util/id-list.js';
import { NumberRow, type RecordScanner } from '../../io/json-scan.js';
import { OpsReader, mergeOpsRows, opsFieldNames, type OpsRows } from '../ops/fields.js';
import {
  mergeLabelledParts,
  partCommon,
  readLabelledRows,
  type ClassificationReadSpec,
  type DataSource,
  type DecodedPart,
  type PartOptions,
  type Vocab,
} from './decode.js';

/** The predictions file of a classification suite: predicted labels, scores and operational fields. */

export interface PredictionPart extends DecodedPart {
  readonly pred: Int32Array | null;
  readonly predSets: number[][] | null;
  readonly scoreKeys: string[] | null;
  /** Line (part-relative) of the row that fixed the score keys. */
  readonly scoreKeysLine: number;
  /** Row-major probabilities in scoreKeys order; set to null once consumed (see ScoreTerms). */
  scores: Float64Array | null;
  /** Latency and cost per row, when the suite computes operational metrics. */
  readonly ops?: OpsRows | null;
  /** Per row: the golden example with its id, or −1 (set once the golden set is merged: joinPart). */
  goldenRows?: Int32Array;
  /** The part's ids, kept by joinPart only when some row's id is not in the golden set (for its text). */
  unmatchedIds?: IdBytes | null;
}

/**
 * Looks each of a part's ids up in the golden set once (bytes against bytes); the score terms and the join
 * both use it. A row with a golden example has that example's id, so the part's own ids are let go unless
 * some id is not in the golden set.
 */
export function joinPart(golden: GoldenColumns, part: PredictionPart): Int32Array {
  const rows = new Int32Array(part.n);
  golden.byId.join(part.ids, rows);
  const unmatched = rows.includes(-1);
  part.goldenRows = rows;
  part.unmatchedIds = unmatched ? idBytesOf(part.ids) : null;
  if (!unmatched) releaseIdColumn(part.ids);
  return rows;
}

export async function decodePredictionPart(
  source: DataSource,
  spec: ClassificationReadSpec,
  options: PartOptions = {},
): Promise<PredictionPart> {
  const file = source.display;
  const scoresField = spec.scoresField;
  let scoreKeys: string[] | null = null;
  let scoreKeysLine = 0;
  let scoreIndex: Map<string, number> | null = null;
  let scores = new Float64Array(0);
  let used = 0;
  const opsReader = spec.ops ? new OpsReader(spec.ops, file) : null;
  let scanner: RecordScanner | null = null;

  const readScores = (obj: unknown, line: number): void => {
    if (obj instanceof NumberRow) return readNumberRow(obj.values, line);
    if (typeof obj === 'string') obj = parseScoresCell(obj, file, line, scoresField!);
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
      throw new InputError({
        file,
        line,
        field: scoresField,
        message: `expected an object of label -> probability, got ${describeType(obj)}`,
      });
    }
    const entries = obj as Record<string, unknown>;
    if (scoreKeys === null) {
      scoreKeys = Object.keys(entries);
      scoreKeysLine = line;
      if (scoreKeys.length < 2)
        throw new InputError({
          file,
          line,
          field: scoresField,
          message: 'expected scores for at least 2 labels',
        });
      scoreIndex = new Map(scoreKeys.map((key, i) => [key, i]));
      // rows in the part, estimated from the first row's length, so the matrix is rarely regrown
      const bytes = options.range ? options.range.end - options.range.start : 0;
      const rowBytes = scanner?.lineBytes ?? 0;
      const estimate = bytes && rowBytes ? Math.ceil((bytes / rowBytes) * 1.1) : 4096;
      scores = new Float64Array(Math.max(4096, Math.min(estimate, 1 << 22)) * scoreKeys.length);
      scanner?.expectNumberKeys(scoreKeys);
    }
    const keys = scoreKeys;
    const K = keys.length;
    if (used + K > scores.length) {
      const grown = new Float64Array(scores.length * 2);
      grown.set(scores);
      scores = grown;
    }
    let count = 0;
    for (const key in entries) {
      // Rows almost always list their keys in the first row's order: compare before looking up.
      const j = count < K && keys[count] === key ? count : scoreIndex!.get(key);
      if (j === undefined) {
        throw new InputError({
          file,
          line,
          field: `${scoresField}.${key}`,
          message: `unexpected label: the first row's scores cover ${K} labels and not this one`,
        });
      }
      const v = entries[key];
      if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
        const message =
          typeof v === 'number' && Number.isFinite(v)
            ? `expected a probability in [0, 1], got ${v}`
            : `expected a finite number, got ${describeType(v)}`;
        throw new InputError({ file, line, field: `${scoresField}.${key}`, message });
      }
      scores[used + j] = v;
      count++;
    }
    if (count !== K) {
      const missing = keys.find((key) => !(key in entries));
      throw new InputError({
        file,
        line,
        field: `${scoresField}.${missing}`,
        message: `missing score: every row must cover the same ${K} labels`,
      });
    }
    used += K;
  };

  // a row the scanner read in the first row's key order: the same checks as above, in the same order
  const readNumberRow = (values: Float64Array, line: number): void => {
    const keys = scoreKeys!;
    const K = keys.length;
    if (used + K > scores.length) {
      const grown = new Float64Array(scores.length * 2);
      grown.set(scores);
      scores = grown;
    }
    for (let j = 0; j < K; j++) {
      const v = values[j];
      if (!(v >= 0 && v <= 1)) {
        const message = Number.isFinite(v)
          ? `expected a probability in [0, 1], got ${v}`
          : `expected a finite number, got ${describeType(v)}`;
        throw new InputError({ file, line, field: `${scoresField}.${keys[j]}`, message });
      }
      scores[used + j] = v;
    }
    used += K;
  };

  const label = { name: spec.predictionField, missing: 'missing prediction', nullIsMissing: true };
  const rows = await readLabelledRows(
    source,
    spec,
    label,
    { ...options, onScanner: (s) => (scanner = s) },
    (record, line) => {
      if (scoresField !== undefined) readScores(record[scoresField], line);
      opsReader?.read(record, line);
    },
    {
      names: [
        ...(scoresField !== undefined ? [scoresField] : []),
        ...(spec.ops ? opsFieldNames(spec.ops) : []),
      ],
      numbers: scoresField,
    },
  );
  return {
    ...partCommon(rows.ids, rows.lines, rows.labels, rows.lineCount),
    pred: rows.sets ? null : Int32Array.from(rows.codes),
    predSets: rows.sets,
    scoreKeys,
    scoreKeysLine,
    // a matrix at most 10% too long travels as is (a view): copying it would churn the C heap
    scores: scoreKeys
      ? used >= 0.9 * scores.length
        ? scores.subarray(0, used)
        : scores.slice(0, used)
      : null,
    ops: opsReader?.rows() ?? null,
  };
}

export interface PredictionColumns {
  readonly file: string;
  readonly n: number;
  readonly lines: Int32Array;
  readonly labels: Vocab;
  readonly pred: Int32Array;
  readonly predSets: number[][] | null;
  /** Score keys in the order of the first row; every row covers exactly these keys. */
  readonly scoreKeys: string[] | null;
  readonly scores: ScoreRows | null;
  /** Per prediction row: latency and cost, when the suite computes operational metrics. */
  readonly ops: OpsRows | null;
  /** Per prediction row: its golden example or −1 (every part was joined: joinPart). */
  readonly goldenRows: Int32Array;
  /** The id of prediction row r, as text (for a message: decoded on demand). */
  readonly idText: (r: number) => string;
}

/**
 * The prediction rows' probabilities, row-major in scoreKeys order, kept in the chunks the parts were
 * decoded into (concatenating them would briefly need twice the memory: 320 MB at 1M rows × 20 labels).
 */
export class ScoreRows {
  private readonly chunkOfRow: Uint16Array;

  constructor(
    readonly width: number,
    readonly chunks: readonly Float64Array[],
    private readonly firstRow: readonly number[],
    rows: number,
  ) {
    this.chunkOfRow = new Uint16Array(rows);
    for (let c = 0; c < chunks.length; c++)
      this.chunkOfRow.fill(c, firstRow[c], c + 1 < chunks.length ? firstRow[c + 1] : rows);
  }

  /** The chunk holding row r; its values start at offsetOf(r). */
  chunkOf(r: number): Float64Array {
    return this.chunks[this.chunkOfRow[r]];
  }

  offsetOf(r: number): number {
    return (r - this.firstRow[this.chunkOfRow[r]]) * this.width;
  }
}

export function mergePredictionParts(
  golden: GoldenColumns,
  parts: readonly PredictionPart[],
  spec: ClassificationReadSpec,
  file: string,
  lineOffsets: readonly number[],
): PredictionColumns {
  const n = parts.reduce((s, p) => s + p.n, 0);
  const withKeys = parts.filter((p) => p.scoreKeys);
  const scoreKeys = withKeys.length ? withKeys[0].scoreKeys! : null;
  const K = scoreKeys?.length ?? 0;
  const chunks: Float64Array[] = [];
  const firstRow: number[] = [];
  const merged = mergeLabelledParts(
    parts,
    spec.multilabel,
    lineOffsets,
    (part) => ({ codes: part.pred, sets: part.predSets }),
    (part, p, first) => {
      if (!scoreKeys || !part.scoreKeys) return;
      checkScoreKeys(part, scoreKeys, spec, file, lineOffsets[p]);
      if (part.scores) {
        chunks.push(alignColumns(part, scoreKeys));
        firstRow.push(first);
      }
    },
  );
  // all parts keep their scores, or none does (they were consumed into per-example terms)
  const scores =
    scoreKeys && chunks.length === withKeys.length ? new ScoreRows(K, chunks, firstRow, n) : null;
  const ops = spec.ops ? mergeOpsRows(parts.map((p) => p.ops!)) : null;
  const goldenRows = new Int32Array(n);
  // the parts whose ids are kept (some id not in the golden set), by first row
  const unmatched: { first: number; ids: IdBytes }[] = [];
  let at = 0;
  for (const p of parts) {
    if (!p.goldenRows) throw new Error('mergePredictionParts: a part was not joined to the golden set');
    goldenRows.set(p.goldenRows, at);
    if (p.unmatchedIds) unmatched.push({ first: at, ids: p.unmatchedIds });
    at += p.n;
  }
  const idText = (r: number): string => {
    if (goldenRows[r] >= 0) return golden.ids.at(goldenRows[r]);
    let u = unmatched.length - 1;
    while (unmatched[u].first > r) u--;
    return unmatched[u].ids.at(r - unmatched[u].first);
  };
  const { lines, labels } = merged;
  return {
    file,
    n,
    idText,
    lines,
    labels,
    pred: merged.codes,
    predSets: merged.sets,
    scoreKeys,
    scores,
    ops,
    goldenRows,
  };
}

/** Every part must score the same labels as the first. */
function checkScoreKeys(
  part: PredictionPart,
  keys: readonly string[],
  spec: ClassificationReadSpec,
  file: string,
  lineOffset: number,
): void {
  const own = part.scoreKeys!;
  const known = new Set(keys);
  const stray = own.find((k) => !known.has(k));
  if (stray !== undefined || own.length !== keys.length) {
    throw new InputError({
      file,
      line: part.scoreKeysLine + lineOffset,
      field: stray !== undefined ? `${spec.scoresField}.${stray}` : spec.scoresField,
      message: `the scores cover other labels than the first row's ${keys.length}`,
    });
  }
}

/** A part's score matrix with its columns in the first part's key order (permuted in place if needed). */
function alignColumns(part: PredictionPart, keys: readonly string[]): Float64Array {
  const own = part.scoreKeys!;
  const values = part.scores!;
  if (own.every((k, j) => k === keys[j])) return values;
  const index = new Map(keys.map((k, j) => [k, j]));
  const column = own.map((key) => index.get(key)!);
  const K = keys.length;
  const row = new Float64Array(K);
  for (let r = 0; r < part.n; r++) {
    const off = r * K;
    for (let c = 0; c < K; c++) row[column[c]] = values[off + c];
    values.set(row, off);
  }
  return values;
}

function parseScoresCell(text: string, file: string, line: number, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError({
      file,
      line,
      field,
      message: `expected a JSON object of label -> probability, got ${quote(text)}`,
    });
  }
}
