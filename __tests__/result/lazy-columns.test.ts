import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  decodeColumn,
  encodeColumn,
  lazyCodes,
  lazyColumn,
  encodeCodes,
  standingColumn,
  type ColumnDtype,
  type Typed,
} from '../../src/result/columns.js';
import { writeJsonAtomic, writeResult } from '../../src/result/result-file.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import { tempProject } from '../helpers/suite.js';

/**
 * Example columns encoded as the result is written (lazyColumn): the writer's bytes, the `data` a reader
 * builds and the values decodeColumn gives are the eager encoding's, for every dtype and conversion and for
 * lengths on either side of the writer's slices (3 × 8192 values).
 */

const LENGTHS = [0, 1, 2, 3, 24575, 24576, 24577, 3 * 24576 + 5];

function values(n: number): Float64Array {
  // integers of both signs past 16 bits (Int16 wraps them), fractions (Float32 rounds them)
  return Float64Array.from({ length: n }, (_, i) => (i % 5 === 0 ? -i * 977 : i / 7 + (i % 3) * 40000));
}

const CASES: [string, (n: number) => Typed, ColumnDtype, (v: Typed) => Typed][] = [
  ['f64 as f32', (n) => values(n), 'f32', (v) => Float32Array.from(v)],
  ['f64 as f64', (n) => values(n), 'f64', (v) => v],
  ['i32 as i16', (n) => Int32Array.from(values(n)), 'i16', (v) => Int16Array.from(v)],
  ['i32 as i32', (n) => Int32Array.from(values(n)), 'i32', (v) => v],
  ['u32 as u32', (n) => Uint32Array.from(values(n)), 'u32', (v) => v],
  ['u8 as u8', (n) => Uint8Array.from(values(n)), 'u8', (v) => v],
];

describe('lazy columns', () => {
  test.each(CASES)(
    '%s: written, read and decoded as the eager encoding',
    async (_name, make, dtype, convert) => {
      for (const n of LENGTHS) {
        const source = make(n);
        const eager = encodeColumn(convert(source), dtype);
        const column = lazyColumn(source, dtype);
        expect(standingColumn(column)).toBeDefined();
        expect(Array.from(decodeColumn(column))).toEqual(Array.from(decodeColumn(eager)));
        expect(standingColumn(column)).toBeDefined(); // decoding did not build the string
        const written = join(tempProject('evalgate-lazy-'), 'c.json');
        await writeJsonAtomic(written, { a: 1, column, z: [column.dtype] });
        expect(readFileSync(written, 'utf8')).toBe(JSON.stringify({ a: 1, column: eager, z: [dtype] }));
        expect(column.data).toBe(eager.data); // read: the string, then a plain property
        expect(standingColumn(column)).toBeUndefined();
        expect(Object.keys(column)).toEqual(['dtype', 'data']);
      }
    },
  );

  test('every length writes the eager bytes', async () => {
    for (const n of LENGTHS) {
      const source = Int32Array.from(values(n));
      const path = join(tempProject('evalgate-lazy-'), 'c.json');
      await writeJsonAtomic(path, { column: lazyColumn(source, 'i16') });
      expect(readFileSync(path, 'utf8')).toBe(
        JSON.stringify({ column: encodeColumn(Int16Array.from(source), 'i16') }),
      );
    }
  });

  test('codes in any array give encodeCodes’ column', () => {
    const codes = Int32Array.from({ length: 1000 }, (_, i) => (i * 13) % 300);
    for (const count of [300, 70000]) {
      expect(lazyCodes(Uint16Array.from(codes), count).data).toBe(encodeCodes(codes, count).data);
      expect(lazyCodes(codes, count).dtype).toBe(encodeCodes(codes, count).dtype);
    }
  });

  test('a replaced data is written as it is', async () => {
    const column = lazyColumn(Int32Array.of(1, 2, 3), 'i32');
    column.data = 'AAAA';
    expect(standingColumn(column)).toBeUndefined();
    const path = join(tempProject('evalgate-lazy-'), 'c.json');
    await writeJsonAtomic(path, column);
    expect(readFileSync(path, 'utf8')).toBe('{"dtype":"i32","data":"AAAA"}');
  });

  test('schema validation before writing builds no string, and still refuses a bad result', async () => {
    const root = tempProject('evalgate-lazy-');
    const column = lazyColumn(Float64Array.of(0.25, 0.5), 'f32');
    const result = {
      kind: 'evalgate-result',
      schema_version: 2,
      tool: { name: 'evalgate', version: 'test', metric_definitions: 1 },
      created_at: '2026-01-01T00:00:00.000Z',
      git: null,
      config_fingerprint: 'sha256:x',
      suites: [{ examples: { n: 2, ids: ['a', 'b'], columns: { confidence: column } } }],
    } as unknown as EvalgateResult;
    await expect(writeResult(join(root, 'r.json'), result)).rejects.toThrow(/not a valid evalgate result/);
    expect(standingColumn(column)).toBeDefined(); // the accessor is back
  });
});
