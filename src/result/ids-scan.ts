/**
 * The part of a result's streamed scan (result-scan.ts) inside one `examples.ids` array: it counts the ids
 * and checks each is a plain ASCII string without escapes (what JSON.parse gives back byte for byte),
 * a chunk at a time, without keeping any id. It also notes the array's layout, so that the ids read into
 * memory later need no offsets when they follow from it.
 */

/**
 * How an ids array is written: SPACED (whitespace somewhere between ids), else without whitespace (so
 * every separator is `","`) and with ids of VARYING lengths, of one length (≥ 0), or none (NO_WIDTH).
 */
export type IdsLayout = number;
export const SPACED = -3;
export const VARYING = -2;
export const NO_WIDTH = -1;

const FIRST = 0; // after `[`
const IN_ID = 1;
const AFTER_ID = 2;
const NEXT_ID = 3; // after `,`

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** Bytes that end a plain ASCII id: its closing quote, or one the cut does not take (escape, control, non-ASCII). */
const ENDS_ID = new Uint8Array(256).map((_, c) =>
  c === 0x22 || c === 0x5c || c < 0x20 || c >= 0x80 ? 1 : 0,
);

export interface IdsProblem {
  readonly kind: 'invalid' | 'inexact';
  readonly message: string;
}

export class IdsScanner {
  count = 0;
  problem: IdsProblem | null = null;
  private state = FIRST;
  private idStart = 0; // where the id being read starts in the file
  private width: IdsLayout = NO_WIDTH;
  private compact = true;

  /** A new array, its `[` just read. */
  start(): void {
    this.state = FIRST;
    this.count = 0;
    this.width = NO_WIDTH;
    this.compact = true;
    this.problem = null;
  }

  layout(): IdsLayout {
    return this.compact ? this.width : SPACED;
  }

  /** The `]` ending the array in `b` (the file's bytes from `base`), or −1: it goes on past `b`, or a problem. */
  end(b: Buffer, p: number, base: number): number {
    const n = b.length;
    let state = this.state;
    let count = this.count;
    let width = this.width;
    // the rest of the chunk printable ASCII without a backslash (so are the ids in it): each id ends at the
    // next quote, found natively; else each id's bytes are looked at one by one
    const plain = printableAscii(b, p, n) && b.subarray(p, n).indexOf(0x5c) < 0;
    let end = -1;
    while (p < n) {
      if (state === IN_ID) {
        if (plain) {
          const quote = b.indexOf(0x22, p);
          p = quote < 0 ? n : quote;
        } else while (p < n && !ENDS_ID[b[p]]) p++;
        if (p === n || b[p] !== 0x22) break;
        count++;
        const length = base + p - this.idStart;
        if (width !== length) width = width === NO_WIDTH ? length : VARYING;
        p++;
        // the separator evalgate writes, `","`, leads straight into the next id
        if (p + 1 < n && b[p] === 0x2c && b[p + 1] === 0x22) {
          p += 2;
          this.idStart = base + p;
        } else state = AFTER_ID;
        continue;
      }
      const c = b[p];
      if (isSpace(c)) {
        this.compact = false;
        p++;
        continue;
      }
      if (c === 0x5d && (state === AFTER_ID || state === FIRST)) {
        end = p;
        break;
      }
      if (state === AFTER_ID && c === 0x2c) state = NEXT_ID;
      else if (state !== AFTER_ID && c === 0x22) {
        state = IN_ID;
        this.idStart = base + p + 1;
      } else break;
      p++;
    }
    this.state = state;
    this.count = count;
    this.width = width;
    if (end < 0 && p < n) this.problem = problemAt(b[p], state);
    return end;
  }
}

function problemAt(c: number, state: number): IdsProblem {
  if (state === IN_ID)
    return c < 0x20
      ? { kind: 'invalid', message: 'a control character in a string' }
      : { kind: 'inexact', message: 'an id with an escape or a character outside ASCII' };
  if (state === AFTER_ID) return { kind: 'invalid', message: 'ids not separated by commas' };
  return { kind: 'inexact', message: 'an id that is not a string' };
}

/** No byte below 0x20 or above 0x7f in `b[from, to)`, four at a time where aligned. */
export function printableAscii(b: Uint8Array, from: number, to: number): boolean {
  let i = from;
  const firstWord = (b.byteOffset + i + 3) & ~3;
  for (; i < to && b.byteOffset + i < firstWord; i++) if (b[i] < 0x20 || b[i] >= 0x80) return false;
  const words = Math.max(0, (to - i) >> 2);
  if (words > 0) {
    const view = new Uint32Array(b.buffer, b.byteOffset + i, words);
    // a byte below 0x20 borrows into its top bit; one at 0x80 or above has it set
    for (let w = 0; w < words; w++) if (((view[w] - 0x20202020) | view[w]) & 0x80808080) return false;
    i += words * 4;
  }
  for (; i < to; i++) if (b[i] < 0x20 || b[i] >= 0x80) return false;
  return true;
}
