import { InputError, quote } from '../../io/errors.js';
import { sliceValueText } from '../../io/record-values.js';
import { FingerprintAccumulator, type FingerprintLanes } from '../../util/hash.js';
import { IdBytesIndex, concatIdColumns } from '../../util/id-column.js';
import type { IdBytes } from '../../util/id-list.js';
import {
  Vocab,
  mergeLabelledParts,
  partCommon,
  readLabelledRows,
  remap,
  type ClassificationReadSpec,
  type DataSource,
  type DecodedPart,
  type PartOptions,
} from './decode.js';

/** The golden set of a classification suite: labels, slice values and content hashes per example. */

export interface GoldenPart extends DecodedPart {
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

export interface GoldenColumns {
  readonly file: string;
  readonly n: number;
  /** The ids as bytes; `ids.at(i)` decodes one (for a message). */
  readonly ids: IdBytes;
  /** id → example index (golden order). */
  readonly byId: IdBytesIndex;
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

/** `lineOffsets[p]` = lines in the file before part p. */
export function mergeGoldenParts(
  parts: readonly GoldenPart[],
  spec: ClassificationReadSpec,
  file: string,
  lineOffsets: readonly number[],
): GoldenColumns {
  const n = parts.reduce((s, p) => s + p.n, 0);
  if (n === 0) throw new InputError({ file, message: 'the golden set has no examples' });
  const recordHashes = new Uint32Array(n);
  const sliceVocabs = spec.sliceFields.map(() => new Vocab());
  const sliceCodes = spec.sliceFields.map(() => new Int32Array(n));
  const fingerprint = new FingerprintAccumulator();
  const merged = mergeLabelledParts(
    parts,
    spec.multilabel,
    lineOffsets,
    (part) => ({ codes: part.truth, sets: part.truthSets }),
    (part, _p, first) => {
      fingerprint.merge(part.fingerprint);
      recordHashes.set(part.recordHashes, first);
      part.slices.forEach((s, f) => {
        const map = remap(s.values, sliceVocabs[f]);
        for (let j = 0; j < part.n; j++) sliceCodes[f][first + j] = map[s.codes[j]];
      });
    },
  );
  const { lines } = merged;
  const { ids, hashes } = concatIdColumns(parts.map((p) => p.ids));
  const byId = new IdBytesIndex(ids, hashes, (dup, first) => {
    throw new InputError({
      file,
      line: lines[dup],
      field: spec.idField,
      message: `duplicate id ${quote(ids.at(dup))} (first at line ${lines[first]})`,
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
      values: sliceVocabs[f].names,
      codes: sliceCodes[f],
    })),
    fingerprint: fingerprint.digest(n),
    recordHashes,
  };
}
