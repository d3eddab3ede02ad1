import { GrowingCodes, GrowingColumn, int32s, type Codes } from '../../util/growing-column.js';
import { Vocab, remap, type DecodedPart, type MergedRows } from './decode.js';
import { ConsecutiveLines } from '../../util/line-numbers.js';

/**
 * Merging a file's decoded parts one at a time, in file order, as they arrive: each part's rows are
 * copied into growing columns and let go at once, so a 10M-row file's parts are never all held beside
 * its merged columns (and the memory a part leaves is reused by the next ones). The columns start at an
 * estimate of the file's rows (see GrowingColumn).
 */

/** Lines and labels of a file's parts, merged in order (ids are the caller's). */
export class LabelledMerger<P extends DecodedPart> {
  /** Written only once a row is not on the line after the last one's (until then, ConsecutiveLines). */
  private lines: GrowingColumn<Int32Array> | null = null;
  private n_ = 0;
  private readonly codes: GrowingCodes;
  private readonly labels = new Vocab();
  private readonly sets: number[][] | null;

  constructor(
    multilabel: boolean,
    private readonly capacity: number,
    private readonly labelsOf: (part: P) => { codes: Codes | null; sets: number[][] | null },
  ) {
    this.codes = new GrowingCodes(multilabel ? 0 : capacity);
    this.sets = multilabel ? [] : null;
  }

  get n(): number {
    return this.n_;
  }

  /** Appends the next part's lines (`lineOffset`: lines in the file before it) and labels; empties its lines. */
  add(part: P, lineOffset: number): void {
    const labelMap = remap(part.labelNames, this.labels, part.labelsNumeric);
    if (!part.labelsNumeric) this.labels.allNumeric = false;
    const own = this.labelsOf(part);
    const first = this.n_;
    this.addLines(part.lines, lineOffset);
    if (this.sets) {
      for (let j = 0; j < part.n; j++) this.sets.push(own.sets![j].map((c) => labelMap[c]));
    } else {
      const codes = this.codes.reserve(part.n, this.labels.names.length);
      for (let j = 0; j < part.n; j++) codes[first + j] = labelMap[own.codes![j]];
      this.codes.length += part.n;
    }
    part.lines = NO_LINES;
  }

  private addLines(own: Int32Array, lineOffset: number): void {
    const first = this.n_;
    this.n_ += own.length;
    if (!this.lines) {
      if (first === 0 && own.length) this.firstLine = own[0] + lineOffset;
      let j = 0;
      while (j < own.length && own[j] + lineOffset === this.firstLine + first + j) j++;
      if (j === own.length) return;
      // a row off the run: the lines are written from now on, the run's first
      this.lines = new GrowingColumn(int32s, Math.max(this.capacity, this.n_));
      const lines = this.lines.reserve(first);
      for (let i = 0; i < first; i++) lines[i] = this.firstLine + i;
      this.lines.length = first;
    }
    const lines = this.lines.reserve(own.length);
    const at = this.lines.length;
    for (let j = 0; j < own.length; j++) lines[at + j] = own[j] + lineOffset;
    this.lines.length += own.length;
  }

  /** The first row's line, while every row is on the line after the last one's. */
  private firstLine = 0;

  finish(): MergedRows {
    return {
      n: this.n_,
      lines: this.lines ? this.lines.finish() : new ConsecutiveLines(this.firstLine, this.n_),
      labels: this.labels,
      codes: this.codes.finish(),
      sets: this.sets,
    };
  }
}

const NO_LINES = new Int32Array(0);

/** Rows of a file expected from its size and a part of it (lines per byte), with room to spare. */
export function rowEstimate(fileBytes: number, partBytes: number, partLines: number): number {
  if (partBytes <= 0 || partLines <= 0) return 1024;
  return Math.ceil((fileBytes / partBytes) * partLines * 1.25) + 1024;
}

/**
 * Hands a file's parts to `take` in file order as they arrive (a part that comes early waits for those
 * before it), with the lines before each. A part that failed to decode (undefined), or a `take` that
 * throws, stops the feed: the load reports the error once every part is in. Arrivals are idempotent.
 */
export class InOrderFeed<P extends { readonly lineCount: number }> {
  private readonly waiting = new Map<number, P>();
  private next = 0;
  private lineOffset = 0;
  private stopped = false;
  /** What `take` threw, if it did. */
  error: unknown = null;

  constructor(
    private readonly count: number,
    private readonly take: (part: P, lineOffset: number) => void,
    /** Whether `take` may run yet (checked on each arrival and by drain). */
    private readonly ready: () => boolean = () => true,
  ) {}

  /** Every part was taken. */
  get complete(): boolean {
    return !this.stopped && this.next === this.count;
  }

  arrive(position: number, part: P | undefined): void {
    if (this.stopped || position < this.next || this.waiting.has(position)) return;
    if (!part) return this.stop();
    this.waiting.set(position, part);
    this.drain();
  }

  drain(): void {
    if (!this.ready()) return;
    for (let part = this.waiting.get(this.next); part && !this.stopped; part = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      try {
        this.take(part, this.lineOffset);
      } catch (error) {
        this.error = error;
        return this.stop();
      }
      this.lineOffset += part.lineCount;
    }
  }

  /** Takes no more parts (and lets the waiting ones go): the load has failed. */
  stop(): void {
    this.stopped = true;
    this.waiting.clear();
  }
}
