import { InputError, describeType, quote } from '../../io/errors.js';
import { readRecords, type RecordFormat } from '../../io/records.js';
import type { LineReadOptions } from '../../io/lines.js';
import { FingerprintAccumulator, type FingerprintLanes } from '../../util/hash.js';
import { IdIndex, hashIds } from '../../util/id-index.js';
import { OpsReader, mergeOpsRows, type OpsRows, type OpsSpec } from '../ops/fields.js';

/**
 * Decoding a classification suite's files into compact columns. A file can be decoded in parts (byte
 * ranges read by parallel workers); each part interns labels and slice values in its own vocabulary and
 * counts lines from its own start, and the merge step maps both to the whole file.
 */

/** How to read the fields of one classification suite's files. */
export interface ClassificationReadSpec {
  readonly idField: string;
  readonly labelField: string;
  readonly predictionField: string;
  readonly scoresField?: string;
  readonly sliceFields: readonly string[];
  readonly multilabel: boolean;
  /** Operational fields (latency, cost) to read from each prediction. */
  readonly ops?: OpsSpec;
}

/** A data file: where to read it, how to name it in messages, and its format if not from the extension. */
export interface DataSource {
  readonly path: string;
  readonly display: string;
  readonly format?: RecordFormat;
}

/** Interns strings into dense indices in first-seen order; remembers whether every label was a number. */
export class Vocab {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  allNumeric = true;

  intern(name: string, numeric = false): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
      if (!numeric) this.allNumeric = false;
    }
    return i;
  }
}

/** A label value from the data: a string or a finite number, kept as its text. */
function labelText(
  value: unknown,
  file: string,
  line: number,
  field: string,
): { text: string; numeric: boolean } {
  if (typeof value === 'string') return { text: value, numeric: false };
  if (typeof value === 'number' && Number.isFinite(value)) return { text: String(value), numeric: true };
  if (typeof value === 'boolean') return { text: String(value), numeric: false };
  throw new InputError({
    file,
    line,
    field,
    message: `expected a label (string or number), got ${describeType(value)}`,
  });
}

function idText(value: unknown, file: string, line: number, field: string): string {
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value === undefined) throw new InputError({ file, line, field, message: 'missing id' });
  throw new InputError({
    file,
    line,
    field,
    message: `expected a non-empty string or number id, got ${describeType(value)}`,
  });
}

function labelSet(value: unknown, vocab: Vocab, file: string, line: number, field: string): number[] {
  if (!Array.isArray(value)) {
    throw new InputError({
      file,
      line,
      field,
      message: `expected an array of labels (multilabel), got ${describeType(value)}`,
    });
  }
  const out: number[] = [];
  for (const item of value) {
    const { text, numeric } = labelText(item, file, line, field);
    const idx = vocab.intern(text, numeric);
    if (!out.includes(idx)) out.push(idx);
  }
  return out;
}

const MISSING_VALUE = '(missing)';

function sliceValueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return MISSING_VALUE;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The fields every decoded part has, golden or predictions. */
function partCommon(ids: string[], lines: number[], labels: Vocab, lineCount: number) {
  return {
    n: ids.length,
    lineCount,
    ids,
    idHashes: hashIds(ids),
    lines: Int32Array.from(lines),
    labelNames: labels.names,
    labelsNumeric: labels.allNumeric,
  };
}

/** Options for decoding one part of a file. */
export type PartOptions = Pick<LineReadOptions, 'onProgress' | 'range'>;

// ---------------------------------------------------------------- golden

export interface GoldenPart {
  readonly n: number;
  readonly lineCount: number;
  readonly ids: string[];
  readonly idHashes: Uint32Array;
  readonly lines: Int32Array;
  readonly labelNames: string[];
  readonly labelsNumeric: boolean;
  readonly truth: Int32Array | null;
  readonly truthSets: number[][] | null;
  readonly slices: { values: string[]; codes: Int32Array }[];
  readonly fingerprint: FingerprintLanes;
  /** Per record: a hash of its golden content (id, label, slice values). */
  readonly recordHashes: Uint32Array;
}

