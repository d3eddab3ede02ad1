import { Buffer } from 'node:buffer';
import { readJsonNumber, scannedNumber } from './json-number.js';

/**
 * Reads the few fields a task needs from one JSONL line's UTF-8 bytes without building the whole record:
 * one pass over the bytes validates the line as JSON (strings, escapes, numbers, literals, nesting) and
 * keeps the values of the wanted top-level keys only. Anything it does not handle simply — an escaped key,
 * deep nesting, a line that is not an object, any syntax error — makes `scan` return null, and the caller
 * parses the line with JSON.parse instead. So a line's values, and the error for a bad line, are always
 * exactly JSON.parse's: the scanner is only ever a shortcut to the same answer.
 *
 * Values: strings without escapes are decoded from their bytes, numbers by Clinger's exact fast path (at
 * most 15 significant digits and a power of ten up to 22: one correctly rounded multiplication or division)
 * or else Number() of their text, escaped strings and nested values by JSON.parse of their own text. The
 * `numbers` field (a classifier's scores) is read, when its keys come in the expected order, straight
 * into a reused Float64Array (a NumberRow) instead of an object.
 */

/** A flat object of numbers read without building it: `values[j]` belongs to the j-th expected key. */
export class NumberRow {
  constructor(readonly values: Float64Array) {}
}

/**
 * A non-empty string value without escapes, handed back as its bytes (ScanFields.bytes) instead of a string:
 * the content is buf[start, end), `ascii` when no byte is 0x80 or above. One object, reused: read it before
 * the next line is scanned.
 */
export class ScannedString {
  buf: Buffer = Buffer.alloc(0);
  start = 0;
  end = 0;
  ascii = true;
}

/** Which top-level keys to keep; `numbers` names one of them to read as a NumberRow once keys are set. */
export interface ScanFields {
  readonly names: readonly string[];
  readonly numbers?: string;
  /** Fields whose string values repeat (labels, slice values): each distinct value is decoded once. */
  readonly repeated?: readonly string[];
  /** The field whose non-empty unescaped strings come back as a ScannedString (example ids). */
  readonly bytes?: string;
}

/** Distinct repeated strings kept at most (a field that turns out to be unique stops being cached). */
const MAX_CACHED = 4096;

/** Nesting deeper than this (in a skipped value) is left to JSON.parse. */
const MAX_DEPTH = 64;

/** Whether the scanner can serve these fields (an own `__proto__` property cannot be set by assignment). */
export function scannable(fields: ScanFields): boolean {
  return !fields.names.includes('__proto__');
}

/** The bytes of `key` as it appears between quotes when written without escapes, or null if it needs one. */
function rawKey(key: string): Buffer | null {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return null;
  }
  return Buffer.from(key, 'utf8');
}

export class RecordScanner {
  private readonly names: readonly string[];
  private readonly keys: Buffer[];
  private readonly numbersAt: number;
  private numberKeys: Buffer[] | null = null;
  private numberValues = new Float64Array(0);
  private readonly numberRow: NumberRow[] = [];
  private readonly repeated: boolean[];
  private readonly bytesAt: number;
  private readonly scannedString = new ScannedString();
  /** Decoded repeated strings by a hash of their bytes. */
  private readonly cache = new Map<number, { bytes: Buffer; text: string }[]>();
  private cached = 0;

  // state of the line being scanned
  private buf: Buffer = Buffer.alloc(0);
  private end = 0;
  /** The last string scanned had an escape / a byte >= 0x80. */
  private escaped = false;
  private wide = false;
  /** The last number scanned. */
  private number = 0;
  /** The length in bytes of the last line scanned (read or not). */
  lineBytes = 0;

  constructor(fields: ScanFields) {
    this.names = fields.names;
    this.keys = fields.names.map((name) => Buffer.from(name, 'utf8'));
    this.numbersAt = fields.numbers === undefined ? -1 : fields.names.indexOf(fields.numbers);
    this.repeated = fields.names.map((name) => fields.repeated?.includes(name) ?? false);
    this.bytesAt = fields.bytes === undefined ? -1 : fields.names.indexOf(fields.bytes);
  }

  /**
   * The keys the `numbers` field is expected to have, in order (the first row's): from then on a row whose
   * object has exactly these keys in this order is read as a NumberRow. Keys that need escaping disable it.
   */
  expectNumberKeys(keys: readonly string[]): void {
    const raw = keys.map(rawKey);
    if (raw.some((k) => k === null)) return;
    this.numberKeys = raw as Buffer[];
    this.numberValues = new Float64Array(keys.length);
    this.numberRow.length = 0;
    this.numberRow.push(new NumberRow(this.numberValues));
  }

