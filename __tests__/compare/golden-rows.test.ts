import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenRowsAt } from '../../src/compare/golden-rows.js';
import { tempProject } from '../helpers/suite.js';

/**
 * The listed examples' golden records read from their own lines: record i is the i-th line that is not
 * blank, and anything that breaks that correspondence gives null (the caller then reads the whole file).
 */
function file(text: string): string {
  const path = join(tempProject('evalgate-golden-rows-'), 'golden.jsonl');
  writeFileSync(path, text);
  return path;
}

const line = (id: string | number, text = `text of ${id}`) => JSON.stringify({ id, text });

describe('goldenRowsAt', () => {
  test('finds records by index past blank lines, a byte-order mark and CRLF endings; lines are 1-based', async () => {
    const path = file(
      `\uFEFF${line('a')}\r\n\r\n   \n${line('b')}\r\n\t\n${line(7, 'seven')}\n  ${line('d')}`,
    );
    const found = await goldenRowsAt(path, 'id', [3, 0, 2], ['d', 'a', '7']);
    expect(found).not.toBeNull();
    expect([...found!].sort((x, y) => x[0] - y[0])).toEqual([
      [0, { line: 1, record: { id: 'a', text: 'text of a' } }],
      [2, { line: 6, record: { id: 7, text: 'seven' } }],
      [3, { line: 7, record: { id: 'd', text: 'text of d' } }],
    ]);
  });

  test('a record longer than the read buffer, and a wanted row asked for twice', async () => {
    const long = 'x'.repeat(3 * (1 << 20) + 17);
    const path = file([line('a'), line('b', long), line('c')].join('\n') + '\n');
    const found = await goldenRowsAt(path, 'id', [1, 2, 1], ['b', 'c', 'b']);
    expect(found!.get(1)!.record.text).toBe(long);
    expect(found!.get(1)!.line).toBe(2);
    expect(found!.get(2)!.record).toEqual({ id: 'c', text: 'text of c' });
  });

  test('rows across many read chunks, with a line ending on the last byte of a chunk', async () => {
    // 64-byte lines: the 65,536th ends exactly at 4 MiB, a read chunk's last byte
    const n = 200_000;
    const row = (i: number) => {
      const text = JSON.stringify({ id: `r${i}`, text: '' });
      return `${text.slice(0, -2)}${'y'.repeat(63 - text.length)}"}\n`;
    };
    expect(row(7).length).toBe(64);
    const path = file(Array.from({ length: n }, (_, i) => row(i)).join(''));
    const rows = [n - 1, 0, 65_535, 65_536, 131_072];
    const found = await goldenRowsAt(
      path,
      'id',
      rows,
      rows.map((r) => `r${r}`),
    );
    expect(rows.map((r) => [found?.get(r)?.line, found?.get(r)?.record.id])).toEqual(
      rows.map((r) => [r + 1, `r${r}`]),
    );
    expect((await goldenRowsAt(path, 'id', [3], ['r3']))?.get(3)?.line).toBe(4);
    expect(await goldenRowsAt(path, 'id', [n], [`r${n}`])).toBeNull();
  });

  test('gives up (null) when the lines do not match the rows', async () => {
    const ordered = [line('a'), line('b'), line('c')];
    // another order than the result's
    expect(await goldenRowsAt(file(ordered.reverse().join('\n')), 'id', [0], ['a'])).toBeNull();
    // a line before the wanted one that is neither blank nor an object
    expect(await goldenRowsAt(file(['[1]', line('a'), line('b')].join('\n')), 'id', [1], ['b'])).toBeNull();
    // the wanted line is not valid JSON, or not UTF-8
    expect(await goldenRowsAt(file(`${line('a')}\n{"id": "b", oops}\n`), 'id', [1], ['b'])).toBeNull();
    const latin1 = Buffer.concat([
      Buffer.from(`${line('a')}\n{"id": "b", "text": "caf`),
      Buffer.from([0xe9, 0x22, 0x7d]),
    ]);
    const path = file('');
    writeFileSync(path, latin1);
    expect(await goldenRowsAt(path, 'id', [1], ['b'])).toBeNull();
    // fewer records than the row, a missing file
    expect(await goldenRowsAt(file(line('a')), 'id', [1], ['b'])).toBeNull();
    expect(await goldenRowsAt('/nonexistent/golden.jsonl', 'id', [0], ['a'])).toBeNull();
    // a form feed is whitespace to String.trim but not counted here: give up rather than guess
    expect(await goldenRowsAt(file(`\f\n${line('a')}`), 'id', [0], ['a'])).toBeNull();
  });
});