export async function decodeGoldenPart(
  source: DataSource,
  spec: ClassificationReadSpec,
  options: PartOptions = {},
): Promise<GoldenPart> {
  const file = source.display;
  const ids: string[] = [];
  const lines: number[] = [];
  const truth: number[] = [];
  const truthSets: number[][] | null = spec.multilabel ? [] : null;
  const labels = new Vocab();
  const sliceVocabs = spec.sliceFields.map(() => new Vocab());
  const sliceCodes: number[][] = spec.sliceFields.map(() => []);
  const fingerprint = new FingerprintAccumulator();
  const recordHashes: number[] = [];

  const lineCount = await readRecords(
    source.path,
    (record, line) => {
      const id = idText(record[spec.idField], file, line, spec.idField);
      const raw = record[spec.labelField];
      if (raw === undefined)
        throw new InputError({ file, line, field: spec.labelField, message: 'missing label' });
      fingerprint.begin();
      fingerprint.add(id);
      if (truthSets) {
        const set = labelSet(raw, labels, file, line, spec.labelField);
        truthSets.push(set);
        fingerprint.add(
          set
            .map((i) => labels.names[i])
            .sort()
            .join('\u0001'),
        );
      } else {
        const { text, numeric } = labelText(raw, file, line, spec.labelField);
        truth.push(labels.intern(text, numeric));
        fingerprint.add(text);
      }
      for (let f = 0; f < sliceVocabs.length; f++) {
        const v = sliceValueText(record[spec.sliceFields[f]]);
        sliceCodes[f].push(sliceVocabs[f].intern(v));
        fingerprint.add(v);
      }
      recordHashes.push(fingerprint.end());
      ids.push(id);
      lines.push(line);
    },
    { ...options, format: source.format, displayName: file },
  );
  return {
    ...partCommon(ids, lines, labels, lineCount),
    truth: truthSets ? null : Int32Array.from(truth),
    truthSets,
    slices: sliceVocabs.map((v, f) => ({ values: v.names, codes: Int32Array.from(sliceCodes[f]) })),
    fingerprint: fingerprint.lanes(),
    recordHashes: Uint32Array.from(recordHashes),
  };
}

export interface GoldenColumns {
  readonly file: string;
  readonly n: number;
  readonly ids: string[];
  /** id → example index (golden order). */
  readonly byId: IdIndex;
  readonly lines: Int32Array;
  readonly labels: Vocab;
  /** Single-label: class index per example (vocab order). */
  readonly truth: Int32Array;
  /** Multilabel: label indices per example. */
  readonly truthSets: number[][] | null;
  readonly slices: { field: string; values: string[]; codes: Int32Array }[];
  /** Order-independent fingerprint of the records as loaded. */
  readonly fingerprint: string;
  /** Per example: a hash of its golden content. */
  readonly recordHashes: Uint32Array;
}

/** Maps a part's local codes to a merged vocabulary. */
function remap(names: readonly string[], vocab: Vocab, numeric = false): Int32Array {
  return Int32Array.from(names, (name) => vocab.intern(name, numeric));
}

/** `lineOffsets[p]` = lines in the file before part p. */
export function mergeGoldenParts(
  parts: readonly GoldenPart[],
  spec: ClassificationReadSpec,
  file: string,
  lineOffsets: readonly number[],
): GoldenColumns {
  const n = parts.reduce((s, p) => s + p.n, 0);
  if (n === 0) throw new InputError({ file, message: 'the golden set has no examples' });
  const ids: string[] = new Array(n);
  const hashes = new Uint32Array(n);
  const recordHashes = new Uint32Array(n);
  const lines = new Int32Array(n);
  const labels = new Vocab();
  const truth = new Int32Array(spec.multilabel ? 0 : n);
  const truthSets: number[][] | null = spec.multilabel ? [] : null;
  const sliceVocabs = spec.sliceFields.map(() => new Vocab());
  const sliceCodes = spec.sliceFields.map(() => new Int32Array(n));
  const fingerprint = new FingerprintAccumulator();
  let i = 0;
  parts.forEach((part, p) => {
    const labelMap = remap(part.labelNames, labels, part.labelsNumeric);
    if (!part.labelsNumeric) labels.allNumeric = false;
    const sliceMaps = part.slices.map((s, f) => remap(s.values, sliceVocabs[f]));
    fingerprint.merge(part.fingerprint);
    hashes.set(part.idHashes, i);
    recordHashes.set(part.recordHashes, i);
    for (let j = 0; j < part.n; j++, i++) {
      ids[i] = part.ids[j];
      lines[i] = part.lines[j] + lineOffsets[p];
      if (truthSets) truthSets.push(part.truthSets![j].map((c) => labelMap[c]));
      else truth[i] = labelMap[part.truth![j]];
      for (let f = 0; f < sliceMaps.length; f++) sliceCodes[f][i] = sliceMaps[f][part.slices[f].codes[j]];
    }
  });
  const byId = new IdIndex(ids, hashes, (dup, first) => {
    throw new InputError({
      file,
      line: lines[dup],
      field: spec.idField,
      message: `duplicate id ${quote(ids[dup])} (first at line ${lines[first]})`,
    });
  });
  return {
    file,
    n,
    ids,
    byId,
    lines,
    labels,
    truth,
    truthSets,
    slices: spec.sliceFields.map((field, f) => ({
      field,
      values: sliceVocabs[f].names,
      codes: sliceCodes[f],
    })),
    fingerprint: fingerprint.digest(n),
    recordHashes,
  };
}

// ---------------------------------------------------------------- predictions

