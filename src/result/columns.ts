import type { EvalgateResult } from '../generated/result.js';
import type { Codes } from '../util/growing-column.js';
import { setPlain, withStandIns } from '../util/stand-ins.js';

/** Compact per-example columns: typed arrays stored little-endian as base64 inside the JSON result. */
export type ColumnDtype = 'u8' | 'u16' | 'u32' | 'i16' | 'i32' | 'f32' | 'f64';

export type Typed =
  Uint8Array | Uint16Array | Uint32Array | Int16Array | Int32Array | Float32Array | Float64Array;

const CTORS = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i16: Int16Array,
  i32: Int32Array,
  f32: Float32Array,
  f64: Float64Array,
} as const;

const bigEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

export function encodeColumn(values: Typed, dtype: ColumnDtype): { dtype: ColumnDtype; data: string } {
  if (!(values instanceof CTORS[dtype])) throw new Error(`column values are not ${dtype}`);
  if (bigEndian) throw new Error('big-endian hosts are not supported');
  return { dtype, data: Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64') };
}

export function decodeColumn(column: { dtype: ColumnDtype; data: string }): Typed {
  // a column not yet encoded (lazyColumn): its values, converted (a copy, as a decoded column would be)
  const standing = standingColumn(column);
  if (standing) return new CTORS[column.dtype](standing.values as ArrayLike<number> & Typed);
  // decoded straight into an aligned buffer (no intermediate copy): at most this many bytes, exactly as many
  // as Buffer.from(data, 'base64') would hold
  const bytes = Buffer.alloc(Buffer.byteLength(column.data, 'base64'));
  return typedView(column.dtype, bytes.subarray(0, bytes.write(column.data, 'base64')));
}

/** Decoded column bytes (aligned for the dtype) as its typed array, without a copy. */
export function typedView(dtype: ColumnDtype, bytes: Uint8Array<ArrayBuffer>): Typed {
  const Ctor = CTORS[dtype];
  const size = Ctor.BYTES_PER_ELEMENT;
  if (bytes.length % size !== 0) throw new Error(`column data is not a whole number of ${dtype} values`);
  return new Ctor(bytes.buffer, bytes.byteOffset, bytes.length / size);
}

/** The smallest unsigned dtype that holds codes below `count`. */
export function codeDtype(count: number): 'u8' | 'u16' | 'u32' {
  return count <= 0x100 ? 'u8' : count <= 0x10000 ? 'u16' : 'u32';
}

export function encodeCodes(codes: Codes, count: number): { dtype: ColumnDtype; data: string } {
  const dtype = codeDtype(count);
  const Ctor = CTORS[dtype];
  return encodeColumn(Ctor.from(codes), dtype);
}

/** encodeCodes as a lazy column (lazyColumn). */
export function lazyCodes(codes: Codes, count: number): { dtype: ColumnDtype; data: string } {
  return lazyColumn(codes, codeDtype(count));
}

/*
 * Example columns encoded as they are written: `data` of a column made by lazyColumn is an accessor that
 * builds the base64 string on first read, while the writer (result-file.ts jsonPieces) encodes the values
 * a slice at a time and the comparison (decodeColumn) converts them directly. A 10M-example result's
 * columns never exist as ~250 MB of base64 strings beside the arrays they came from.
 */

interface Source {
  readonly values: Typed;
  readonly dtype: ColumnDtype;
}

const sources = new WeakMap<object, Source>();

/**
 * `{ dtype, data }` for `values` stored as `dtype` (converted as the typed-array constructor converts:
 * Int32 → Int16 wraps, Float64 → Float32 rounds, exactly as encodeColumn(CTORS[dtype].from(values))).
 * `values` must not change afterwards.
 */
export function lazyColumn(values: Typed, dtype: ColumnDtype): { dtype: ColumnDtype; data: string } {
  const column = { dtype } as { dtype: ColumnDtype; data: string };
  sources.set(column, { values, dtype });
  const settle = (data: string) => {
    sources.delete(column);
    setPlain(column, 'data', data);
  };
  Object.defineProperty(column, 'data', {
    get: () => {
      const data = encodeColumn(converted(values, dtype), dtype).data;
      settle(data);
      return data;
    },
    set: settle,
    enumerable: true,
    configurable: true,
  });
  return column;
}

/** The values of a column whose `data` is still the accessor (not read, not replaced). */
export function standingColumn(column: object): Source | undefined {
  const source = sources.get(column);
  return source && Object.getOwnPropertyDescriptor(column, 'data')?.get ? source : undefined;
}

/** The values as `dtype` (the same array when it already is one). */
export function converted(values: Typed, dtype: ColumnDtype): Typed {
  const Ctor = CTORS[dtype];
  return values instanceof Ctor ? values : new Ctor(values as ArrayLike<number> & Typed);
}

/** Values per slice: a multiple of 3 bytes for every dtype, so the slices' base64 texts concatenate. */
const SLICE_VALUES = 3 * 8192;

/** The column's base64 text in slices (their concatenation is encodeColumn's `data`). */
export function* base64Slices(source: Source): Generator<string> {
  const { values, dtype } = source;
  if (values.length === 0) yield '';
  for (let from = 0; from < values.length; from += SLICE_VALUES) {
    const slice = converted(values.subarray(from, from + SLICE_VALUES), dtype);
    yield Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength).toString('base64');
  }
}

/**
 * Runs `check` (schema validation) with every lazy column of the result showing empty data (a valid
 * base64 string), then puts the accessors back: checking would otherwise build every string.
 */
export function withLazyColumnsHidden<T>(result: EvalgateResult, check: () => T): T {
  const standIns: [object, string, unknown][] = [];
  for (const suite of Array.isArray(result.suites) ? result.suites : []) {
    const columns: unknown = suite?.examples?.columns;
    if (!columns || typeof columns !== 'object') continue;
    for (const column of Object.values(columns))
      if (column && typeof column === 'object' && standingColumn(column)) standIns.push([column, 'data', '']);
  }
  return withStandIns(standIns, check);
}
