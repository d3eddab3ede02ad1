/**
 * One streamed pass over a result file's bytes that cuts out its large values — each suite's
 * `examples.ids` array and the base64 `data` of its example columns — as file ranges, and keeps the rest
 * (the skeleton, with `[]` and `""` where the cuts were: values of the type the schema wants there) for
 * JSON.parse. Fed a chunk at a time: no value ever needs the whole file in memory.
 *
 * A cut is taken only when it is exactly what JSON.parse would give: ids are plain ASCII strings without
 * escapes (a count is kept, never the ids), column data is printable ASCII without escapes (so its bytes
 * are its characters). Anything else stops the scan with a problem: `invalid` (not JSON: the whole-text
 * reader reports it) or `inexact` (valid JSON the cut cannot serve exactly, e.g. an escaped id).
 */
import { IdsScanner, printableAscii, type IdsLayout } from './ids-scan.js';

// What a container is, from the path to it. Only suites[i].examples.ids and
// suites[i].examples.columns.<name>.data are cut; IDS and DATA are only ever pending.
const OTHER = 0;
const ROOT = 1;
const SUITES = 2;
const SUITE = 3;
const EXAMPLES = 4;
const COLUMNS = 5;
const COLUMN = 6;
const IDS = 7;
const DATA = 8;
const MAX_DEPTH = 64;
/** Keys compared with the ones that lead to a cut are collected up to this length (column names too). */
const MAX_KEY_BYTES = 4096;
/**
 * Cut values (ids arrays and columns, all suites): each costs a range and an accessor beside its parsed
 * object, so a skeleton of nothing but tiny columns must not hold millions (an honest result: tens a suite).
 */
export const MAX_CUTS = 1_000_000;

const KEYS: readonly (readonly [number, string, number])[] = [
  [ROOT, 'suites', SUITES],
  [SUITE, 'examples', EXAMPLES],
  [EXAMPLES, 'ids', IDS],
  [EXAMPLES, 'columns', COLUMNS],
  [COLUMN, 'data', DATA],
];

// where the scan is: in the skeleton, in a string of it, or in a cut
const NORMAL = 0;
const STRING = 1;
const IN_DATA = 2;
const IN_IDS = 3;

export interface ColumnCut {
  readonly suite: number;
  readonly name: string;
  /** The data's characters in the file (the quotes excluded). */
  readonly offset: number;
  readonly length: number;
}

export interface IdsCut {
  readonly suite: number;
  /** The array in the file, brackets included. */
  readonly offset: number;
  readonly bytes: number;
  readonly count: number;
  readonly layout: IdsLayout;
}

export interface ScanProblem {
  readonly kind: 'invalid' | 'inexact' | 'skeleton';
  readonly field?: string;
  readonly message: string;
}

export interface Scan {
  readonly skeleton: Buffer;
  readonly columns: readonly ColumnCut[];
  readonly ids: readonly IdsCut[];
  /** `,` `[` `{` of the skeleton (jsonValueCount's bound on what JSON.parse builds). */
  readonly values: number;
  /** The commas between the cut ids: with `values`, jsonValueCount of the whole file. */
  readonly idCommas: number;
}

export class ResultScanner {
  problem: ScanProblem | null = null;
  private readonly pieces: Buffer[] = [];
  private size = 0;
  private readonly columns: ColumnCut[] = [];
  private readonly idCuts: IdsCut[] = [];
  private values = 0;
  private idCommas = 0;
  // the container stack
  private readonly tags: number[] = [];
  private readonly isObject: boolean[] = [];
  private readonly element: number[] = []; // arrays: index of the current element
  private readonly seen: number[] = []; // objects: which of KEYS were met
  private pending = ROOT; // what the next value opened would be
  private expectKey = false;
  private mode = NORMAL;
  // a string of the skeleton: the previous chunk ended on an escaping backslash; a key being collected
  private escaped = false;
  private key: Buffer[] | null = null;
  private keyBytes = 0;
  private column: string | null = null; // the name of the column object we are in (or about to open)
  // the cut being scanned
  private cutStart = 0;
  private readonly ids = new IdsScanner();

  /** `skeletonLimit`: the most bytes the skeleton may have (JSON.parse's input). */
  constructor(private readonly skeletonLimit: number) {}

