/**
 * The golden records of a few example rows, read without parsing the rest of the file: a result's example
 * table lists its examples in golden-file order (one row per record, blank lines skipped), so the listed
 * flipped examples' excerpts are on known lines. Lines are counted with a native newline search and only
 * the wanted ones are parsed. Anything that breaks the correspondence — a line that is neither blank nor
 * an object, an id that is not the expected one, invalid UTF-8 or JSON on a wanted line — gives up (null)
 * and the caller reads the whole file as before, so its answers and errors stay the same.
 */
import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';

const CHUNK = 1 << 20;

/** A found record: its 1-based line and its parsed value. */
export interface GoldenRow {
  readonly line: number;
  readonly record: Record<string, unknown>;
}

/**
 * The records at 0-based record indexes `rows` of a JSONL file, if each one's `idField` is the id
 * expected there (`ids[i]` for `rows[i]`); null when any is not, or the file is not plain line-per-record.
 */
export async function goldenRowsAt(
  path: string,
  idField: string,
  rows: readonly number[],
  ids: readonly string[],
): Promise<Map<number, GoldenRow> | null> {
  const wanted = [...new Set(rows)].sort((a, b) => a - b);
  const expected = new Map(rows.map((r, i) => [r, ids[i]]));
  const found = new Map<number, GoldenRow>();
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return null;
  }
  try {
    let buf = Buffer.alloc(CHUNK);
    let filled = 0; // bytes of buf holding file data not yet split into lines
    let eof = false;
    let line = 0;
    let record = -1;
    let next = 0; // index into wanted
    while (next < wanted.length) {
      if (!eof && filled < buf.length) {
        const { bytesRead } = await handle.read(buf, filled, buf.length - filled, null);
        if (bytesRead === 0) eof = true;
        filled += bytesRead;
      }
      let start = 0;
      for (;;) {
        let stop = buf.indexOf(10, start);
        if (stop < 0 || stop >= filled) {
          if (!eof) break;
          if (start >= filled) break;
          stop = filled;
        }
        line++;
        let s = start;
        if (line === 1 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) s += 3;
        while (s < stop && (buf[s] === 0x20 || buf[s] === 0x09 || buf[s] === 0x0d)) s++;
        start = stop + 1;
        if (s === stop) continue; // a blank line: not a record
        if (buf[s] !== 0x7b) return null; // not an object: the full read reports it
        if (++record !== wanted[next]) continue;
        const value = parseLine(buf.subarray(s, stop));
        const id = value?.[idField];
        const key = typeof id === 'number' ? String(id) : id;
        if (!value || key !== expected.get(record)) return null;
        found.set(record, { line, record: value });
        if (++next === wanted.length) return found;
      }
      if (eof) return null;
      // keep the partial line; a line longer than the buffer doubles it
      if (start > 0) {
        buf.copy(buf, 0, start, filled);
        filled -= start;
      } else if (filled === buf.length) {
        const bigger = Buffer.alloc(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
    }
    return found;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

function parseLine(bytes: Buffer): Record<string, unknown> | null {
  if (!isUtf8(bytes)) return null;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
