import { InputError, quote } from '../../io/errors.js';
import { sliceValueText } from '../../io/record-values.js';
import { FingerprintAccumulator, type FingerprintLanes } from '../../util/hash.js';
import { IdBytesIndex, IdColumnMerger } from '../../util/id-column.js';
import { GrowingCodes, GrowingColumn, uint32s, type Codes } from '../../util/growing-column.js';
import { LabelledMerger } from './part-merger.js';
import type { LineNumbers } from '../../util/line-numbers.js';
import type { IdBytes } from '../../util/id-list.js';
import {
  Vocab,
  partCommon,
  readLabelledRows,
  remap,
  type ClassificationReadSpec,
  type DataSource,
  type DecodedPart,
  type PartOptions,
} from './decode.js';

/** The golden set of a classification suite: labels, slice values and content hashes per example. */

/** A decoded part of the golden set; its rows are emptied once merged (mergeGoldenParts). */
export interface GoldenPart extends DecodedPart {
  truth: Int32Array | null;
  truthSets: number[][] | null;
  slices: { values: string[]; codes: Int32Array }[];
  readonly fingerprint: FingerprintLanes;
  /** Per record: a hash of its golden content (id, label, slice values). */
  recordHashes: Uint32Array;
}

export async function decodeGoldenPart(
  source: DataSource,
  spec: ClassificationReadSpec,
  options: PartOptions = {},
): Promise<GoldenPart> {
  const sliceVocabs = spec.sliceFields.map(() => new Vocab());
  const sliceCodes: number[][] = spec.sliceFields.map(() => []);
  const fingerprint = new FingerprintAccumulator();
  const recordHashes: number[] = [];
  const label = { name: spec.labelField, missing: 'missing label', nullIsMissing: false };
  const rows = await readLabelledRows(
    source,
    spec,
    label,
    options,
    (record, _line, { ids, codes, sets, labels }) => {
      const r = recordHashes.length;
      fingerprint.begin();
      if (ids.lastPlain()) fingerprint.addCodeUnits(ids.buffer, ids.lastStart(), ids.lastEnd());
      else fingerprint.add(ids.lastText());
      fingerprint.add(
        sets
          ? sets[r]
              .map((i) => labels.names[i])
              .sort()
              .join('\u0001')
          : labels.names[codes[r]],
      );
      for (let f = 0; f < sliceVocabs.length; f++) {
        const v = sliceValueText(record[spec.sliceFields[f]]);
        sliceCodes[f].push(sliceVocabs[f].intern(v));
        fingerprint.add(v);
      }
      recordHashes.push(fingerprint.end());
    },
    { names: spec.sliceFields, repeated: spec.sliceFields },
  );
  return {
    ...partCommon(rows.ids, rows.lines, rows.labels, rows.lineCount),
    truth: rows.sets ? null : Int32Array.from(rows.codes),
    truthSets: rows.sets,
    slices: sliceVocabs.map((v, f) => ({ values: v.names, codes: Int32Array.from(sliceCodes[f]) })),
    fingerprint: fingerprint.lanes(),
    recordHashes: Uint32Array.from(recordHashes),
  };
}

const NO_HASHES = new Uint32Array(0);

export interface GoldenColumns {
  readonly file: string;
  readonly n: number;
  /** The ids as bytes; `ids.at(i)` decodes one (for a message). */
  readonly ids: IdBytes;
  /** id → example index (golden order); released once the predictions are joined (loadSuiteData). */
  readonly byId: IdBytesIndex;
  /** The line of each example (for messages). */
  readonly lines: LineNumbers;
  readonly labels: Vocab;
  /** Single-label: class index per example (vocab order). */
  readonly truth: Codes;
  /** Multilabel: label indices per example. */
  readonly truthSets: number[][] | null;
  readonly slices: { field: string; values: string[]; codes: Codes }[];
  /** Order-independent fingerprint of the records as loaded. */
  readonly fingerprint: string;
  /** Per example: a hash of its golden content. */
  readonly recordHashes: Uint32Array;
}

/** `lineOffsets[p]` = lines in the file before part p. The parts' rows are consumed (emptied). */
export function mergeGoldenParts(
  parts: readonly GoldenPart[],
  spec: ClassificationReadSpec,
  file: string,
  lineOffsets: readonly number[],
): GoldenColumns {
  const n = parts.reduce((s, p) => s + p.n, 0);
  const idBytes = parts.reduce((s, p) => s + p.ids.bytes.length, 0);
  const merger = new GoldenMerger(spec, file, n, idBytes);
  parts.forEach((part, p) => merger.add(part, lineOffsets[p]));
  return merger.finish();
}

/**
 * The golden set's parts merged one at a time in file order (see part-merger.ts); `rows` and `idBytes`:
 * the expected size (grown past if need be).
 */
export class GoldenMerger {
  private readonly rows: LabelledMerger<GoldenPart>;
  private readonly ids: IdColumnMerger;
  private readonly recordHashes: GrowingColumn<Uint32Array>;
  private readonly sliceVocabs: Vocab[];
  private readonly sliceCodes: GrowingCodes[];
  private readonly fingerprint = new FingerprintAccumulator();

  constructor(
    private readonly spec: ClassificationReadSpec,
    private readonly file: string,
    rows: number,
    idBytes: number,
  ) {
    this.rows = new LabelledMerger(spec.multilabel, rows, (part) => ({
      codes: part.truth,
      sets: part.truthSets,
    }));
    this.ids = new IdColumnMerger(rows, idBytes);
    this.recordHashes = new GrowingColumn(uint32s, rows);
    this.sliceVocabs = spec.sliceFields.map(() => new Vocab());
    this.sliceCodes = spec.sliceFields.map(() => new GrowingCodes(rows));
  }

  /** Appends the next part in file order (`lineOffset`: lines before it) and empties it. */
  add(part: GoldenPart, lineOffset: number): void {
    this.fingerprint.merge(part.fingerprint);
    const first = this.rows.n;
    this.recordHashes.append(part.recordHashes);
    part.slices.forEach((s, f) => {
      const map = remap(s.values, this.sliceVocabs[f]);
      const column = this.sliceCodes[f];
      const codes = column.reserve(part.n, this.sliceVocabs[f].names.length);
      for (let j = 0; j < part.n; j++) codes[first + j] = map[s.codes[j]];
      column.length += part.n;
    });
    this.rows.add(part, lineOffset);
    this.ids.add(part.ids);
    part.truth = null;
    part.truthSets = null;
    part.slices = [];
    part.recordHashes = NO_HASHES;
  }

  /** The merged golden set, with its id index (a duplicate id is an InputError). */
  finish(): GoldenColumns {
    const { file, spec } = this;
    const merged = this.rows.finish();
    const n = merged.n;
    if (n === 0) throw new InputError({ file, message: 'the golden set has no examples' });
    const { lines } = merged;
    const { ids, hashes } = this.ids.finish();
    const byId = new IdBytesIndex(ids, hashes, (dup, first) => {
      throw new InputError({
        file,
        line: lines.at(dup),
        field: spec.idField,
        message: `duplicate id ${quote(ids.at(dup))} (first at line ${lines.at(first)})`,
      });
    });
    return {
      file,
      n,
      ids,
      byId,
      lines,
      labels: merged.labels,
      truth: merged.codes,
      truthSets: merged.sets,
      slices: spec.sliceFields.map((field, f) => ({
        field,
        values: this.sliceVocabs[f].names,
        codes: this.sliceCodes[f].finish(),
      })),
      fingerprint: this.fingerprint.digest(n),
      recordHashes: this.recordHashes.finish(),
    };
  }
}