  /** Scans `b`, the file's bytes from offset `base`. */
  feed(b: Buffer, base: number): void {
    const n = b.length;
    let keep = this.mode === IN_DATA || this.mode === IN_IDS ? -1 : 0; // start of bytes kept in the skeleton
    let keyFrom = this.key ? 0 : -1;
    let p = 0;
    while (p < n && !this.problem) {
      if (this.mode === STRING) {
        const end = this.stringEnd(b, p);
        if (end < 0) break;
        if (this.key) this.collectKey(b, keyFrom, end);
        keyFrom = -1;
        this.endString();
        p = end + 1;
        continue;
      }
      if (this.mode === IN_DATA) {
        const end = this.dataEnd(b, p);
        if (end < 0) break;
        this.columns.push({
          suite: this.element[1],
          name: this.column!,
          offset: this.cutStart,
          length: base + end - this.cutStart,
        });
        if (this.columns.length + this.idCuts.length > MAX_CUTS)
          this.fail('inexact', `more than ${MAX_CUTS} example columns and ids arrays`);
        this.mode = NORMAL;
        this.pending = OTHER;
        keep = end; // the closing quote
        p = end + 1;
        continue;
      }
      if (this.mode === IN_IDS) {
        const end = this.ids.end(b, p, base);
        if (end < 0) {
          const problem = this.ids.problem;
          if (problem) this.fail(problem.kind, problem.message, `suites[${this.element[1]}].examples.ids`);
          break;
        }
        this.idCuts.push({
          suite: this.element[1],
          offset: this.cutStart,
          bytes: base + end + 1 - this.cutStart,
          count: this.ids.count,
          layout: this.ids.layout(),
        });
        if (this.ids.count > 1) this.idCommas += this.ids.count - 1;
        this.mode = NORMAL;
        this.pending = OTHER;
        keep = end + 1;
        p = end + 1;
        continue;
      }
      const c = b[p];
      if (c === 0x22) {
        if (!this.expectKey && this.pending === DATA) {
          // a column's data: the opening quote stays in the skeleton, the characters are cut
          this.keep(b, keep, p + 1);
          keep = -1;
          this.mode = IN_DATA;
          this.cutStart = base + p + 1;
          p++;
          continue;
        }
        this.mode = STRING;
        this.escaped = false;
        if (this.expectKey && this.collectsKeys()) {
          this.key = [];
          this.keyBytes = 0;
          keyFrom = p + 1;
        }
        p++;
        continue;
      }
      if (c === 0x7b || c === 0x5b) {
        this.values++;
        if (c === 0x5b && this.pending === IDS) {
          this.keep(b, keep, p);
          this.keepBytes(Buffer.from('[]'));
          keep = -1;
          this.mode = IN_IDS;
          this.cutStart = base + p;
          this.ids.start();
          p++;
          continue;
        }
        this.open(c === 0x7b);
      } else if (c === 0x7d || c === 0x5d) {
        if (this.tags.length === 0) this.fail('invalid', 'a closing bracket with nothing open');
        this.close();
      } else if (c === 0x2c) {
        this.values++;
        this.comma();
      }
      p++;
    }
    if (this.key && keyFrom >= 0 && this.mode === STRING) this.collectKey(b, keyFrom, n);
    if (keep >= 0) this.keep(b, keep, n);
  }

  /** The cuts and the skeleton, or what stopped the scan. */
  finish(): Scan | ScanProblem {
    if (!this.problem && this.mode !== NORMAL)
      this.fail(
        'invalid',
        this.mode === STRING ? 'the file ends inside a string' : 'the file ends inside a cut value',
      );
    if (!this.problem && this.tags.length > 0) this.fail('invalid', 'the file ends before its JSON does');
    if (this.problem) return this.problem;
    return {
      skeleton: Buffer.concat(this.pieces, this.size),
      columns: this.columns,
      ids: this.idCuts,
      values: this.values,
      idCommas: this.idCommas,
    };
  }

  private fail(kind: ScanProblem['kind'], message: string, field?: string): void {
    this.problem ??= { kind, message, ...(field ? { field } : {}) };
  }

  private keep(b: Buffer, from: number, to: number): void {
    if (from >= 0 && to > from) this.keepBytes(Buffer.from(b.subarray(from, to)));
  }

  private keepBytes(bytes: Buffer): void {
    this.size += bytes.length;
    if (this.size > this.skeletonLimit)
      this.fail(
        'skeleton',
        `the result outside its example ids and columns is over ${this.skeletonLimit} bytes`,
      );
    this.pieces.push(bytes);
  }

  private collectsKeys(): boolean {
    const tag = this.tags[this.tags.length - 1];
    return tag === ROOT || tag === SUITE || tag === EXAMPLES || tag === COLUMNS || tag === COLUMN;
  }