  /** The wanted fields of the object on bytes [start, end), or null: parse the line with JSON.parse. */
  scan(buf: Buffer, start: number, end: number): Record<string, unknown> | null {
    this.lineBytes = end - start;
    this.buf = buf;
    this.end = end;
    let p = this.skipSpace(start);
    if (p >= end || buf[p] !== 0x7b) return null;
    const record: Record<string, unknown> = {};
    p = this.skipSpace(p + 1);
    if (p < end && buf[p] === 0x7d) return this.skipSpace(p + 1) === end ? record : null;
    for (;;) {
      if (p >= end || buf[p] !== 0x22) return null;
      const keyStart = p + 1;
      p = this.skipString(keyStart);
      if (p < 0 || this.escaped) return null;
      const field = this.fieldOf(keyStart, p - 1);
      p = this.skipSpace(p);
      if (p >= end || buf[p] !== 0x3a) return null;
      p = this.skipSpace(p + 1);
      if (field < 0) p = this.skipValue(p, 0);
      else {
        const valueStart = p;
        p = this.readValue(p, field);
        if (p < 0) return null;
        record[this.names[field]] = this.value(valueStart, p, field);
      }
      if (p < 0) return null;
      p = this.skipSpace(p);
      if (p >= end) return null;
      const c = buf[p];
      if (c === 0x2c) p = this.skipSpace(p + 1);
      else if (c === 0x7d) return this.skipSpace(p + 1) === end ? record : null;
      else return null;
    }
  }

