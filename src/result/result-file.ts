/**
 * Result files: read with size bounds, validated against schema/result.schema.json, written atomically.
 * The atomic writer and the schema check also serve comparison files (compare/comparison-file.ts).
 */
import { open, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import schema from '../../schema/result.schema.json' with { type: 'json' };
import type { EvalgateResult } from '../generated/result.js';
import { InputError } from '../io/errors.js';
import { describeFsError } from '../io/lines.js';
import { standingIds, withLazyIdsHidden } from './lazy-ids.js';
import {
  describeSchemaError,
  pathToString,
  pointerToPath,
  primaryError,
  validatorFor,
} from '../schema/validate.js';

/**
 * Results larger than this are refused on read. A 1M-example result is about 40-50 MB (46 bytes an example
 * for the demo classification suite): 128 MiB leaves room for richer suites while keeping the parse well
 * inside the heap (a 400 MB JSON once crashed the action with a V8 fatal error).
 */
export const MAX_RESULT_BYTES = 128 * 1024 * 1024;
/**
 * The bound on results the comparison reads in parts (result-lazy.ts): the example ids and column data stay
 * in the file, only the rest (at most MAX_RESULT_BYTES) is parsed. 2 GiB is about 45M examples of the demo
 * classification suite (a 10M-example result is 430 MB); a column decoded from it is at most 1.5 GB.
 */
export const MAX_RANGED_RESULT_BYTES = 2 * 1024 * 1024 * 1024;
/**
 * Example ids in a result read in parts, all suites together: ids read into memory cost 8 bytes each beside
 * their characters, so a file of one-character ids must not hold a billion of them.
 */
export const MAX_RANGED_RESULT_IDS = 64_000_000;
/**
 * Arrays and objects and their separators allowed in a result, counted before JSON.parse: an honest result
 * has about 2 an example (2.2M at 1M examples), a hostile `[0,0,0,…]` one a value every 2 bytes.
 */
export const MAX_RESULT_JSON_VALUES = 16_000_000;
/** Layout of a partial result's per-example data (`shard.format`; other layouts are refused on read). */
export const SHARD_FORMAT = 2;

/** Validates a JSON document against its schema; the first problem becomes a one-line InputError. */
export function assertSchema(schemaOf: object, value: unknown, file: string, kind: string): void {
  const validate = validatorFor(schemaOf);
  if (!validate(value)) {
    const error = primaryError(validate.errors ?? []);
    throw new InputError({
      file,
      field: pathToString(pointerToPath(error.instancePath)),
      message: `not a valid evalgate ${kind}: ${describeSchemaError(error, error.data)}`,
    });
  }
}

export function validateResult(value: unknown, file: string): asserts value is EvalgateResult {
  assertSchema(schema, value, file, 'result');
}

/**
 * Writes a file atomically: `write` fills a temporary file beside the target, which is flushed and renamed
 * over the target, so an interrupted run never leaves a half-written file.
 */
async function atomically(path: string, write: (handle: FileHandle) => Promise<void>): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(tmp, 'w');
    try {
      await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new InputError({ file: path, message: `cannot write the file (${describeFsError(error)})` });
  }
}

/** Writes a file atomically (see atomically). */
export async function writeFileAtomic(path: string, content: string | Buffer): Promise<void> {
  await atomically(path, async (handle) => {
    await handle.writeFile(content);
  });
}

/**
 * Values of `value` already serialized: each key (an object or array of the value, by identity) is written
 * as its bytes, which must be JSON of the same schema type (the merge's ids arrays, gathered from the
 * shards' bytes, stand in the result as empty arrays).
 */
export type JsonBytes = ReadonlyMap<unknown, Uint8Array>;

export async function writeResult(path: string, result: EvalgateResult, bytes?: JsonBytes): Promise<void> {
  withLazyIdsHidden(result, () => validateResult(result, path));
  await writeJsonAtomic(path, result, bytes);
}

/**
 * JSON.stringify(value) as a sequence of pieces: long arrays (a million example ids) are written a slice at
 * a time, so the whole text never exists as one string. Same bytes as JSON.stringify, but for the values
 * `bytes` maps (looked up in objects and arrays of objects of up to 4096 items), which are their bytes;
 * example ids that are still bytes (lazy-ids.ts) are written from them, as JSON.stringify would.
 */
export function* jsonPieces(value: unknown, bytes?: JsonBytes): Generator<string | Uint8Array> {
  const raw = bytes?.get(value);
  if (raw) {
    yield raw;
    return;
  }
  if (Array.isArray(value) && value.length > 4096) {
    yield '[';
    for (let i = 0; i < value.length; i += 4096) {
      const text = JSON.stringify(value.slice(i, i + 4096));
      yield (i ? ',' : '') + text.slice(1, -1);
    }
    yield ']';
    return;
  }
  if (
    Array.isArray(value) &&
    (bytes || value.length <= 64) &&
    value.some((v) => v !== null && typeof v === 'object')
  ) {
    // objects in the array may hold values `bytes` maps, or ids still bytes (`suites`: a short array)
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i) yield ',';
      const v: unknown = value[i];
      yield* jsonPieces(
        v === undefined || typeof v === 'function' || typeof v === 'symbol' ? null : v,
        bytes,
      );
    }
    yield ']';
    return;
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && !('toJSON' in value)) {
    yield '{';
    let first = true;
    const ids = standingIds(value);
    for (const key of Object.keys(value)) {
      if (ids && key === 'ids') {
        yield `${first ? '' : ','}"ids":`;
        first = false;
        yield* ids.json();
        continue;
      }
      const v: unknown = (value as Record<string, unknown>)[key];
      if (v === undefined || typeof v === 'function') continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      yield* jsonPieces(v, bytes);
    }
    yield '}';
    return;
  }
  yield JSON.stringify(value);
}

