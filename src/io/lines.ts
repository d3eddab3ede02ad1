import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { InputError } from './errors.js';

/** Called for every line of a text file: the text without its line ending, and the 1-based line number. */
export type LineHandler = (text: string, lineNumber: number) => void;

export interface LineReadOptions {
  /** Called now and then with the bytes read so far (of the file on disk, compressed or not). */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** How errors name the file (e.g. relative to the project root); defaults to the path. */
  displayName?: string;
  /**
   * Read only bytes [start, end) of an uncompressed file; both must sit at line starts (see splitLines).
   * Line numbers are then counted from the range's first line.
   */
  range?: { readonly start: number; readonly end: number };
}

const CHUNK = 4 << 20;
const BOM = 0xfeff;

export function isGzip(path: string): boolean {
  return path.endsWith('.gz');
}

/**
 * Called for every line of a text file as bytes: the line is buf[start, end) (valid UTF-8, without its line
 * ending or a leading BOM), with its 1-based line number. The buffer is reused: copy what you keep.
 */
export type LineBytesHandler = (buf: Buffer, start: number, end: number, lineNumber: number) => void;

/**
 * Streams a UTF-8 text file (optionally gzip-compressed) line by line without ever holding it whole: a
 * 650 MB file cannot become one JavaScript string. Splitting on byte 0x0A is safe in UTF-8. A BOM at the
 * start and CR before LF are dropped. Invalid UTF-8 is an error naming the line.
 */
export async function forEachLine(
  path: string,
  onLine: LineHandler,
  options: LineReadOptions = {},
): Promise<number> {
  return streamLines(path, options, onLine, (lines) => lines.emitText);
}

/**
 * forEachLine for readers that scan bytes: each run of whole lines is checked for valid UTF-8 at once
 * (natively) and the lines are handed out undecoded. A run that is not valid UTF-8 goes through
 * forEachLine's decoding path, so its error (and the lines before it) are exactly forEachLine's.
 */
export async function forEachLineBytes(
  path: string,
  onLine: LineBytesHandler,
  onText: LineHandler,
  options: LineReadOptions = {},
): Promise<number> {
  return streamLines(path, options, onText, (lines) => (buf, end) => {
    if (!isUtf8(buf.subarray(0, end))) return lines.emitText(buf, end);
    let start = 0;
    for (;;) {
      let stop = buf.indexOf(10, start);
      if (stop < 0 || stop > end) stop = end;
      let s = start;
      let e = stop;
      const lineNumber = ++lines.lineNumber;
      if (
        lineNumber === 1 &&
        lines.atFileStart &&
        buf[s] === 0xef &&
        buf[s + 1] === 0xbb &&
        buf[s + 2] === 0xbf
      )
        s += 3;
      if (e > s && buf[e - 1] === 13) e--;
      onLine(buf, s, e, lineNumber);
      if (stop === end) return;
      start = stop + 1;
    }
  });
}

/** What a run emitter sees: the line count so far and the decoding path for runs of whole lines. */
interface LineState {
  lineNumber: number;
  readonly atFileStart: boolean;
  /** Decodes buf[0, end) (whole lines) to text and hands out each line. */
  readonly emitText: (buf: Buffer, end: number) => void;
}

async function streamLines(
  path: string,
  options: LineReadOptions,
  onLine: LineHandler,
  emitterOf: (lines: LineState) => (buf: Buffer, end: number) => void,
): Promise<number> {
  const file = options.displayName ?? path;
  let total: number;
  try {
    total = (await stat(path)).size;
  } catch (error) {
    throw new InputError({ file, message: `cannot read the file (${describeFsError(error)})` });
  }
  const range = options.range;
  if (range) {
    if (isGzip(path)) throw new Error('byte ranges of a gzip file cannot be read on their own');
    total = range.end - range.start;
  }
  const atFileStart = !range || range.start === 0;
  if (range && range.end <= range.start) return 0;
  const strict = new TextDecoder('utf-8', { fatal: true });

  // Decodes a run of whole lines at once and splits it (as fast as Node's parse floor), then hands out
  // each line. U+FFFD in the decoded text means invalid UTF-8 or a literal replacement character: only then
  // is the run re-checked line by line with a strict decoder.
  const emitText = (buf: Buffer, end: number): void => {
    const text = buf.toString('utf8', 0, end);
    const lines = text.split('\n');
    const suspicious = text.includes('\uFFFD');
    let offset = 0;
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i];
      const lineNumber = ++state.lineNumber;
      if (suspicious) {
        const bytes = Buffer.byteLength(line);
        try {
          strict.decode(buf.subarray(offset, offset + bytes));
        } catch {
          throw new InputError({ file, line: lineNumber, message: 'the line is not valid UTF-8' });
        }
        offset += bytes + 1;
      }
      if (lineNumber === 1 && atFileStart && line.charCodeAt(0) === BOM) line = line.slice(1);
      if (line.length && line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
      onLine(line, lineNumber);
    }
  };
  const state: LineState = { lineNumber: 0, atFileStart, emitText };
  const emitRun = emitterOf(state);

  try {
    if (isGzip(path)) await gunzipRuns(path, emitRun, total, options.onProgress);
    else await plainRuns(path, range?.start ?? 0, range ? range.end : total, emitRun, options.onProgress);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError({
      file,
      line: state.lineNumber + 1,
      message: `cannot read the file (${describeFsError(error)})`,
    });
  }
  return state.lineNumber;
}

