import { InputError, describeType } from '../../io/errors.js';
import { readRecords, type RecordFormat, type RecordReadOptions } from '../../io/records.js';
import { idText } from '../../io/record-values.js';
import { ScannedString } from '../../io/json-scan.js';
import type { LineReadOptions } from '../../io/lines.js';
import { IdColumnBuilder, type IdColumn } from '../../util/id-column.js';
import type { OpsSpec } from '../ops/fields.js';

/**
 * Decoding a classification suite's files into compact columns. A file can be decoded in parts (byte
 * ranges read by parallel workers); each part interns labels and slice values in its own vocabulary and
 * counts lines from its own start, and the merge step maps both to the whole file. This file is the reader
 * both files share (id, label or label set, line); `golden-columns.ts` and `prediction-columns.ts` add
 * what only one of them has (slices and fingerprint; scores and operational fields).
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
export function labelText(
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

export function labelSet(value: unknown, vocab: Vocab, file: string, line: number, field: string): number[] {
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

/** The fields every decoded part has, golden or predictions. */
export function partCommon(ids: IdColumnBuilder, lines: number[], labels: Vocab, lineCount: number) {
  return {
    n: ids.length,
    lineCount,
    ids: ids.finish(),
    lines: Int32Array.from(lines),
    labelNames: labels.names,
    labelsNumeric: labels.allNumeric,
  };
}

/** Options for decoding one part of a file. */
export type PartOptions = Pick<LineReadOptions, 'onProgress' | 'range'>;

/** The rows a part's shared reader collects: ids, lines and, per row, a class index or a label set. */
export interface LabelledRows {
  /** The ids as bytes (see id-column.ts): no string per id. */
  readonly ids: IdColumnBuilder;
  readonly lines: number[];
  /** Single-label: class index per row (empty when multilabel). */
  readonly codes: number[];
  /** Multilabel: label indices per row (null when single-label). */
  readonly sets: number[][] | null;
  readonly labels: Vocab;
}

/** The label field of a file and what to say when a row has none. */
export interface LabelField {
  readonly name: string;
  readonly missing: string;
  /** Whether a null value counts as missing (else it is an invalid label). */
  readonly nullIsMissing: boolean;
}

/**
 * Reads a part of a golden or predictions file: each row's id and label(s). `onRow` runs after a row's id
 * and label are kept (row index `rows.ids.length - 1`), for what only one file has.
 */
export async function readLabelledRows(
  source: DataSource,
  spec: ClassificationReadSpec,
  field: LabelField,
  options: PartOptions & Pick<RecordReadOptions, 'onScanner'>,
  onRow: (record: Record<string, unknown>, line: number, rows: LabelledRows) => void,
  /** The other fields onRow reads (the id and label are read here); `numbers` as in ScanFields. */
  extra: { names: readonly string[]; numbers?: string; repeated?: readonly string[] } = { names: [] },
): Promise<LabelledRows & { lineCount: number }> {
  const file = source.display;
  const rows: LabelledRows = {
    ids: new IdColumnBuilder(),
    lines: [],
    codes: [],
    sets: spec.multilabel ? [] : null,
    labels: new Vocab(),
  };
  const { sets, codes, labels, ids } = rows;
  // the id comes back as its bytes from the scanner, unless another field read here has the same name
  const idAsBytes = spec.idField !== field.name && !extra.names.includes(spec.idField);
  const lineCount = await readRecords(
    source.path,
    (record, line) => {
      const value = record[spec.idField];
      const scanned = value instanceof ScannedString ? value : null;
      const id = scanned ? null : idText(value, file, line, spec.idField);
      const raw = record[field.name];
      if (raw === undefined || (field.nullIsMissing && raw === null))
        throw new InputError({ file, line, field: field.name, message: field.missing });
      if (sets) sets.push(labelSet(raw, labels, file, line, field.name));
      else {
        const { text, numeric } = labelText(raw, file, line, field.name);
        codes.push(labels.intern(text, numeric));
      }
      if (id !== null) ids.addText(id);
      else if (scanned!.ascii) ids.addAscii(scanned!.buf, scanned!.start, scanned!.end);
      else ids.addUtf8(scanned!.buf, scanned!.start, scanned!.end);
      rows.lines.push(line);
      onRow(record, line, rows);
    },
    {
      ...options,
      format: source.format,
      displayName: file,
      fields: {
        names: [spec.idField, field.name, ...extra.names],
        numbers: extra.numbers,
        repeated: [field.name, ...(extra.repeated ?? [])],
        ...(idAsBytes ? { bytes: spec.idField } : {}),
      },
    },
  );
  return { ...rows, lineCount };
}

/** Maps a part's local codes to a merged vocabulary. */
export function remap(names: readonly string[], vocab: Vocab, numeric = false): Int32Array {
  return Int32Array.from(names, (name) => vocab.intern(name, numeric));
}

/** What merging the parts of a file gives, golden or predictions. */
export interface MergedRows {
  readonly n: number;
  readonly lines: Int32Array;
  readonly labels: Vocab;
  readonly codes: Int32Array;
  readonly sets: number[][] | null;
}

/** The fields every decoded part has (see partCommon). */
export interface DecodedPart {
  readonly n: number;
  readonly lineCount: number;
  /** The part's ids as bytes; emptied once merged or joined (releaseIdColumn). */
  readonly ids: IdColumn;
  readonly lines: Int32Array;
  readonly labelNames: string[];
  readonly labelsNumeric: boolean;
}

/**
 * Merges the parts of one file in order: lines (`lineOffsets[p]` = lines in the file before part p) and
 * labels mapped to one vocabulary (ids are the caller's: the golden set concatenates them, predictions
 * join them). `onPart` runs for each part before its rows, with its first row.
 */
export function mergeLabelledParts<P extends DecodedPart>(
  parts: readonly P[],
  multilabel: boolean,
  lineOffsets: readonly number[],
  labelsOf: (part: P) => { codes: Int32Array | null; sets: number[][] | null },
  onPart: (part: P, p: number, first: number) => void,
): MergedRows {
  const n = parts.reduce((s, p) => s + p.n, 0);
  const lines = new Int32Array(n);
  const labels = new Vocab();
  const codes = new Int32Array(multilabel ? 0 : n);
  const sets: number[][] | null = multilabel ? [] : null;
  let i = 0;
  parts.forEach((part, p) => {
    const labelMap = remap(part.labelNames, labels, part.labelsNumeric);
    if (!part.labelsNumeric) labels.allNumeric = false;
    onPart(part, p, i);
    const own = labelsOf(part);
    for (let j = 0; j < part.n; j++, i++) {
      lines[i] = part.lines[j] + lineOffsets[p];
      if (sets) sets.push(own.sets![j].map((c) => labelMap[c]));
      else codes[i] = labelMap[own.codes![j]];
    }
  });
  return { n, lines, labels, codes, sets };
}
