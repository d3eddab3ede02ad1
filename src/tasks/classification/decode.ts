import { InputError, describeType, quote } from '../../io/errors.js';
import { readRecords, type RecordFormat } from '../../io/records.js';
import type { LineReadOptions } from '../../io/lines.js';

/** How to read the fields of one classification suite's files. */
export interface ClassificationReadSpec {
  readonly idField: string;
  readonly labelField: string;
  readonly predictionField: string;
  readonly scoresField?: string;
  readonly sliceFields: readonly string[];
  readonly multilabel: boolean;
}

/** Interns label strings into dense indices in first-seen order; remembers whether every label was a number. */
export class LabelVocab {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  allNumeric = true;

  intern(name: string, numeric: boolean): number {
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

/** Multilabel values: an array of labels. */
function labelSet(value: unknown, vocab: LabelVocab, file: string, line: number, field: string): number[] {
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

export interface GoldenColumns {
  readonly file: string;
  readonly n: number;
  readonly ids: string[];
  readonly lines: Int32Array;
  readonly labels: LabelVocab;
  /** Single-label: class index per example (vocab order). */
  readonly truth: Int32Array;
  /** Multilabel: label indices per example. */
  readonly truthSets: number[][] | null;
  readonly slices: { field: string; values: string[]; codes: Int32Array }[];
  /** Canonical text of each record's evaluated content (id, label, slice values), for fingerprints. */
  readonly canonical: string[];
}

const MISSING_VALUE = '(missing)';

function sliceValueText(value: unknown): string {
  if (value === undefined || value === null || value === '') return MISSING_VALUE;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A data file: where to read it, how to name it in messages, and its format if not from the extension. */
export interface DataSource {
  readonly path: string;
  readonly display: string;
  readonly format?: RecordFormat;
}

export async function decodeGolden(
  source: DataSource,
  spec: ClassificationReadSpec,
  options: LineReadOptions = {},
): Promise<GoldenColumns> {
  const file = source.display;
  const ids: string[] = [];
  const lines: number[] = [];
  const truth: number[] = [];
  const truthSets: number[][] | null = spec.multilabel ? [] : null;
  const canonical: string[] = [];
  const labels = new LabelVocab();
  const sliceMaps = spec.sliceFields.map(() => new Map<string, number>());
  const sliceValues: string[][] = spec.sliceFields.map(() => []);
  const sliceCodes: number[][] = spec.sliceFields.map(() => []);
  const seen = new Map<string, number>();

  await readRecords(
    source.path,
    (record, line) => {
      const id = idText(record[spec.idField], file, line, spec.idField);
      const first = seen.get(id);
      if (first !== undefined) {
        throw new InputError({
          file,
          line,
          field: spec.idField,
          message: `duplicate id ${quote(id)} (first at line ${first})`,
        });
      }
      seen.set(id, line);
      const raw = record[spec.labelField];
      if (raw === undefined) {
        throw new InputError({ file, line, field: spec.labelField, message: 'missing label' });
      }
      let labelKey: string;
      if (truthSets) {
        const set = labelSet(raw, labels, file, line, spec.labelField);
        truthSets.push(set);
        labelKey = set
          .map((i) => labels.names[i])
          .sort()
          .join('\u0001');
      } else {
        const { text, numeric } = labelText(raw, file, line, spec.labelField);
        truth.push(labels.intern(text, numeric));
        labelKey = text;
      }
      let key = `${id}\u0000${labelKey}`;
      for (let f = 0; f < spec.sliceFields.length; f++) {
        const v = sliceValueText(record[spec.sliceFields[f]]);
        let code = sliceMaps[f].get(v);
        if (code === undefined) {
          code = sliceValues[f].length;
          sliceValues[f].push(v);
          sliceMaps[f].set(v, code);
        }
        sliceCodes[f].push(code);
        key += `\u0000${v}`;
      }
      ids.push(id);
      lines.push(line);
      canonical.push(key);
    },
    { ...options, format: source.format, displayName: file },
  );
  if (ids.length === 0) throw new InputError({ file, message: 'the golden set has no examples' });
  return {
    file,
    n: ids.length,
    ids,
    lines: Int32Array.from(lines),
    labels,
    truth: Int32Array.from(truth),
    truthSets,
    slices: spec.sliceFields.map((field, f) => ({
      field,
      values: sliceValues[f],
      codes: Int32Array.from(sliceCodes[f]),
    })),
    canonical,
  };
}

export interface PredictionColumns {
  readonly file: string;
  readonly n: number;
  readonly ids: string[];
  readonly lines: Int32Array;
  readonly labels: LabelVocab;
  readonly pred: Int32Array;
  readonly predSets: number[][] | null;
  /** Score keys in the order of the first row; every row must have exactly these keys. */
  readonly scoreKeys: string[] | null;
  /** n × scoreKeys.length probabilities, row-major. */
  readonly scores: Float64Array | null;
}

export async function decodePredictions(
  source: DataSource,
  spec: ClassificationReadSpec,
  options: LineReadOptions = {},
): Promise<PredictionColumns> {
  const file = source.display;
  const ids: string[] = [];
  const lines: number[] = [];
  const pred: number[] = [];
  const predSets: number[][] | null = spec.multilabel ? [] : null;
  const labels = new LabelVocab();
  const seen = new Map<string, number>();
  let scoreKeys: string[] | null = null;
  let scoreIndex: Map<string, number> | null = null;
  let scores = new Float64Array(0);
  let used = 0;

  await readRecords(
    source.path,
    (record, line) => {
      const id = idText(record[spec.idField], file, line, spec.idField);
      const first = seen.get(id);
      if (first !== undefined) {
        throw new InputError({
          file,
          line,
          field: spec.idField,
          message: `duplicate id ${quote(id)} (first at line ${first})`,
        });
      }
      seen.set(id, line);
      const raw = record[spec.predictionField];
      if (raw === undefined || raw === null) {
        throw new InputError({ file, line, field: spec.predictionField, message: 'missing prediction' });
      }
      if (predSets) predSets.push(labelSet(raw, labels, file, line, spec.predictionField));
      else {
        const { text, numeric } = labelText(raw, file, line, spec.predictionField);
        pred.push(labels.intern(text, numeric));
      }
      if (spec.scoresField !== undefined) {
        let obj = record[spec.scoresField];
        if (typeof obj === 'string') obj = parseScoresCell(obj, file, line, spec.scoresField);
        if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
          throw new InputError({
            file,
            line,
            field: spec.scoresField,
            message: `expected an object of label -> probability, got ${describeType(obj)}`,
          });
        }
        const entries = obj as Record<string, unknown>;
        if (scoreKeys === null) {
          scoreKeys = Object.keys(entries);
          if (scoreKeys.length < 2) {
            throw new InputError({
              file,
              line,
              field: spec.scoresField,
              message: 'expected scores for at least 2 labels',
            });
          }
          scoreIndex = new Map(scoreKeys.map((key, i) => [key, i]));
          scores = new Float64Array(1024 * scoreKeys.length);
        }
        const K = scoreKeys.length;
        if (used + K > scores.length) {
          const grown = new Float64Array(scores.length * 2);
          grown.set(scores);
          scores = grown;
        }
        let count = 0;
        for (const key in entries) {
          const j = scoreIndex!.get(key);
          if (j === undefined) {
            throw new InputError({
              file,
              line,
              field: `${spec.scoresField}.${key}`,
              message: `unexpected label: the first row's scores cover ${K} labels and not this one`,
            });
          }
          const v = entries[key];
          if (typeof v !== 'number' || !Number.isFinite(v)) {
            throw new InputError({
              file,
              line,
              field: `${spec.scoresField}.${key}`,
              message: `expected a finite number, got ${describeType(v)}`,
            });
          }
          if (v < 0 || v > 1) {
            throw new InputError({
              file,
              line,
              field: `${spec.scoresField}.${key}`,
              message: `expected a probability in [0, 1], got ${v}`,
            });
          }
          scores[used + j] = v;
          count++;
        }
        if (count !== K) {
          const missing = scoreKeys.find((key) => !(key in entries));
          throw new InputError({
            file,
            line,
            field: `${spec.scoresField}.${missing}`,
            message: `missing score: every row must cover the same ${K} labels`,
          });
        }
        used += K;
      }
      ids.push(id);
      lines.push(line);
    },
    { ...options, format: source.format, displayName: file },
  );
  return {
    file,
    n: ids.length,
    ids,
    lines: Int32Array.from(lines),
    labels,
    pred: Int32Array.from(pred),
    predSets,
    scoreKeys,
    scores: scoreKeys ? scores.slice(0, used) : null,
  };
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
