/**
 * The merge's per-example work, linear in the examples. Each shard's `rows` column is the permutation back
 * to golden order (a scatter: no sort, no Map). Its ids arrive as the bytes of their JSON array and stay
 * bytes: each is checked (a JSON string as JSON.stringify writes it, hashing to the shard that holds it,
 * all of them together the golden set's ids) and copied to its golden row in the merged ids array, so a
 * merge makes no million strings unless its caller asks for them.
 */
import type { SuiteResult } from '../generated/result.js';
import { InputError } from '../io/errors.js';
import type { Typed } from '../result/columns.js';
import { lowbias32 } from '../stats/rng.js';
import { shardOfId, type RowColumn } from '../tasks/shard-rows.js';
import { FingerprintAccumulator } from '../util/hash.js';

export const RUN_FIX =
  'merge the partial results of one `evaluate --shard i/n` run (same config, golden set and commit)';

export function fail(file: string, message: string): never {
  throw new InputError({ file, message });
}

/** One shard's part of a suite: its examples' golden rows and the bytes of their ids. */
export interface PartRows {
  readonly file: string;
  readonly suite: SuiteResult;
  readonly rows: Uint32Array;
  readonly ids: Uint8Array;
  /** The shard (1-based) and the shard count of the run. */
  readonly index: number;
  readonly count: number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** An id with escapes or non-ASCII bytes, if its text is valid UTF-8 and exactly JSON.stringify's. */
function escapedId(bytes: Uint8Array, start: number, end: number): string | null {
  try {
    const text = strictUtf8.decode(bytes.subarray(start, end));
    const id: unknown = JSON.parse(text);
    return typeof id === 'string' && JSON.stringify(id) === text ? id : null;
  } catch {
    return null;
  }
}

/**
 * Where each of the part's ids is in its bytes (`starts[j]` at the opening quote, `ends[j]` after the
 * closing one); checks each is a JSON string, hashes to this shard, and adds it to the fingerprint.
 */
function scanIds(part: PartRows, fingerprint: FingerprintAccumulator) {
  const { ids: bytes, index, count, suite } = part;
  const n = part.rows.length;
  const starts = new Uint32Array(n);
  const ends = new Uint32Array(n);
  const bad = (at: number): never =>
    fail(
      part.file,
      `suite ${suite.name}: shard.ids is not ${n} ids as JSON strings (byte ${at} of ${bytes.length}); ${RUN_FIX}`,
    );
  let pos = 0;
  for (let j = 0; j < n; j++) {
    if (j > 0 && bytes[pos++] !== COMMA) bad(pos - 1);
    if (bytes[pos] !== QUOTE) bad(pos);
    const start = pos;
    const quote = fingerprint.quotedAsciiField(bytes, start + 1);
    let owner: number;
    if (quote >= 0) {
      pos = quote + 1;
      owner = (lowbias32(fingerprint.plainHash) % count) + 1;
    } else {
      // escapes or non-ASCII: the id's end, then its text decoded and checked
      for (pos = start + 1; bytes[pos] !== QUOTE; pos++) {
        if (pos >= bytes.length || bytes[pos] < 0x20) bad(pos);
        if (bytes[pos] === BACKSLASH) pos++;
      }
      pos++;
      const id = escapedId(bytes, start, pos) ?? bad(start);
      fingerprint.begin();
      fingerprint.add(id);
      fingerprint.end();
      owner = shardOfId(id, count);
    }
    starts[j] = start;
    ends[j] = pos;
    if (owner !== index)
      fail(
        part.file,
        `suite ${suite.name}: example ${idText(bytes, start, pos)} belongs to shard ${owner}/${count}, not ${index}/${count}; ${RUN_FIX}`,
      );
  }
  if (pos !== bytes.length) bad(pos);
  return { starts, ends };
}

/** An id's JSON text, for a message. */
function idText(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');
}

/**
 * The bytes of the merged ids array, `[…]`, in golden order. Checks, with the scan of each part's ids:
 * every row is inside the golden set and in one shard only (with the shards' row counts adding up to n,
 * the rows are then every golden row once), and the ids are the golden set's (their fingerprint).
 */
export function mergedIds(parts: readonly PartRows[], n: number, goldenIds: string): Uint8Array {
  const fingerprint = new FingerprintAccumulator();
  const fromPart = new Uint8Array(n);
  const fromByte = new Uint32Array(n);
  const length = new Uint32Array(n);
  const seen = new Uint8Array(n);
  let total = n > 0 ? n + 1 : 2; // brackets and commas
  parts.forEach((part, p) => {
    const { starts, ends } = scanIds(part, fingerprint);
    const { rows, suite } = part;
    for (let j = 0; j < rows.length; j++) {
      const row = rows[j];
      if (row >= n)
        fail(
          part.file,
          `suite ${suite.name}: golden row ${row} is past the golden set's ${n} rows; ${RUN_FIX}`,
        );
      if (seen[row])
        fail(
          part.file,
          `suite ${suite.name}: golden row ${row} (${idText(part.ids, starts[j], ends[j])}) is also in another shard: the shards overlap; ${RUN_FIX}`,
        );
      seen[row] = 1;
      fromPart[row] = p;
      fromByte[row] = starts[j];
      length[row] = ends[j] - starts[j];
      total += ends[j] - starts[j];
    }
  });
  if (fingerprint.digest(n) !== goldenIds)
    fail(parts[0].file, `suite ${parts[0].suite.name}: the merged ids are not the golden set's; ${RUN_FIX}`);
  const out = Buffer.allocUnsafe(total);
  const sources = parts.map((part) => part.ids);
  let pos = 0;
  out[pos++] = 0x5b;
  for (let row = 0; row < n; row++) {
    if (row > 0) out[pos++] = COMMA;
    const source = sources[fromPart[row]];
    for (let k = fromByte[row], end = k + length[row]; k < end; k++) out[pos++] = source[k];
  }
  out[pos] = 0x5d;
  return out;
}

type TypedCtor = new (length: number) => Typed;
type Words = Uint8Array | Uint16Array | Uint32Array;

/**
 * A typed array's bytes as unsigned words of its value size (two u32 words for an 8-byte value): the
 * scatter copies bits, never converts a value (a NaN's payload stays), and its loop sees three array kinds.
 */
function words(values: Typed): Words {
  const { buffer, byteOffset, byteLength } = values;
  const size = values.BYTES_PER_ELEMENT;
  if (size >= 4) return new Uint32Array(buffer, byteOffset, byteLength / 4);
  return size === 2
    ? new Uint16Array(buffer, byteOffset, byteLength / 2)
    : new Uint8Array(buffer, byteOffset, byteLength);
}

/** out[rows[j]·w + k] = values[j·w + k]: one shard's values to their golden rows. */
function scatterWords(out: Words, values: Words, rows: Uint32Array, w: number): void {
  if (w === 1) for (let j = 0; j < rows.length; j++) out[rows[j]] = values[j];
  else
    for (let j = 0; j < rows.length; j++) {
      const to = rows[j] * w;
      const from = j * w;
      for (let k = 0; k < w; k++) out[to + k] = values[from + k];
    }
}

/**
 * A per-example column of the whole run: each shard's values (`width` per example) written to their golden
 * rows. `columnOf` gives a shard's column, or undefined when it has none.
 */
export function scatterColumn(
  parts: readonly PartRows[],
  n: number,
  name: string,
  columnOf: (part: PartRows) => RowColumn | undefined,
): RowColumn {
  const head = columnOf(parts[0]);
  if (!head) fail(parts[0].file, `suite ${parts[0].suite.name}: no per-example column ${name}; ${RUN_FIX}`);
  const { dtype, width } = head;
  const out = new (head.values.constructor as TypedCtor)(n * width);
  const outWords = words(out);
  const w = (out.BYTES_PER_ELEMENT === 8 ? 2 : 1) * width; // words an example
  parts.forEach((part, i) => {
    const c = i === 0 ? head : columnOf(part);
    if (!c || c.dtype !== dtype || c.width !== width || c.values.length !== part.rows.length * width)
      fail(
        part.file,
        `suite ${part.suite.name}: per-example column ${name} differs between shards; ${RUN_FIX}`,
      );
    scatterWords(outWords, words(c.values), part.rows, w);
  });
  return { values: out, dtype, width };
}
