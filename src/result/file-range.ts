/**
 * Byte ranges of a result file read after the file was scanned: each read reopens the file and checks it is
 * still the one scanned (device, inode, size, modification and change times), so a file replaced or
 * rewritten between the scan and a read is a clear error, never a value from another file.
 */
import { closeSync, fstatSync, openSync, readSync, type BigIntStats } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../io/errors.js';
import { describeFsError } from '../io/lines.js';

/** What identifies a file's content without reading it again. */
export interface FileStamp {
  readonly dev: bigint;
  readonly ino: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
}

/** A scanned result file: where it is, the name errors give it, and its stamp at the scan. */
export interface ScannedFile {
  readonly path: string;
  readonly display: string;
  readonly stamp: FileStamp;
}

export function stampOf(stats: BigIntStats): FileStamp {
  const { dev, ino, size, mtimeNs, ctimeNs } = stats;
  return { dev, ino, size, mtimeNs, ctimeNs };
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return (
    a.dev === b.dev &&
    a.ino === b.ino &&
    a.size === b.size &&
    a.mtimeNs === b.mtimeNs &&
    a.ctimeNs === b.ctimeNs
  );
}

export function scannedFile(path: string, display: string, stamp: FileStamp): ScannedFile {
  return { path: resolve(path), display, stamp };
}

export function changedError(file: { display: string }, why: string): InputError {
  return new InputError({
    file: file.display,
    message: `the result changed on disk while evalgate was reading it (${why}); run the command again once nothing writes to it`,
  });
}

/** The file opened again, its stamp checked (the caller closes it). */
function openScanned(file: ScannedFile): number {
  let fd: number;
  try {
    fd = openSync(file.path, 'r');
  } catch (error) {
    throw changedError(file, describeFsError(error));
  }
  if (!sameStamp(stampOf(fstatSync(fd, { bigint: true })), file.stamp)) {
    closeSync(fd);
    throw changedError(file, 'its size or modification time is not the one scanned');
  }
  return fd;
}

/** Runs `read` on the file opened again, once its stamp is checked. */
export function withScannedFile<T>(file: ScannedFile, read: (fd: number) => T): T {
  const fd = openScanned(file);
  try {
    return read(fd);
  } finally {
    closeSync(fd);
  }
}

/** Fills `into[at, at + length)` from file offset `position`; a short read means the file shrank. */
export function readFully(
  file: ScannedFile,
  fd: number,
  into: Uint8Array,
  at: number,
  length: number,
  position: number,
): void {
  for (let done = 0; done < length;) {
    const n = readSync(fd, into, at + done, length - done, position + done);
    if (n === 0) throw changedError(file, 'it is shorter than when it was scanned');
    done += n;
  }
}

/**
 * The bytes of `[offset - 1, offset + length + 1)`: a range with the delimiters the scan saw around it
 * (checked), so that `subarray(1, length + 1)` is the range.
 */
export function readRange(
  file: ScannedFile,
  offset: number,
  length: number,
  open: number,
  close: number,
): Buffer {
  return withScannedFile(file, (fd) => {
    const bytes = Buffer.allocUnsafe(length + 2);
    readFully(file, fd, bytes, 0, length + 2, offset - 1);
    if (bytes[0] !== open || bytes[length + 1] !== close)
      throw changedError(file, 'a value is no longer where it was scanned');
    return bytes;
  });
}

const COMPARE_CHUNK = 1 << 20;

/** Whether two ranges of equal length (in two scanned files) hold the same bytes, read a chunk at a time. */
export function sameRangeBytes(
  a: ScannedFile,
  aOffset: number,
  b: ScannedFile,
  bOffset: number,
  length: number,
): boolean {
  const left = Buffer.allocUnsafe(Math.min(COMPARE_CHUNK, length));
  const right = Buffer.allocUnsafe(left.length);
  return withScannedFile(a, (fa) =>
    withScannedFile(b, (fb) => {
      for (let done = 0; done < length; done += left.length) {
        const n = Math.min(left.length, length - done);
        readFully(a, fa, left, 0, n, aOffset + done);
        readFully(b, fb, right, 0, n, bOffset + done);
        if (left.compare(right, 0, n, 0, n) !== 0) return false;
      }
      return true;
    }),
  );
}

/** The bytes of `[offset, offset + length)`, a chunk at a time (each chunk a fresh buffer). */
export function* rangeChunks(file: ScannedFile, offset: number, length: number): Generator<Buffer> {
  const fd = openScanned(file);
  try {
    for (let done = 0; done < length;) {
      const chunk = Buffer.allocUnsafe(Math.min(COMPARE_CHUNK, length - done));
      readFully(file, fd, chunk, 0, chunk.length, offset + done);
      done += chunk.length;
      yield chunk;
    }
  } finally {
    closeSync(fd);
  }
}
