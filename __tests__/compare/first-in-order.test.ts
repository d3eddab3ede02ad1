import { expect, test } from '@jest/globals';
import { firstInOrder } from '../../src/compare/flips.js';

test('firstInOrder gives the first items of the full sort, whatever the sizes and ties', () => {
  let x = 7;
  const random = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x;
  };
  for (let t = 0; t < 2000; t++) {
    const n = random() % 60;
    const count = random() % 12;
    const severity = Array.from({ length: n }, () => random() % 3);
    const ids = Array.from({ length: n }, (_, i) => `id${random() % 1000}-${i}`);
    const items = Array.from({ length: n }, (_, i) => i);
    const order = (a: number, b: number) =>
      severity[b] - severity[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0);
    expect(firstInOrder(items, count, order)).toEqual([...items].sort(order).slice(0, count));
  }
});