/**
 * Reads bytes [start, stop) of a file into one reused buffer and hands out each run of whole lines as
 * buf[0, end); the partial line after it moves to the buffer's start for the next read. No allocation per
 * chunk: a 650 MB file read in fresh 4 MiB buffers keeps the garbage collector busy for a second.
 */
async function plainRuns(
  path: string,
  start: number,
  stop: number,
  emitRun: (buf: Buffer, end: number) => void,
  onProgress: LineReadOptions['onProgress'],
): Promise<void> {
  const handle = await open(path, 'r');
  let buf = spareBuffers.pop() ?? Buffer.allocUnsafe(CHUNK);
  try {
    let have = 0;
    let pos = start;
    let lastReport = 0;
    while (pos < stop) {
      if (have === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, have);
        buf = bigger;
      }
      const { bytesRead } = await handle.read(buf, have, Math.min(buf.length - have, stop - pos), pos);
      if (bytesRead === 0) break;
      pos += bytesRead;
      const length = have + bytesRead;
      const lastNl = buf.lastIndexOf(10, length - 1);
      if (lastNl < 0) {
        have = length;
        continue;
      }
      emitRun(buf, lastNl);
      have = length - lastNl - 1;
      buf.copy(buf, 0, lastNl + 1, length);
      if (onProgress && pos - start - lastReport > 16 * CHUNK) {
        lastReport = pos - start;
        onProgress(pos - start, stop - start);
      }
    }
    if (have > 0) emitRun(buf, have);
  } finally {
    if (buf.length === CHUNK && spareBuffers.length < 4) spareBuffers.push(buf);
    await handle.close();
  }
}

/**
 * Read buffers of finished reads, for the next ones: a worker decodes dozens of parts one after another,
 * and 4 MiB freed and allocated again each time bloats the C heap (glibc keeps freed memory per thread).
 */
const spareBuffers: Buffer[] = [];

/** The runs of whole lines of a gzip-compressed file, as plainRuns hands them out. */
async function gunzipRuns(
  path: string,
  emitRun: (buf: Buffer, end: number) => void,
  total: number,
  onProgress: LineReadOptions['onProgress'],
): Promise<void> {
  const raw = createReadStream(path, { highWaterMark: CHUNK });
  let carry: Buffer | null = null;
  let lastReport = 0;
  try {
    for await (const chunk of raw.pipe(createGunzip()) as AsyncIterable<Buffer>) {
      const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      carry = null;
      const lastNl = buf.lastIndexOf(10);
      if (lastNl < 0) {
        carry = buf;
        continue;
      }
      emitRun(buf, lastNl);
      if (lastNl + 1 < buf.length) carry = Buffer.from(buf.subarray(lastNl + 1));
      if (onProgress && raw.bytesRead - lastReport > 16 * CHUNK) {
        lastReport = raw.bytesRead;
        onProgress(raw.bytesRead, total);
      }
    }
    if (carry && carry.length) emitRun(carry, carry.length);
  } finally {
    raw.destroy();
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return 'the gzip data is corrupt or truncated';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Splits an uncompressed file into about `parts` byte ranges that each start at a line start, so that
 * workers can read them in parallel.
 */
export async function splitLines(path: string, parts: number): Promise<{ start: number; end: number }[]> {
  const { size } = await stat(path);
  if (parts <= 1 || size === 0) return [{ start: 0, end: size }];
  const handle = await open(path, 'r');
  try {
    const cuts = [0];
    const probe = Buffer.allocUnsafe(64 * 1024);
    for (let i = 1; i < parts; i++) {
      let pos = Math.max(cuts[cuts.length - 1], Math.floor((size * i) / parts));
      // advance to just after the next newline
      for (;;) {
        const { bytesRead } = await handle.read(probe, 0, probe.length, pos);
        if (bytesRead === 0) {
          pos = size;
          break;
        }
        const nl = probe.subarray(0, bytesRead).indexOf(10);
        if (nl >= 0) {
          pos += nl + 1;
          break;
        }
        pos += bytesRead;
      }
      if (pos >= size) break;
      if (pos > cuts[cuts.length - 1]) cuts.push(pos);
    }
    cuts.push(size);
    return cuts.slice(1).map((end, i) => ({ start: cuts[i], end }));
  } finally {
    await handle.close();
  }
}
