import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonPieces, writeJsonAtomic } from '../../src/result/result-file.js';
import { tempProject } from '../helpers/suite.js';

describe('streamed JSON writing', () => {
  test('gives exactly JSON.stringify, long arrays included', async () => {
    const value = {
      a: 1,
      skip: undefined,
      ids: Array.from({ length: 10000 }, (_, i) => `id-${i}`),
      nested: { list: [1, 2, { x: null }], s: 'q"uote' },
      empty: [],
    };
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
    const file = join(tempProject(), 'out.json');
    await writeJsonAtomic(file, value);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(value));
  });

  test('long strings are written a slice at a time, a surrogate pair at a slice boundary intact', async () => {
    const step = Math.floor((1 << 20) / 3);
    // after the opening quote, an emoji (two UTF-16 units) straddles the first slice boundary
    const long = 'a'.repeat(step - 2) + '😀' + 'é'.repeat(1000) + 'QUJD'.repeat(800_000);
    const value = { data: long, tail: ['x'] };
    const file = join(tempProject(), 'long.json');
    await writeJsonAtomic(file, value);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(value));
  });

  test('many chunks: small pieces, long strings and raw byte pieces in order (two buffers take turns)', async () => {
    const raw = { column: 'stand-in' };
    const rawBytes = Buffer.from(JSON.stringify(Array.from({ length: 300_000 }, (_, i) => `r${i}`)));
    const value = {
      rows: Array.from({ length: 60_000 }, (_, i) => ({ i, name: `row ${i}`, v: i / 7 })),
      first: 'QUJD'.repeat(700_000),
      raw,
      second: 'é'.repeat(900_000),
      tail: [1, 'two', null],
    };
    const file = join(tempProject(), 'many.json');
    await writeJsonAtomic(file, value, new Map([[raw, rawBytes]]));
    const expected = JSON.stringify(value)
      .replace('"stand-in"', '')
      .replace('{"column":}', rawBytes.toString());
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  test('a piece that throws after megabytes were written: one-line error, no temporary file left', async () => {
    const dir = tempProject();
    const bad = {
      toJSON() {
        throw new Error('no JSON for this');
      },
    };
    const value = { data: 'QUJD'.repeat(1_000_000), more: 'x'.repeat(3_000_000), bad };
    await expect(writeJsonAtomic(join(dir, 'bad.json'), value)).rejects.toThrow(
      /bad\.json: cannot write the file \(.*no JSON for this.*\)$/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  test('an unwritable path is a one-line error and leaves no temporary file', async () => {
    await expect(writeJsonAtomic('/nonexistent-dir/x.json', { a: 1 })).rejects.toThrow(
      /^\/nonexistent-dir\/x\.json: cannot write the file \(no such file\)$/,
    );
  });
});
