/**
 * Shards: which golden examples a shard owns, and the per-example rows a shard hands to the merge. A
 * shard reads the whole golden set (so slice-value codes, label spaces and the golden fingerprint are the
 * same in every shard), keeps the examples whose id hashes to it, and writes their per-example rows; the
 * merge puts the rows back in golden order and runs the family's own aggregation over them, so every
 * floating-point sum is taken in the unsharded run's order and the merged result is byte-identical.
 */
import type { Column, ShardSuite } from '../generated/result.js';
import { InputError } from '../io/errors.js';
import { decodeColumn, encodeCodes, encodeColumn, type ColumnDtype, type Typed } from '../result/columns.js';
import type { FieldColumn } from '../spec/slices.js';
import { fnv1a32, fnv1a32Bytes, lowbias32 } from '../stats/rng.js';
import { FingerprintAccumulator } from '../util/hash.js';
import { IdBytes, type IdSource } from '../util/id-list.js';

/** Shard `index` (1-based) of `count`. */
export interface ShardSpec {
  readonly index: number;
  readonly count: number;
}

/** Name of the assignment written into partial results (merge refuses any other). */
export const SHARD_HASH = 'fnv1a32-lowbias32-mod';
export const MAX_SHARDS = 256;
export { SHARD_FORMAT } from '../result/result-file.js';

export function parseShard(text: string, where: string): ShardSpec {
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new InputError({
      field: where,
      message: `expected i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. 2/4), got ${JSON.stringify(text)}`,
    });
  }
  return { index, count };
}

/**
 * The shard (1-based) that owns an id: FNV-1a over the id's UTF-8 bytes, the lowbias32 avalanche, modulo
 * the shard count, plus one (a `run:` command in any language can compute it). It depends on the id alone,
 * so adding or removing examples moves no other one.
 */
export function shardOfId(id: string, count: number): number {
  return (lowbias32(fnv1a32(id)) % count) + 1;
}

/** Order-independent fingerprint of a set of ids (the whole golden set's, in every shard). */
export function idsFingerprint(ids: IdSource): string {
  const acc = new FingerprintAccumulator();
  const bytes = ids instanceof IdBytes && ids.plain ? ids : null;
  for (let i = 0; i < ids.length; i++) {
    acc.begin();
    if (bytes) acc.addCodeUnits(bytes.bytes, bytes.starts[i], bytes.ends[i]);
    else acc.add(ids.at(i)!);
    acc.end();
  }
  return acc.digest(ids.length);
}

/** shardOfId of row i's id (from its bytes when they are its UTF-8). */
function shardOfRow(ids: IdSource, i: number, count: number): number {
  if (!(ids instanceof IdBytes) || !ids.unescaped(i)) return shardOfId(ids.at(i)!, count);
  return (lowbias32(fnv1a32Bytes(ids.bytes, ids.starts[i], ids.ends[i])) % count) + 1;
}

/** Golden rows (ascending) the shard owns; null when not sharded. */
export function ownedRows(shard: ShardSpec | undefined, ids: IdSource): Int32Array | null {
  if (!shard) return null;
  const out: number[] = [];
  for (let i = 0; i < ids.length; i++) if (shardOfRow(ids, i, shard.count) === shard.index) out.push(i);
  return Int32Array.from(out);
}

/** Whether the shard owns an id (everything, when not sharded). */
export function ownsId(shard: ShardSpec | undefined, id: string): boolean {
  return !shard || shardOfId(id, shard.count) === shard.index;
}

/** The golden-set data the aggregation of every family reads. */
export interface GoldenRows {
  readonly file: string;
  readonly n: number;
  /** The ids: an array, or (classification) their bytes. */
  readonly ids: IdSource;
  readonly slices: FieldColumn[];
  readonly recordHashes: Uint32Array;
  readonly fingerprint: string;
}

/** A per-example column: `width` values per example. */
export interface RowColumn {
  readonly values: Typed;
  readonly width: number;
  readonly dtype: ColumnDtype;
}

export type RowColumns = Record<string, RowColumn>;

export function column(values: Typed, dtype: ColumnDtype, width = 1): RowColumn {
  return { values, dtype, width };
}

function pick<T extends Typed>(values: T, width: number, rows: ArrayLike<number>): T {
  const Ctor = values.constructor as new (length: number) => T;
  const out = new Ctor(rows.length * width);
  if (width === 1) for (let j = 0; j < rows.length; j++) out[j] = values[rows[j]];
  else
    for (let j = 0; j < rows.length; j++)
      out.set(values.subarray(rows[j] * width, (rows[j] + 1) * width), j * width);
  return out;
}

export function selectColumns(columns: RowColumns, rows: ArrayLike<number>): RowColumns {
  return Object.fromEntries(
    Object.entries(columns).map(([name, c]) => [name, { ...c, values: pick(c.values, c.width, rows) }]),
  );
}

/** The owned subset of the golden rows; the fingerprint and slice vocabularies stay the whole set's. */
export function selectGolden<G extends GoldenRows>(golden: G, rows: Int32Array): GoldenRows {
  return {
    file: golden.file,
    n: rows.length,
    ids: golden.ids instanceof IdBytes ? golden.ids.select(rows) : Array.from(rows, (i) => golden.ids.at(i)!),
    slices: golden.slices.map((s) => ({ field: s.field, values: s.values, codes: pick(s.codes, 1, rows) })),
    recordHashes: pick(golden.recordHashes, 1, rows),
    fingerprint: golden.fingerprint,
  };
}

/** A shard's examples in its partial result: what the merge reads (ShardSuite beside golden_n, golden_ids, meta). */
export type ShardRowsJson = Pick<ShardSuite, 'n' | 'ids' | 'rows' | 'golden' | 'fields' | 'columns'>;

function stored(c: RowColumn): Column {
  const encoded = encodeColumn(c.values, c.dtype);
  return c.width === 1 ? encoded : { ...encoded, width: c.width };
}

/**
 * The owned examples (`golden`: the owned subset, `rows`: their golden rows) as the partial result holds
 * them: ids as the UTF-8 bytes of their JSON array (the merge checks and copies them without making a
 * million strings), everything else as typed columns.
 */
export function shardRowsJson(golden: GoldenRows, rows: Int32Array, columns: RowColumns): ShardRowsJson {
  return {
    n: rows.length,
    ids: idsJsonBody(golden.ids).toString('base64'),
    rows: encodeColumn(Uint32Array.from(rows), 'u32'),
    golden: encodeColumn(golden.recordHashes, 'u32'),
    fields: Object.fromEntries(golden.slices.map((s) => [s.field, encodeCodes(s.codes, s.values.length)])),
    columns: Object.fromEntries(Object.entries(columns).map(([name, c]) => [name, stored(c)])),
  };
}

/** JSON.stringify(ids) without its brackets, as UTF-8. */
function idsJsonBody(ids: IdSource): Buffer {
  if (ids instanceof IdBytes) return Buffer.concat([...ids.json(false)]);
  return Buffer.from(
    JSON.stringify(Array.from({ length: ids.length }, (_, i) => ids.at(i))).slice(1, -1),
    'utf8',
  );
}

/** A stored column as a row column (width from the column, 1 by default). */
export function rowColumnOf(column: Column): RowColumn {
  return { values: decodeColumn(column), dtype: column.dtype, width: column.width ?? 1 };
}