  private skipSpace(p: number): number {
    const { buf, end } = this;
    while (p < end) {
      const c = buf[p];
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) break;
      p++;
    }
    return p;
  }

  /** The index of the wanted field whose name is bytes [from, to), or −1. */
  private fieldOf(from: number, to: number): number {
    const { buf, keys } = this;
    const length = to - from;
    for (let f = 0; f < keys.length; f++) {
      const key = keys[f];
      if (key.length !== length) continue;
      let i = 0;
      while (i < length && buf[from + i] === key[i]) i++;
      if (i === length) return f;
    }
    return -1;
  }

  /** From just after an opening quote to just after the closing one; −1 if the string is not valid JSON. */
  private skipString(p: number): number {
    const { buf, end } = this;
    let escaped = false;
    let wide = false;
    while (p < end) {
      const c = buf[p];
      if (c === 0x22) {
        this.escaped = escaped;
        this.wide = wide;
        return p + 1;
      }
      if (c === 0x5c) {
        escaped = true;
        const e = buf[p + 1];
        if (e === 0x75) {
          if (
            p + 6 > end ||
            !isHex(buf[p + 2]) ||
            !isHex(buf[p + 3]) ||
            !isHex(buf[p + 4]) ||
            !isHex(buf[p + 5])
          )
            return -1;
          p += 6;
        } else if (
          e === 0x22 ||
          e === 0x5c ||
          e === 0x2f ||
          e === 0x62 ||
          e === 0x66 ||
          e === 0x6e ||
          e === 0x72 ||
          e === 0x74
        )
          p += 2;
        else return -1;
        continue;
      }
      if (c < 0x20) return -1;
      if (c >= 0x80) wide = true;
      p++;
    }
    return -1;
  }

  /** Past a valid JSON number starting at p (its value in this.number); −1 if not a valid number. */
  private readNumberAt(p: number): number {
    const after = readJsonNumber(this.buf, p, this.end);
    this.number = scannedNumber.value;
    return after;
  }

  /** Past a valid JSON value starting at p; −1 if it is not one (or nests deeper than MAX_DEPTH). */
  private skipValue(p: number, depth: number): number {
    const { buf, end } = this;
    if (p >= end) return -1;
    const c = buf[p];
    if (c === 0x22) return this.skipString(p + 1);
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.readNumberAt(p);
    if (c === 0x7b || c === 0x5b) {
      if (depth >= MAX_DEPTH) return -1;
      const close = c === 0x7b ? 0x7d : 0x5d;
      p = this.skipSpace(p + 1);
      if (p < end && buf[p] === close) return p + 1;
      for (;;) {
        if (c === 0x7b) {
          if (p >= end || buf[p] !== 0x22) return -1;
          p = this.skipString(p + 1);
          if (p < 0) return -1;
          p = this.skipSpace(p);
          if (p >= end || buf[p] !== 0x3a) return -1;
          p = this.skipSpace(p + 1);
        }
        p = this.skipValue(p, depth + 1);
        if (p < 0) return -1;
        p = this.skipSpace(p);
        if (p >= end) return -1;
        const d = buf[p];
        if (d === close) return p + 1;
        if (d !== 0x2c) return -1;
        p = this.skipSpace(p + 1);
      }
    }
    if (c === 0x74) return this.literal(p, TRUE);
    if (c === 0x66) return this.literal(p, FALSE);
    if (c === 0x6e) return this.literal(p, NULL);
    return -1;
  }

  private literal(p: number, word: readonly number[]): number {
    const { buf, end } = this;
    if (p + word.length > end) return -1;
    for (let i = 1; i < word.length; i++) if (buf[p + i] !== word[i]) return -1;
    return p + word.length;
  }

  /** Past the wanted field's value at p; −1 if invalid. Numbers leave their value in this.number. */
  private readValue(p: number, field: number): number {
    if (p >= this.end) return -1;
    const c = this.buf[p];
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.readNumberAt(p);
    if (c === 0x7b && field === this.numbersAt && this.numberKeys) {
      const after = this.readNumberObject(p);
      if (after >= 0) return after;
    }
    return this.skipValue(p, 0);
  }

  /** The wanted field's value on bytes [from, to) just read by readValue. */
  private value(from: number, to: number, field: number): unknown {
    const { buf } = this;
    const c = buf[from];
    if (c === 0x22) {
      if (this.escaped) return JSON.parse(buf.toString('utf8', from, to));
      if (field === this.bytesAt && to - from > 2) {
        const out = this.scannedString;
        out.buf = buf;
        out.start = from + 1;
        out.end = to - 1;
        out.ascii = !this.wide;
        return out;
      }
      if (this.repeated[field]) return this.cachedString(from + 1, to - 1);
      return this.wide ? buf.toString('utf8', from + 1, to - 1) : buf.toString('latin1', from + 1, to - 1);
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number;
    if (c === 0x74) return true;
    if (c === 0x66) return false;
    if (c === 0x6e) return null;
    if (c === 0x7b && field === this.numbersAt && this.numberRow.length && this.numberObjectEnd === to)
      return this.numberRow[0];
    return JSON.parse(buf.toString('utf8', from, to));
  }

  /** The string of bytes [from, to) (no escapes), decoded once per distinct value. */
  private cachedString(from: number, to: number): string {
    const { buf } = this;
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ buf[i], 0x01000193);
    const bucket = this.cache.get(h);
    if (bucket) {
      const length = to - from;
      for (const entry of bucket) {
        const bytes = entry.bytes;
        if (bytes.length !== length) continue;
        let i = 0;
        while (i < length && bytes[i] === buf[from + i]) i++;
        if (i === length) return entry.text;
      }
    }
    const text = this.wide ? buf.toString('utf8', from, to) : buf.toString('latin1', from, to);
    if (this.cached < MAX_CACHED) {
      this.cached++;
      const entry = { bytes: Buffer.from(buf.subarray(from, to)), text };
      if (bucket) bucket.push(entry);
      else this.cache.set(h, [entry]);
    }
    return text;
  }

  /** Where the last NumberRow read ended (to tell it from a generic object at the same field). */
  private numberObjectEnd = -1;

  /**
   * An object with exactly the expected keys, in order, each with a number, into numberValues; −1 if the
   * object is anything else (it is then read as a generic value).
   */
  private readNumberObject(p: number): number {
    const { buf, end } = this;
    const keys = this.numberKeys!;
    const values = this.numberValues;
    this.numberObjectEnd = -1;
    p = this.skipSpace(p + 1);
    for (let j = 0; j < keys.length; j++) {
      if (j > 0) {
        if (p >= end || buf[p] !== 0x2c) return -1;
        p = this.skipSpace(p + 1);
      }
      if (p >= end || buf[p] !== 0x22) return -1;
      const key = keys[j];
      const n = key.length;
      if (p + n + 2 > end || buf[p + n + 1] !== 0x22) return -1;
      for (let i = 0; i < n; i++) if (buf[p + 1 + i] !== key[i]) return -1;
      p = this.skipSpace(p + n + 2);
      if (p >= end || buf[p] !== 0x3a) return -1;
      p = this.skipSpace(p + 1);
      const c = p < end ? buf[p] : -1;
      if (!(c === 0x2d || (c >= 0x30 && c <= 0x39))) return -1;
      p = this.readNumberAt(p);
      if (p < 0) return -1;
      values[j] = this.number;
      p = this.skipSpace(p);
    }
    if (p >= end || buf[p] !== 0x7d) return -1;
    this.numberObjectEnd = p + 1;
    return p + 1;
  }
}

const TRUE = [0x74, 0x72, 0x75, 0x65];
const FALSE = [0x66, 0x61, 0x6c, 0x73, 0x65];
const NULL = [0x6e, 0x75, 0x6c, 0x6c];

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}
