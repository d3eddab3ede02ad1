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

export function encodeCodes(codes: Int32Array, count: number): { dtype: ColumnDtype; data: string } {
  const dtype = codeDtype(count);
  const Ctor = CTORS[dtype];
  return encodeColumn(Ctor.from(codes), dtype);
}
