/**
 * A column's base64 data left in the result file (the scan checked it is printable ASCII without escapes,
 * so its bytes are the string JSON.parse would give): decoded the first time the column is used, a chunk
 * at a time straight into the typed array. Data that is not plain base64 is decoded whole, as a string,
 * by decodeColumn: the values are always the ones the whole-text reader gives.
 */
import { constants } from 'node:buffer';
import { decodeColumn, typedView, type ColumnDtype, type Typed } from './columns.js';
import { changedError, readFully, readRange, withScannedFile, type ScannedFile } from './file-range.js';
import { InputError } from '../io/errors.js';

/** Where a column's data is: its characters, the quotes excluded. */
export interface ColumnRange {
  readonly file: ScannedFile;
  readonly offset: number;
  readonly length: number;
  /** The column's JSON path, for errors. */
  readonly field: string;
}

const QUOTE = 0x22;
/** Characters decoded at a time: a multiple of 4, so each chunk is whole base64 groups. */
const CHUNK_CHARS = 4 << 20;

/** The column's data as the string JSON.parse would give (the whole of it: for what reads `data`). */
export function columnText(range: ColumnRange): string {
  if (range.length > constants.MAX_STRING_LENGTH)
    throw new InputError({
      file: range.file.display,
      field: range.field,
      message: `the column data is ${range.length} characters, longer than a string can be`,
    });
  return readRange(range.file, range.offset, range.length, QUOTE, QUOTE).toString(
    'latin1',
    1,
    range.length + 1,
  );
}

export function decodeColumnRange(dtype: ColumnDtype, range: ColumnRange): Typed {
  const decoded = decodePlain(range);
  if (!decoded) return decodeColumn({ dtype, data: columnText(range) });
  return typedView(dtype, decoded);
}

/**
 * The bytes of plain base64 data, decoded a chunk at a time into one buffer of Buffer.byteLength's size (as
 * decodeColumn allocates); null when the data is not plain, which the whole-string decode then handles
 * exactly as the whole-text reader would. Plain: every character of each chunk but the last decodes
 * (Node's decoder skips any other and stops at `=`, so each such character shortens the chunk's output).
 * Chunks of whole four-character groups then decode to what the same characters decode to in the string.
 */
function decodePlain(range: ColumnRange): Uint8Array<ArrayBuffer> | null {
  const { file, offset, length } = range;
  return withScannedFile(file, (fd) => {
    const edges = Buffer.allocUnsafe(1);
    readFully(file, fd, edges, 0, 1, offset - 1);
    if (edges[0] !== QUOTE) throw changedError(file, 'a value is no longer where it was scanned');
    readFully(file, fd, edges, 0, 1, offset + length);
    if (edges[0] !== QUOTE) throw changedError(file, 'a value is no longer where it was scanned');
    // Buffer.byteLength(data, 'base64'): padding dropped, then three bytes per four characters
    const tail = Buffer.alloc(2);
    const last = Math.min(2, length);
    readFully(file, fd, tail, 2 - last, last, offset + length - last);
    let chars = length;
    if (chars > 0 && tail[1] === 0x3d) chars--;
    if (chars > 1 && tail[0] === 0x3d && tail[1] === 0x3d) chars--;
    const out = Buffer.alloc(Math.floor((chars * 3) / 4));
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_CHARS, length));
    let written = 0;
    for (let done = 0; done < length;) {
      const n = Math.min(chunk.length, length - done);
      readFully(file, fd, chunk, 0, n, offset + done);
      done += n;
      const wrote = out.write(chunk.toString('latin1', 0, n), written, 'base64');
      written += wrote;
      // the last chunk decodes as the end of the whole string does, plain or not
      if (done < length && wrote !== (n / 4) * 3) return null;
    }
    return out.subarray(0, written);
  });
}
