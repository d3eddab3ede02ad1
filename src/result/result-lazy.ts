/**
 * Reading a result for comparison without a string per example id: the ids arrays (`suites[i].examples.ids`,
 * a million strings are ~40 MB of heap and most of the parse's garbage) are cut out of the file's bytes
 * before JSON.parse and kept as bytes (IdBytes); `examples.ids` becomes an array again the first time
 * anything reads it. A file the cut cannot serve exactly — ids with escapes or non-ASCII characters, keys
 * with escapes or repeated where the ids are, anything invalid — is read by readResult instead, so values
 * and errors are always readResult's.
 */
import { readFile, stat } from 'node:fs/promises';
import type { EvalgateResult } from '../generated/result.js';
import { IdBytes } from '../util/id-list.js';
import { exampleIds, lazyIds } from './lazy-ids.js';
import { MAX_RESULT_BYTES, MAX_RESULT_JSON_VALUES, readResult, validateResult } from './result-file.js';

export { exampleIds };

export async function readResultLazily(path: string, display = path): Promise<EvalgateResult> {
  let bytes: Buffer;
  try {
    if ((await stat(path)).size > MAX_RESULT_BYTES) return await readResult(path, display);
    bytes = await readFile(path);
  } catch {
    return readResult(path, display);
  }
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const found = findIds(bytes, from);
  if (!found || found.values > MAX_RESULT_JSON_VALUES) return readResult(path, display);
  const pieces: string[] = [];
  let at = from;
  for (const cut of found.cuts) {
    pieces.push(bytes.toString('utf8', at, cut.start), '[]');
    at = cut.end;
  }
  pieces.push(bytes.toString('utf8', at));
  let value: unknown;
  try {
    value = JSON.parse(pieces.join(''));
  } catch {
    return readResult(path, display);
  }
  if (value === null || typeof value !== 'object') return readResult(path, display);
  const version = (value as { schema_version?: unknown }).schema_version;
  if ((value as { kind?: unknown }).kind === 'evalgate-result' && version !== 1 && version !== 2)
    return readResult(path, display);
  try {
    validateResult(value, display);
  } catch {
    return readResult(path, display);
  }
  const result = value;
  const targets = found.cuts.map((cut) => result.suites[cut.suite]?.examples);
  if (targets.some((examples) => !examples || examples.ids.length !== 0)) return readResult(path, display);
  found.cuts.forEach((cut, i) => lazyIds(targets[i]!, cut.ids));
  return result;
}

interface Cut {
  /** Byte range of the ids array, brackets included. */
  readonly start: number;
  readonly end: number;
  readonly suite: number;
  readonly ids: IdBytes;
}

// What a container is, from the path to it: only suites[i].examples.ids is cut.
const OTHER = 0;
const ROOT = 1;
const SUITES = 2;
const SUITE = 3;
const EXAMPLES = 4;
const IDS = 5;
const MAX_DEPTH = 64;

const KEYS: readonly (readonly [number, Buffer, number])[] = [
  [ROOT, Buffer.from('suites'), SUITES],
  [SUITE, Buffer.from('examples'), EXAMPLES],
  [EXAMPLES, Buffer.from('ids'), IDS],
];

/**
 * The ids arrays of a result's bytes, and `,` `[` `{` outside strings (jsonValueCount's bound), in one
 * pass; null when a cut could be inexact.
 */
