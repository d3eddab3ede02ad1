import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
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

  test('an unwritable path is a one-line error and leaves no temporary file', async () => {
    await expect(writeJsonAtomic('/nonexistent-dir/x.json', { a: 1 })).rejects.toThrow(
      /^\/nonexistent-dir\/x\.json: cannot write the file \(no such file\)$/,
    );
  });
});
