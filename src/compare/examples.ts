import type { SuiteResult } from '../generated/result.js';
import { InputError } from '../io/errors.js';
import type { Typed } from '../result/columns.js';
import type { ExampleTable } from '../tasks/task-family.js';
import { IdBytesIndex, hashIdBytes, idBytesOf, idColumnOf } from '../util/id-column.js';
import { columnValues, exampleIds, sameColumnData } from '../result/result-lazy.js';
import { IdRange } from '../result/id-range.js';
import { IdBytes, type IdList } from '../util/id-list.js';

// Decoded once per suite result and aligned once per pair: a comparison reads them for every slice, gate,
// flip list and both passes of compareResultsParallel (tables and alignments are never written to).
const tables = new WeakMap<SuiteResult, ExampleTable>();
const alignments = new WeakMap<ExampleTable, WeakMap<ExampleTable, Alignment>>();

/**
 * A suite's example records as a table; `side` names the result in errors. Their ids and every column read
 * must hold `n` examples: a result edited by hand (or damaged) is an error, never rows paired by guesswork.
 */
export function decodeExamples(suite: SuiteResult, side: 'base' | 'head'): ExampleTable | null {
  const ex = suite.examples;
  if (!ex) return null;
  let table = tables.get(suite);
  if (table) return table;
  const where = `${side} result, suite ${JSON.stringify(suite.name)}: examples`;
  const ids = exampleIds(ex);
  if (ids.length !== ex.n) damaged(`${where}.ids`, `lists ${ids.length} ids for n = ${ex.n}`);
  table = { n: ex.n, ids, columns: new LazyColumns(ex.columns, ex.n, where) };
  tables.set(suite, table);
  return table;
}

function damaged(field: string, what: string): never {
  throw new InputError({
    field,
    message: `${what}: the result file is damaged or was edited (evaluate again to write it afresh)`,
  });
}

type ColumnData = NonNullable<SuiteResult['examples']>['columns'];

/**
 * A suite's columns, each decoded from base64 the first time it is read: a gate reads the labels and slice
 * codes, not every per-example metric term (a million rows' confidence and Brier terms are 8 MB a side).
 */
class LazyColumns implements ReadonlyMap<string, Typed> {
  private readonly decoded = new Map<string, Typed>();

  constructor(
    private readonly data: ColumnData,
    private readonly n: number,
    private readonly where: string,
  ) {}

  get size(): number {
    return Object.keys(this.data).length;
  }

  has(name: string): boolean {
    return Object.hasOwn(this.data, name);
  }

  get(name: string): Typed | undefined {
    let column = this.decoded.get(name);
    if (!column && this.has(name)) {
      const data = this.data[name];
      column = columnValues(data);
      const expected = this.n * (data.width ?? 1);
      if (column.length !== expected)
        damaged(`${this.where}.columns.${name}`, `holds ${column.length} values for ${expected}`);
      this.decoded.set(name, column);
    }
    return column;
  }

  /** Whether column `name` is known to hold the same values in `other` without decoding either. */
  sameAs(other: ReadonlyMap<string, Typed>, name: string): boolean {
    return (
      other instanceof LazyColumns &&
      this.has(name) &&
      other.has(name) &&
      !this.decoded.has(name) &&
      !other.decoded.has(name) &&
      sameColumnData(this.data[name], other.data[name])
    );
  }

  *entries(): MapIterator<[string, Typed]> {
    for (const name of Object.keys(this.data)) yield [name, this.get(name)!];
  }

  *keys(): MapIterator<string> {
    yield* Object.keys(this.data);
  }

  *values(): MapIterator<Typed> {
    for (const [, column] of this.entries()) yield column;
  }

  [Symbol.iterator](): MapIterator<[string, Typed]> {
    return this.entries();
  }

  forEach(visit: (value: Typed, key: string, map: ReadonlyMap<string, Typed>) => void): void {
    for (const [name, column] of this.entries()) visit(column, name, this);
  }
}