  private collectKey(b: Buffer, from: number, to: number): void {
    this.keyBytes += to - from;
    if (this.keyBytes <= MAX_KEY_BYTES) this.key!.push(Buffer.from(b.subarray(from, to)));
  }

  /** The index of the quote closing the skeleton string we are in, or −1 when it goes on past `b`. */
  private stringEnd(b: Buffer, p: number): number {
    if (this.escaped) {
      this.escaped = false;
      p++;
    }
    for (;;) {
      if (p >= b.length) return -1;
      const quote = b.indexOf(0x22, p);
      const to = quote < 0 ? b.length : quote;
      const slash = b.subarray(p, to).indexOf(0x5c);
      if (slash < 0) return quote;
      p += slash + 2; // the backslash and the character it escapes
      if (p > b.length) {
        this.escaped = true;
        return -1;
      }
    }
  }

  private endString(): void {
    this.mode = NORMAL;
    if (!this.expectKey) {
      this.pending = OTHER;
      return;
    }
    this.expectKey = false;
    this.pending = OTHER;
    if (!this.key) return;
    const name = this.keyBytes <= MAX_KEY_BYTES ? keyName(Buffer.concat(this.key)) : null;
    this.key = null;
    const top = this.tags.length - 1;
    const tag = this.tags[top];
    if (tag === COLUMNS) {
      this.pending = COLUMN;
      this.column = name;
      return;
    }
    for (let k = 0; k < KEYS.length; k++) {
      const [parent, wanted, child] = KEYS[k];
      if (parent !== tag || name !== wanted) continue;
      // JSON.parse keeps the last of repeated keys: the cut would not know which one it serves
      if (this.seen[top] & (1 << k)) this.fail('inexact', `a repeated ${JSON.stringify(wanted)} key`);
      this.seen[top] |= 1 << k;
      this.pending = child;
    }
    if (this.pending === DATA && this.column === null)
      this.fail('inexact', `a column name over ${MAX_KEY_BYTES} bytes or not valid JSON`);
  }

  private open(object: boolean): void {
    if (this.tags.length >= MAX_DEPTH) {
      this.fail('inexact', `JSON nested deeper than ${MAX_DEPTH} levels`);
      return;
    }
    const pending = this.pending;
    const tag = object
      ? pending === ROOT ||
        pending === SUITE ||
        pending === EXAMPLES ||
        pending === COLUMNS ||
        pending === COLUMN
        ? pending
        : OTHER
      : pending === SUITES
        ? SUITES
        : OTHER;
    this.tags.push(tag);
    this.isObject.push(object);
    this.element.push(0);
    this.seen.push(0);
    this.expectKey = object;
    this.pending = tag === SUITES ? SUITE : OTHER;
  }

  private close(): void {
    this.tags.pop();
    this.isObject.pop();
    this.element.pop();
    this.seen.pop();
    this.expectKey = false;
    this.pending = OTHER;
  }

  private comma(): void {
    const top = this.tags.length - 1;
    if (top < 0) {
      this.fail('invalid', 'a comma outside any array or object');
      return;
    }
    if (this.isObject[top]) {
      this.expectKey = true;
      this.pending = OTHER;
    } else {
      this.element[top]++;
      this.pending = this.tags[top] === SUITES ? SUITE : OTHER;
    }
  }

  /** The quote ending the column data we are in, or −1 when it goes on past `b` (or a problem was found). */
  private dataEnd(b: Buffer, p: number): number {
    const quote = b.indexOf(0x22, p);
    const to = quote < 0 ? b.length : quote;
    const field = () => `suites[${this.element[1]}].examples.columns[${JSON.stringify(this.column)}].data`;
    if (b.subarray(p, to).indexOf(0x5c) >= 0) {
      this.fail('inexact', 'an escape in base64 column data', field());
      return -1;
    }
    if (!printableAscii(b, p, to)) {
      for (let i = p; i < to; i++)
        if (b[i] < 0x20) {
          this.fail('invalid', 'a control character in a string', field());
          return -1;
        }
      this.fail('inexact', 'a character outside ASCII in base64 column data', field());
      return -1;
    }
    return quote;
  }
}

/** A key's name as JSON.parse gives it (escapes resolved); null when it is not a valid JSON string. */
function keyName(raw: Buffer): string | null {
  const text = raw.toString('utf8');
  if (raw.indexOf(0x5c) < 0) return text;
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return null;
  }
}