export interface PredictionPart {
  readonly n: number;
  readonly lineCount: number;
  readonly ids: string[];
  readonly idHashes: Uint32Array;
  readonly lines: Int32Array;
  readonly labelNames: string[];
  readonly labelsNumeric: boolean;
  readonly pred: Int32Array | null;
  readonly predSets: number[][] | null;
  readonly scoreKeys: string[] | null;
  /** Line (part-relative) of the row that fixed the score keys. */
  readonly scoreKeysLine: number;
  /** Row-major probabilities in scoreKeys order; set to null once consumed (see ScoreTerms). */
  scores: Float64Array | null;
  /** Latency and cost per row, when the suite computes operational metrics. */
  readonly ops?: OpsRows | null;
}

export async function decodePredictionPart(
  source: DataSource,
  spec: ClassificationReadSpec,
  options: PartOptions = {},
): Promise<PredictionPart> {
  const file = source.display;
  const ids: string[] = [];
  const lines: number[] = [];
  const pred: number[] = [];
  const predSets: number[][] | null = spec.multilabel ? [] : null;
  const labels = new Vocab();
  const scoresField = spec.scoresField;
  let scoreKeys: string[] | null = null;
  let scoreKeysLine = 0;
  let scoreIndex: Map<string, number> | null = null;
  let scores = new Float64Array(0);
  let used = 0;
  const opsReader = spec.ops ? new OpsReader(spec.ops, file) : null;

  const readScores = (obj: unknown, line: number): void => {
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
      scores = new Float64Array(4096 * scoreKeys.length);
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

  const lineCount = await readRecords(
    source.path,
    (record, line) => {
      const id = idText(record[spec.idField], file, line, spec.idField);
      const raw = record[spec.predictionField];
      if (raw === undefined || raw === null)
        throw new InputError({ file, line, field: spec.predictionField, message: 'missing prediction' });
      if (predSets) predSets.push(labelSet(raw, labels, file, line, spec.predictionField));
      else {
        const { text, numeric } = labelText(raw, file, line, spec.predictionField);
        pred.push(labels.intern(text, numeric));
      }
      if (scoresField !== undefined) readScores(record[scoresField], line);
      opsReader?.read(record, line);
      ids.push(id);
      lines.push(line);
    },
    { ...options, format: source.format, displayName: file },
  );
  return {
    ...partCommon(ids, lines, labels, lineCount),
    pred: predSets ? null : Int32Array.from(pred),
    predSets,
    scoreKeys,
    scoreKeysLine,
    scores: scoreKeys ? scores.slice(0, used) : null,
    ops: opsReader?.rows() ?? null,
  };
}

export interface PredictionColumns {
  readonly file: string;
  readonly n: number;
  readonly ids: string[];
  readonly idHashes: Uint32Array;
  readonly lines: Int32Array;
  readonly labels: Vocab;
  readonly pred: Int32Array;
  readonly predSets: number[][] | null;
  /** Score keys in the order of the first row; every row covers exactly these keys. */
  readonly scoreKeys: string[] | null;
  readonly scores: ScoreRows | null;
  /** Per prediction row: latency and cost, when the suite computes operational metrics. */
  readonly ops: OpsRows | null;
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
  parts: readonly PredictionPart[],
  spec: ClassificationReadSpec,
  file: string,
  lineOffsets: readonly number[],
): PredictionColumns {
  const n = parts.reduce((s, p) => s + p.n, 0);
  const labels = new Vocab();
  const ids: string[] = new Array(n);
  const idHashes = new Uint32Array(n);
  const lines = new Int32Array(n);
  const pred = new Int32Array(spec.multilabel ? 0 : n);
  const predSets: number[][] | null = spec.multilabel ? [] : null;
  const withKeys = parts.filter((p) => p.scoreKeys);
  const scoreKeys = withKeys.length ? withKeys[0].scoreKeys! : null;
  const K = scoreKeys?.length ?? 0;
  const chunks: Float64Array[] = [];
  const firstRow: number[] = [];
  let i = 0;
  parts.forEach((part, p) => {
    const labelMap = remap(part.labelNames, labels, part.labelsNumeric);
    if (!part.labelsNumeric) labels.allNumeric = false;
    idHashes.set(part.idHashes, i);
    if (scoreKeys && part.scoreKeys) {
      checkScoreKeys(part, scoreKeys, spec, file, lineOffsets[p]);
      if (part.scores) {
        chunks.push(alignColumns(part, scoreKeys));
        firstRow.push(i);
      }
    }
    for (let j = 0; j < part.n; j++, i++) {
      ids[i] = part.ids[j];
      lines[i] = part.lines[j] + lineOffsets[p];
      if (predSets) predSets.push(part.predSets![j].map((c) => labelMap[c]));
      else pred[i] = labelMap[part.pred![j]];
    }
  });
  // all parts keep their scores, or none does (they were consumed into per-example terms)
  const scores =
    scoreKeys && chunks.length === withKeys.length ? new ScoreRows(K, chunks, firstRow, n) : null;
  const ops = spec.ops ? mergeOpsRows(parts.map((p) => p.ops!)) : null;
  return { file, n, ids, idHashes, lines, labels, pred, predSets, scoreKeys, scores, ops };
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