function findIds(b: Buffer, start: number): { cuts: Cut[]; values: number } | null {
  const tags: number[] = [];
  const isObject: boolean[] = [];
  const element: number[] = []; // arrays: index of the current element
  const seen: number[] = []; // objects: which of KEYS were met (a repeated one: JSON.parse keeps the last)
  const cuts: Cut[] = [];
  let values = 0;
  let pending = ROOT; // what the next value opened would be
  let expectKey = false;
  let p = start;
  while (p < b.length) {
    const c = b[p];
    const top = tags.length - 1;
    if (c === 0x22) {
      const close = stringEnd(b, p + 1);
      if (close < 0) return null;
      if (expectKey) {
        pending = OTHER;
        const tag = tags[top];
        if (tag === ROOT || tag === SUITE || tag === EXAMPLES) {
          for (let i = p + 1; i < close; i++) if (b[i] === 0x5c) return null; // an escaped key
          for (let k = 0; k < KEYS.length; k++) {
            const [parent, name, child] = KEYS[k];
            if (parent !== tag || !sameBytes(b, p + 1, close, name)) continue;
            if (seen[top] & (1 << k)) return null;
            seen[top] |= 1 << k;
            pending = child;
          }
        }
        expectKey = false;
      } else pending = OTHER;
      p = close + 1;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      values++;
      if (c === 0x5b && pending === IDS) {
        // the stack ends [... suites array, suite object, examples object]
        const cut = idsArray(b, p, element[tags.length - 3]);
        if (!cut) return null;
        values += cut.ids.length > 0 ? cut.ids.length - 1 : 0;
        cuts.push(cut);
        p = cut.end;
        pending = OTHER;
        continue;
      }
      if (tags.length >= MAX_DEPTH) return null;
      const tag =
        c === 0x7b
          ? pending === ROOT || pending === SUITE || pending === EXAMPLES
            ? pending
            : OTHER
          : pending === SUITES
            ? SUITES
            : OTHER;
      tags.push(tag);
      isObject.push(c === 0x7b);
      element.push(0);
      seen.push(0);
      expectKey = c === 0x7b;
      pending = tag === SUITES ? SUITE : OTHER;
    } else if (c === 0x7d || c === 0x5d) {
      if (top < 0) return null;
      tags.pop();
      isObject.pop();
      element.pop();
      seen.pop();
      expectKey = false;
      pending = OTHER;
    } else if (c === 0x2c) {
      values++;
      if (top < 0) return null;
      if (isObject[top]) {
        expectKey = true;
        pending = OTHER;
      } else {
        element[top]++;
        pending = tags[top] === SUITES ? SUITE : OTHER;
      }
    }
    p++;
  }
  return tags.length === 0 ? { cuts, values } : null;
}

/** The index of the quote closing a string whose content starts at `from`, or −1. */
function stringEnd(b: Buffer, from: number): number {
  for (;;) {
    const quote = b.indexOf(0x22, from);
    if (quote < 0) return -1;
    let slashes = 0;
    while (b[quote - 1 - slashes] === 0x5c) slashes++;
    if (slashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

function sameBytes(b: Buffer, from: number, to: number, name: Buffer): boolean {
  if (to - from !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (b[from + i] !== name[i]) return false;
  return true;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** An array of plain ASCII strings (no escapes, no control characters) at `p`, or null. */
function idsArray(b: Buffer, p: number, suite: number): Cut | null {
  // small at first: a hostile file may hold many short ids arrays (grow() doubles them)
  let starts: Int32Array = new Int32Array(16);
  let ends: Int32Array = new Int32Array(16);
  let n = 0;
  const length = b.length;
  let q = skipSpace(b, p + 1);
  if (b[q] !== 0x5d)
    for (;;) {
      // an id runs to the next quote (the checks below rule out an escaped one)
      if (b[q] !== 0x22) return null;
      const s = ++q;
      while (q < length && b[q] !== 0x22) q++;
      if (q >= length) return null;
      if (n === starts.length) {
        // past the value cap the lazy path gives way to readResult, which refuses the file
        if (n > MAX_RESULT_JSON_VALUES) return null;
        starts = grow(starts);
        ends = grow(ends);
      }
      starts[n] = s - p;
      ends[n++] = q - p;
      q = skipSpace(b, q + 1);
      if (b[q] === 0x5d) break;
      if (b[q] !== 0x2c) return null;
      q = skipSpace(b, q + 1);
    }
  const end = q + 1;
  const bytes = Buffer.from(b.subarray(p, end)); // a copy: the file's buffer is let go
  if (bytes.indexOf(0x5c) >= 0) return null;
  if (!printableAscii(bytes)) {
    // tab, CR and LF may separate the ids; nothing else below 0x20 or above 0x7f is taken
    for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return null;
    for (let i = 0; i < n; i++) for (let j = starts[i]; j < ends[i]; j++) if (bytes[j] < 0x20) return null;
  }
  return { start: p, end, suite, ids: new IdBytes(bytes, starts.slice(0, n), ends.slice(0, n)) };
}

/** No byte below 0x20 or above 0x7f, checked four at a time. */
function printableAscii(bytes: Buffer): boolean {
  let i = 0;
  if (bytes.byteOffset % 4 === 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
    // a byte below 0x20 borrows into its top bit; one at 0x80 or above has it set
    for (; i < words.length; i++) if (((words[i] - 0x20202020) | words[i]) & 0x80808080) return false;
    i *= 4;
  }
  for (; i < bytes.length; i++) if (bytes[i] < 0x20 || bytes[i] >= 0x80) return false;
  return true;
}

function skipSpace(b: Buffer, q: number): number {
  while (q < b.length && isSpace(b[q])) q++;
  return q;
}

function grow(a: Int32Array): Int32Array {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}