/** Rows of the same example on both sides, and how the golden sets differ. */
export interface Alignment {
  /** For each head row: the base row of the same example with the same golden content, or −1. */
  readonly baseRowOf: Int32Array;
  /** Every head row is paired with the base row of the same index (same ids, same order, same content). */
  readonly identity: boolean;
  readonly shared: number;
  readonly counts: { readonly added: number; readonly removed: number; readonly relabelled: number };
  /** Up to 20 ids of each kind, for the report. */
  readonly added: string[];
  readonly removed: string[];
  readonly relabelled: string[];
}

const MAX_LISTED = 20;

/** Matches examples by id; an example whose golden content (label, slice fields) changed is "relabelled". */
export function alignExamples(base: ExampleTable, head: ExampleTable): Alignment {
  let byHead = alignments.get(base);
  if (!byHead) alignments.set(base, (byHead = new WeakMap()));
  let alignment = byHead.get(head);
  if (!alignment) byHead.set(head, (alignment = align(base, head)));
  return alignment;
}

function align(base: ExampleTable, head: ExampleTable): Alignment {
  const baseRowOf = new Int32Array(head.n).fill(-1);
  const sameOrder = base.n === head.n && sameIds(base.ids, head.ids);
  // same ids in the same order with byte-identical golden hashes in both files: nothing is relabelled
  const goldenSame =
    sameOrder && base.columns instanceof LazyColumns && base.columns.sameAs(head.columns, 'golden');
  const baseGolden = goldenSame ? undefined : base.columns.get('golden');
  const headGolden = goldenSame ? undefined : head.columns.get('golden');
  const sameContent = (b: number, h: number) => !baseGolden || !headGolden || baseGolden[b] === headGolden[h];
  const added: string[] = [];
  const relabelled: string[] = [];
  let addedCount = 0;
  let relabelledCount = 0;
  let shared = 0;
  const matchedBase = new Uint8Array(base.n);

  // in another order (or another golden set), pairing by id: both sides' ids as bytes, never a string a row
  // (at 10M rows, strings and their index would take over 1 GiB); in the same order, by position
  const headIds = sameOrder ? null : idBytes(head.ids);
  const index = sameOrder ? null : byteIndex(idBytes(base.ids));
  for (let h = 0; h < head.n; h++) {
    const b = index
      ? index.get(headIds!.bytes, headIds!.starts[h], headIds!.ends[h], headHash(headIds!, h))
      : h;
    if (b < 0) {
      addedCount++;
      if (added.length < MAX_LISTED) added.push(head.ids.at(h));
      continue;
    }
    matchedBase[b] = 1;
    if (!sameContent(b, h)) {
      relabelledCount++;
      if (relabelled.length < MAX_LISTED) relabelled.push(head.ids.at(h));
      continue;
    }
    baseRowOf[h] = b;
    shared++;
  }
  const removed: string[] = [];
  let removedCount = 0;
  for (let b = 0; b < base.n; b++) {
    if (!matchedBase[b]) {
      removedCount++;
      if (removed.length < MAX_LISTED) removed.push(base.ids.at(b));
    }
  }
  return {
    baseRowOf,
    identity: shared === head.n && sameOrder,
    shared,
    counts: { added: addedCount, removed: removedCount, relabelled: relabelledCount },
    added,
    removed,
    relabelled,
  };
}

/**
 * The ids as IdBytes (each id's canonical JSON text, so equal ids have equal bytes): the same object when
 * they already are, the file's bytes for ids left in a result file, else encoded from the strings.
 */
function idBytes(ids: IdList): IdBytes {
  if (ids instanceof IdBytes) return ids;
  if (ids instanceof IdRange) return ids.asBytes();
  return idBytesOf(idColumnOf(ids.toArray()));
}

function byteIndex(ids: IdBytes): IdBytesIndex {
  const hashes = new Uint32Array(ids.length);
  for (let i = 0; i < ids.length; i++) hashes[i] = hashIdBytes(ids.bytes, ids.starts[i], ids.ends[i]);
  return new IdBytesIndex(ids, hashes);
}

const headHash = (ids: IdBytes, row: number) => hashIdBytes(ids.bytes, ids.starts[row], ids.ends[row]);

/** Every base id equals the head id of the same row. */
function sameIds(base: IdList, head: IdList): boolean {
  if (base.length === head.length) return base.equals(head);
  for (let i = 0; i < base.length; i++) if (base.at(i) !== head.at(i)) return false;
  return true;
}