const CHUNK_BYTES = 1 << 20;

/**
 * Writes JSON atomically (temporary file + rename): small pieces are encoded into one reused 1 MiB
 * buffer, large ones (a base64 column, the bytes of an ids array) go to the file as they are.
 */
export async function writeJsonAtomic(path: string, value: unknown, bytes?: JsonBytes): Promise<void> {
  await atomically(path, async (handle) => {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let used = 0;
    const writeAll = async (data: Uint8Array, length = data.byteLength) => {
      for (let done = 0; done < length;) done += (await handle.write(data, done, length - done)).bytesWritten;
    };
    const flush = async () => {
      await writeAll(chunk, used);
      used = 0;
    };
    for (const piece of jsonPieces(value, bytes)) {
      if (typeof piece === 'string' && piece.length * 3 <= CHUNK_BYTES - used) {
        used += chunk.write(piece, used, 'utf8');
        continue;
      }
      await flush();
      if (typeof piece !== 'string') {
        await writeAll(piece);
        continue;
      }
      // a long string (a base64 column) goes through the chunk a slice at a time: encoding it whole would
      // hold a copy of it outside the heap until the next collection (~100 MB at a 1M-example result)
      const step = Math.floor(CHUNK_BYTES / 3);
      for (let from = 0; from < piece.length;) {
        let to = Math.min(piece.length, from + step);
        // never split a surrogate pair: each half alone would be written as U+FFFD
        if (to < piece.length && (piece.charCodeAt(to - 1) & 0xfc00) === 0xd800) to--;
        used = chunk.write(piece.slice(from, to), 0, 'utf8');
        await flush();
        from = to;
      }
    }
    await flush();
  });
}

export async function readResult(path: string, display = path): Promise<EvalgateResult> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new InputError({ file: display, message: `cannot read the result (${describeFsError(error)})` });
  }
  if (size > MAX_RESULT_BYTES) {
    throw new InputError({
      file: display,
      message: `the result is ${size} bytes; the limit is ${MAX_RESULT_BYTES}`,
    });
  }
  // read as bytes, then decoded at once: readFile(path, 'utf8') decodes chunk by chunk into a rope of
  // strings that every scan first copies flat (~20 ms for a 20 MB result)
  return parseResult((await readFile(path)).toString('utf8'), display);
}

/** `,`, `[` and `{` outside strings: a bound on the values JSON.parse would build, found in one pass. */
export function jsonValueCount(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let count = 0;
  for (let i = 0; i < text.length && count <= stopAt; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: jump to its closing quote with indexOf (base64 columns and ids are most of a result's bytes)
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return count; // unterminated: JSON.parse reports it
        let slashes = 0;
        while (text.charCodeAt(quote - 1 - slashes) === 0x5c) slashes++;
        if (slashes % 2 === 0) {
          i = quote;
          break;
        }
        from = quote + 1;
      }
    } else if (c === 0x2c || c === 0x5b || c === 0x7b) count++;
  }
  return count;
}

export function tooManyValues(display: string): InputError {
  return new InputError({
    file: display,
    message: `the result holds more than ${MAX_RESULT_JSON_VALUES} JSON values; an honest result has about 2 an example`,
  });
}

/** JSON.parse of a file's text (a leading byte-order mark dropped); bad JSON is an InputError naming the file. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new InputError({
      file,
      message: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    });
  }
}

export function parseResult(text: string, display: string): EvalgateResult {
  if (text.length > MAX_RESULT_BYTES) {
    throw new InputError({
      file: display,
      message: `the result is ${text.length} characters; the limit is ${MAX_RESULT_BYTES}`,
    });
  }
  if (jsonValueCount(text, MAX_RESULT_JSON_VALUES) > MAX_RESULT_JSON_VALUES) throw tooManyValues(display);
  const value = parseJsonText(text, display);
  checkResult(value, display);
  return value;
}

/** What parseResult checks of the parsed value: the schema version, a partial result's format, the schema. */
export function checkResult(value: unknown, display: string): asserts value is EvalgateResult {
  if (value && typeof value === 'object' && (value as { kind?: unknown }).kind === 'evalgate-result') {
    const version = (value as { schema_version?: unknown }).schema_version;
    // version 2 added `history`; version 1 files are read as they are
    if (version !== 1 && version !== 2) {
      throw new InputError({
        file: display,
        field: 'schema_version',
        message: `this evalgate reads result schema versions 1 and 2, got ${JSON.stringify(version)}`,
      });
    }
  }
  const shard = (value as { shard?: { format?: unknown } } | null)?.shard;
  if (shard && typeof shard === 'object' && shard.format !== SHARD_FORMAT) {
    throw new InputError({
      file: display,
      field: 'shard.format',
      message: `a partial result in format ${JSON.stringify(shard.format ?? 1)}; this evalgate merges format ${SHARD_FORMAT}: evaluate the shards again with this evalgate`,
    });
  }
  validateResult(value, display);
}
