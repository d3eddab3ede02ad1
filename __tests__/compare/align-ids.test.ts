import { describe, expect, test } from '@jest/globals';
import { alignExamples, decodeExamples } from '../../src/compare/examples.js';
import type { SuiteResult } from '../../src/generated/result.js';
import { encodeColumn } from '../../src/result/columns.js';
import type { ExampleTable } from '../../src/tasks/task-family.js';
import { idBytesOf, idColumnOf } from '../../src/util/id-column.js';
import { arrayIds, type IdList } from '../../src/util/id-list.js';

/**
 * Pairing base and head by id when they list their ids in different orders: the ids are compared as their
 * canonical bytes (never a string a row), which must pair exactly as comparing the strings does, whatever
 * the ids hold and whichever form each side keeps them in.
 */

const TRICKY = [
  'plain-1',
  'é-accent',
  '日本語',
  'quote"inside',
  'back\\slash',
  'tab\there',
  'line\u2028sep',
  'emoji-😀',
  '',
  '0',
  'plain-2',
  'dup',
];

type Kind = 'strings' | 'bytes';
const list = (ids: string[], kind: Kind): IdList =>
  kind === 'strings' ? arrayIds(ids) : idBytesOf(idColumnOf(ids));

function table(ids: string[], golden: number[], kind: Kind): ExampleTable {
  return {
    n: ids.length,
    ids: list(ids, kind),
    columns: new Map([['golden', Uint32Array.from(golden)]]),
  };
}

/** What pairing by the strings gives: each head row's first base row with that id (−1: none). */
function expected(baseIds: string[], headIds: string[]): number[] {
  const first = new Map<string, number>();
  baseIds.forEach((id, b) => {
    if (!first.has(id)) first.set(id, b);
  });
  return headIds.map((id) => first.get(id) ?? -1);
}

describe('pairing by id as bytes', () => {
  const baseIds = [...TRICKY, 'dup', 'only-base'];
  // another order, one id added, one removed, the duplicate twice
  const headIds = ['only-head', ...[...TRICKY].reverse(), 'dup'];
  const goldenOf = (ids: string[]) => ids.map((id) => (id === 'tab\there' ? 7 : id.length));
  for (const baseKind of ['strings', 'bytes'] as const) {
    for (const headKind of ['strings', 'bytes'] as const) {
      test(`base ${baseKind}, head ${headKind}`, () => {
        const headGolden = goldenOf(headIds).map((g, h) => (headIds[h] === '日本語' ? 99 : g));
        const a = alignExamples(
          table(baseIds, goldenOf(baseIds), baseKind),
          table(headIds, headGolden, headKind),
        );
        const pairs = expected(baseIds, headIds);
        const relabelled = headIds.filter((id) => id === '日本語');
        expect(Array.from(a.baseRowOf)).toEqual(pairs.map((b, h) => (headIds[h] === '日本語' ? -1 : b)));
        expect(a.identity).toBe(false);
        // the second base 'dup' is never paired: a duplicate pairs with its first row
        expect(a.counts).toEqual({ added: 1, removed: 2, relabelled: 1 });
        expect(a.added).toEqual(['only-head']);
        expect(a.removed).toEqual(['dup', 'only-base']);
        expect(a.relabelled).toEqual(relabelled);
        expect(a.shared).toBe(headIds.length - 2);
      });
    }
  }

  test('the same ids in the same order pair by position', () => {
    const a = alignExamples(
      table(TRICKY, goldenOf(TRICKY), 'bytes'),
      table(TRICKY, goldenOf(TRICKY), 'strings'),
    );
    expect(a.identity).toBe(true);
    expect(Array.from(a.baseRowOf)).toEqual(TRICKY.map((_, i) => i));
  });
});

describe('IdBytes.equals', () => {
  const bytes = (ids: string[]) => idBytesOf(idColumnOf(ids));
  test('the same bytes cut elsewhere are other ids', () => {
    expect(bytes(['ab', 'c']).equals(bytes(['a', 'bc']))).toBe(false);
    expect(bytes(['ab', 'c']).equals(bytes(['ab', 'c']))).toBe(true);
  });
  test('selections of one buffer compare by their ids', () => {
    const all = bytes(['a', 'b', 'c']);
    expect(all.select([0, 1]).equals(all.select([1, 0]))).toBe(false);
    expect(all.select([0, 2]).equals(bytes(['a', 'c']))).toBe(true);
  });
});

describe('example records that do not hold n examples', () => {
  const suite = (n: number, ids: string[], truth: number[], width?: number) =>
    ({
      name: 'intents',
      examples: {
        n,
        ids,
        columns: { truth: { ...encodeColumn(Int32Array.from(truth), 'i32'), ...(width ? { width } : {}) } },
      },
    }) as unknown as SuiteResult;
  test('fewer ids than n is a one-line error naming the side, suite and field', () => {
    expect(() => decodeExamples(suite(3, ['a', 'b'], [0, 1, 2]), 'head')).toThrow(
      'head result, suite "intents": examples.ids: lists 2 ids for n = 3: the result file is damaged or was edited (evaluate again to write it afresh)',
    );
  });
  test('a column of another length is an error when it is read', () => {
    const table = decodeExamples(suite(3, ['a', 'b', 'c'], [0, 1]), 'base')!;
    expect(() => table.columns.get('truth')).toThrow(
      'base result, suite "intents": examples.columns.truth: holds 2 values for 3',
    );
    const wide = decodeExamples(suite(2, ['a', 'b'], [0, 1, 2, 3], 2), 'base')!;
    expect(Array.from(wide.columns.get('truth')!)).toEqual([0, 1, 2, 3]);
  });
});
