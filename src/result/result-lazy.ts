/**
 * Reading a result for comparison without holding it: one streamed scan (result-scan.ts) leaves each
 * suite's example ids and column data in the file as byte ranges, and only the rest — a few hundred KB at
 * 10M examples — is parsed and validated. A column is read from its range when first used (columnValues),
 * the ids only when an id is needed (IdRange); `examples.ids` and a column's `data` read from the file
 * when accessed, so the value is readResult's.
 *
 * A result of up to MAX_RESULT_BYTES that the scan cannot serve exactly — escaped or non-ASCII ids or
 * column data, repeated keys where the cuts are, anything invalid — is read by readResult instead, so its
 * values and errors are readResult's. A larger one (up to MAX_RANGED_RESULT_BYTES) can only be read in
 * parts: the same problems are one-line errors.
 */
import { open } from 'node:fs/promises';
import type { EvalgateResult } from '../generated/result.js';
import { InputError } from '../io/errors.js';
import { decodeColumn, type ColumnDtype, type Typed } from './columns.js';
import { decodeColumnRange, columnText, type ColumnRange } from './column-range.js';
import {
  changedError,
  sameRangeBytes,
  sameStamp,
  scannedFile,
  stampOf,
  type ScannedFile,
} from './file-range.js';
import { IdRange } from './id-range.js';
import { exampleIds, lazyIds } from './lazy-ids.js';
import {
  MAX_RANGED_RESULT_BYTES,
  MAX_RANGED_RESULT_IDS,
  MAX_RESULT_BYTES,
  MAX_RESULT_JSON_VALUES,
  checkResult,
  readResult,
  tooManyValues,
} from './result-file.js';
import { ResultScanner, type Scan, type ScanProblem } from './result-scan.js';

const cutColumns = new WeakMap<object, ColumnRange>();

export { exampleIds };

/** A column's values, from its range in the file when it was read lazily (and `data` was not replaced). */
export function columnValues(column: { dtype: ColumnDtype; data: string }): Typed {
  const range = cutColumns.get(column);
  return range ? decodeColumnRange(column.dtype, range) : decodeColumn(column);
}

/**
 * Whether two columns are known to hold the same values without decoding them: both left in their files,
 * of one dtype and width, with byte-identical data (read a chunk at a time). False means not known.
 */
export function sameColumnData(
  a: { dtype: ColumnDtype; width?: number },
  b: { dtype: ColumnDtype; width?: number },
): boolean {
  const [ra, rb] = [cutColumns.get(a), cutColumns.get(b)];
  if (!ra || !rb || a.dtype !== b.dtype || (a.width ?? 1) !== (b.width ?? 1) || ra.length !== rb.length)
    return false;
  return sameRangeBytes(ra.file, ra.offset, rb.file, rb.offset, ra.length);
}

const CHUNK_BYTES = 4 << 20;

/** The bounds of readResultLazily (smaller in tests, to reach each path with small files). */
export interface LazyReadLimits {
  /** Results up to this size that the parts cannot serve exactly are read whole by readResult. */
  readonly whole: number;
  /** The largest result read at all. */
  readonly file: number;
  /** The most bytes parsed: the result without its example ids and column data. */
  readonly skeleton: number;
  /** The most example ids, all suites together. */
  readonly ids: number;
  /** Bytes scanned at a time (tests make it tiny, so that every token crosses a chunk boundary). */
  readonly chunk?: number;
}

export const LAZY_READ_LIMITS: LazyReadLimits = {
  whole: MAX_RESULT_BYTES,
  file: MAX_RANGED_RESULT_BYTES,
  skeleton: MAX_RESULT_BYTES,
  ids: MAX_RANGED_RESULT_IDS,
};

export async function readResultLazily(
  path: string,
  display = path,
  limits: LazyReadLimits = LAZY_READ_LIMITS,
): Promise<EvalgateResult> {
  let scanned: { file: ScannedFile; scan: Scan | ScanProblem } | null;
  try {
    scanned = await scanResult(path, display, limits);
  } catch (error) {
    if (error instanceof InputError) throw error;
    return readResult(path, display); // the file cannot be read: readResult's error
  }
  if (!scanned) return readResult(path, display);
  const { file, scan } = scanned;
  const size = Number(file.stamp.size);
  // up to MAX_RESULT_BYTES, anything the parts cannot serve exactly is readResult's to read or refuse
  const whole = size <= limits.whole;
  try {
    if ('kind' in scan) throw problemError(scan, file.display, size, limits.whole);
    if (whole && scan.values + scan.idCommas > MAX_RESULT_JSON_VALUES) return await readResult(path, display);
    if (scan.values > MAX_RESULT_JSON_VALUES) throw tooManyValues(display);
    const ids = scan.ids.reduce((sum, cut) => sum + cut.count, 0);
    if (ids > limits.ids)
      throw new InputError({
        file: display,
        message: `the result lists ${ids} example ids; the limit is ${limits.ids}`,
      });
    const result = parseSkeleton(scan.skeleton, display);
    attach(result, scan, file, size, limits.whole);
    return result;
  } catch (error) {
    if (whole) return readResult(path, display);
    throw error;
  }
}

