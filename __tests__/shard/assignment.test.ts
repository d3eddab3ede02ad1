import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseShard, shardOfId } from '../../src/tasks/shard-rows.js';

// expected.json comes from fixtures/shards/make_expected.py, an independent Python implementation.
const expected = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'shards', 'expected.json'), 'utf8'),
) as { ids: string[]; shards: Record<string, number[]> };

describe('shard assignment: lowbias32(FNV-1a(UTF-8 id)) mod n + 1', () => {
  test.each(Object.keys(expected.shards))('equals the Python restatement for %s shards', (n) => {
    expect(expected.ids.map((id) => shardOfId(id, Number(n)))).toEqual(expected.shards[n]);
  });

  test('spreads ids evenly, and adding examples moves none of the others', () => {
    const ids = Array.from({ length: 40_000 }, (_, i) => `ex-${String(i).padStart(6, '0')}`);
    const sizes = [0, 0, 0, 0];
    for (const id of ids) sizes[shardOfId(id, 4) - 1]++;
    for (const size of sizes) expect(Math.abs(size - 10_000)).toBeLessThan(400); // ~4 standard deviations
    const before = ids.map((id) => shardOfId(id, 4));
    const grown = [...ids, 'new-1', 'new-2'];
    expect(grown.slice(0, ids.length).map((id) => shardOfId(id, 4))).toEqual(before);
  });

  test('i/n is parsed strictly', () => {
    expect(parseShard(' 2 / 4 ', '--shard')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '1/257', '2', 'a/b', '1/2/3'])
      expect(() => parseShard(bad, '--shard')).toThrow(/expected i\/n with 1 ≤ i ≤ n ≤ 256/);
  });
});
