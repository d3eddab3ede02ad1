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

  test('an unwritable path is a one-line error and leaves no temporary file', async () => {
    await expect(writeJsonAtomic('/nonexistent-dir/x.json', { a: 1 })).rejects.toThrow(
      /^\/nonexistent-dir\/x\.json: cannot write the file \(no such file\)$/,
    );
  });
});