/**
 * The file scanned a chunk at a time, with its stamp (checked unchanged after the scan); null when it
 * changed during the scan and may be read whole.
 */
async function scanResult(
  path: string,
  display: string,
  limits: LazyReadLimits,
): Promise<{ file: ScannedFile; scan: Scan | ScanProblem } | null> {
  const handle = await open(path, 'r');
  try {
    const stamp = stampOf(await handle.stat({ bigint: true }));
    const size = Number(stamp.size);
    if (size > limits.file)
      throw new InputError({
        file: display,
        message: `the result is ${size} bytes; the limit is ${limits.file}`,
      });
    const file = scannedFile(path, display, stamp);
    const scanner = new ResultScanner(limits.skeleton);
    const chunk = Buffer.allocUnsafeSlow(Math.min(limits.chunk ?? CHUNK_BYTES, Math.max(size, 1)));
    // a byte-order mark is skipped (readResult drops it too)
    const head = Buffer.alloc(3);
    await handle.read(head, 0, 3, 0);
    let position = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    while (!scanner.problem) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      if (bytesRead === 0) break;
      scanner.feed(chunk.subarray(0, bytesRead), position);
      position += bytesRead;
    }
    const unchanged =
      (scanner.problem !== null || position === size) &&
      sameStamp(stampOf(await handle.stat({ bigint: true })), stamp);
    if (!unchanged) {
      if (size <= limits.whole) return null;
      throw changedError(file, 'its size or modification time changed during the scan');
    }
    return { file, scan: scanner.finish() };
  } finally {
    await handle.close();
  }
}

function problemError(problem: ScanProblem, display: string, size: number, whole: number): InputError {
  const { kind, message, field } = problem;
  const where = { file: display, ...(field ? { field } : {}) };
  if (kind === 'invalid') return new InputError({ ...where, message: `not valid JSON (${message})` });
  if (kind === 'skeleton') return new InputError({ ...where, message });
  return new InputError({
    ...where,
    message: `the result is ${size} bytes, more than the ${whole} read whole, so its example ids and columns are read in place, which needs them as evalgate writes them; it has ${message}`,
  });
}

function parseSkeleton(skeleton: Buffer, display: string): EvalgateResult {
  let value: unknown;
  try {
    value = JSON.parse(skeleton.toString('utf8'));
  } catch (error) {
    throw new InputError({
      file: display,
      message: `not valid JSON (${error instanceof Error ? error.message : String(error)}; positions count the file without its example ids and column data)`,
    });
  }
  checkResult(value, display);
  return value;
}

/** Puts each cut back as an accessor that reads its range, once the parsed value is checked to have its place. */
function attach(result: EvalgateResult, scan: Scan, file: ScannedFile, size: number, whole: number): void {
  const inexact = (message: string) => problemError({ kind: 'inexact', message }, file.display, size, whole);
  const taken = new Set<object>();
  for (const cut of scan.ids) {
    const examples = result.suites[cut.suite]?.examples;
    if (!examples || examples.ids.length !== 0 || taken.has(examples))
      throw inexact('ids where no suite reads them');
    if (cut.bytes >= 2 ** 31) throw inexact('an ids array over 2 GiB');
    taken.add(examples);
    lazyIds(examples, new IdRange(file, cut.offset, cut.bytes, cut.count, cut.layout));
  }
  for (const cut of scan.columns) {
    const columns = result.suites[cut.suite]?.examples?.columns;
    const column = columns && Object.hasOwn(columns, cut.name) ? columns[cut.name] : undefined;
    if (!column || column.data !== '' || taken.has(column))
      throw inexact('column data where no column reads it');
    taken.add(column);
    const field = `suites[${cut.suite}].examples.columns[${JSON.stringify(cut.name)}].data`;
    lazyData(column, { file, offset: cut.offset, length: cut.length, field });
  }
}

/** A column's `data` as an accessor that reads it from the file each time (a column can be 100 MB). */
function lazyData(column: { data: string }, range: ColumnRange): void {
  cutColumns.set(column, range);
  Object.defineProperty(column, 'data', {
    get: () => columnText(range),
    set: (data: string) => {
      cutColumns.delete(column);
      Object.defineProperty(column, 'data', {
        value: data,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    },
    enumerable: true,
    configurable: true,
  });
}
