import { describe, test, expect } from '@jest/globals';
import {
  checkRankOrder,
  parseQrels,
  parseQrelsLine,
  parseRun,
  parseRunLine,
  rankOrderWarning,
  readRun,
  TrecParseError,
} from '../../../src/tasks/ranking/trec.js';
import { compareUtf8 } from '../../../src/tasks/ranking/order.js';

function errorOf(fn: () => unknown): TrecParseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TrecParseError) return error;
    throw error;
  }
  throw new Error('expected a TrecParseError');
}

describe('parseRunLine / parseQrelsLine', () => {
  test('parses typed records and skips blank lines', () => {
    expect(parseRunLine('q1 Q0 d1 1 -1.5e2 run', 'r', 1)).toEqual({
      qid: 'q1',
      iter: 'Q0',
      docid: 'd1',
      rank: 1,
      score: -150,
      tag: 'run',
    });
    expect(parseQrelsLine('q1\t0\td1\t2\r', 'q', 1)).toEqual({ qid: 'q1', iter: '0', docid: 'd1', rel: 2 });
    expect(parseRunLine('   ', 'r', 1)).toBeNull();
  });

  const cases: { what: string; parse: () => unknown; message: string }[] = [
    {
      what: 'wrong column count in a run',
      parse: () => parseRunLine('q1 Q0 d1 1 0.5', 'run.txt', 7),
      message:
        'run.txt:7: columns: expected at least 6 whitespace-separated columns (qid iter docid rank score tag), got 5 in "q1 Q0 d1 1 0.5"',
    },
    {
      what: 'wrong column count in qrels',
      parse: () => parseQrelsLine('q1 0 d1 1 extra', 'qrels.txt', 2),
      message:
        'qrels.txt:2: columns: expected 4 whitespace-separated columns (qid iter docid rel), got 5 in "q1 0 d1 1 extra"',
    },
    {
      what: 'non-numeric rel',
      parse: () => parseQrelsLine('q1 0 d1 high', 'qrels.txt', 3),
      message: 'qrels.txt:3: rel: expected an integer, got "high"',
    },
    {
      what: 'fractional rel',
      parse: () => parseQrelsLine('q1 0 d1 1.5', 'qrels.txt', 3),
      message: 'qrels.txt:3: rel: expected an integer, got "1.5"',
    },
    {
      what: 'non-numeric score',
      parse: () => parseRunLine('q1 Q0 d1 1 0x1F run', 'run.txt', 4),
      message: 'run.txt:4: score: expected a decimal number, got "0x1F"',
    },
    {
      what: 'NaN score',
      parse: () => parseRunLine('q1 Q0 d1 1 NaN run', 'run.txt', 5),
      message: 'run.txt:5: score: expected a finite number, got "NaN"',
    },
    {
      what: 'Infinity score',
      parse: () => parseRunLine('q1 Q0 d1 1 -inf run', 'run.txt', 6),
      message: 'run.txt:6: score: expected a finite number, got "-inf"',
    },
    {
      what: 'overflowing score',
      parse: () => parseRunLine('q1 Q0 d1 1 1e999 run', 'run.txt', 6),
      message: 'run.txt:6: score: expected a finite number, got "1e999" (overflows a double)',
    },
    {
      what: 'non-integer rank',
      parse: () => parseRunLine('q1 Q0 d1 first 1 run', 'run.txt', 8),
      message: 'run.txt:8: rank: expected an integer, got "first"',
    },
    {
      what: 'duplicate (qid, docid) in a run',
      parse: () => parseRun('q1 Q0 d1 1 2 r\n\nq1 Q0 d2 2 1 r\nq1 Q0 d1 3 0 r\n', 'run.txt'),
      message:
        'run.txt:4: docid: expected each (qid, docid) once, got "d1" again for qid "q1" (first at line 1)',
    },
    {
      what: 'duplicate (qid, docid) in qrels',
      parse: () => parseQrels('q1 0 d1 1\nq2 0 d1 0\nq1 0 d1 0\n', 'qrels.txt'),
      message:
        'qrels.txt:3: docid: expected each (qid, docid) once, got "d1" again for qid "q1" (first at line 1)',
    },
  ];
  for (const { what, parse, message } of cases) {
    test(`rejects ${what} with a one-line message`, () => {
      const error = errorOf(parse);
      expect(error.message).toBe(message);
      expect(error.message).not.toContain('\n');
    });
  }

  test('the same docid under different queries is allowed', () => {
    const qrels = parseQrels('q1 0 d1 1\nq2 0 d1 0\n', 'qrels.txt');
    expect(qrels.get('q2')?.get('d1')).toBe(0);
  });
});

describe('readRun', () => {
  test('reads an async stream of lines', async () => {
    async function* lines(): AsyncGenerator<string> {
      yield 'q1 Q0 d1 1 2 r';
      yield 'q1 Q0 d2 2 1 r';
    }
    const run = await readRun(lines(), 'run.txt');
    expect(run.get('q1')?.map((r) => r.docid)).toEqual(['d1', 'd2']);
  });
});

describe('rank check', () => {
  test('agreeing ranks give no warning', () => {
    const run = parseRun('q1 Q0 b 1 2 r\nq1 Q0 a 2 1 r\n', 'run.txt');
    const report = checkRankOrder(run);
    expect(report).toEqual({ mismatchedQueries: [], mismatchedRows: 0 });
    expect(rankOrderWarning(report, 'run.txt')).toBeNull();
  });

  test('ties ranked in ascending docid order disagree with trec_eval and are counted', () => {
    const run = parseRun('q1 Q0 a 1 1 r\nq1 Q0 b 2 1 r\nq2 Q0 x 1 5 r\n', 'run.txt');
    const report = checkRankOrder(run);
    expect(report).toEqual({ mismatchedQueries: ['q1'], mismatchedRows: 2 });
    expect(rankOrderWarning(report, 'run.txt')).toBe(
      'run.txt: rank column disagrees with score order for 2 rows in 1 query ("q1"); ranks are ignored, ' +
        'documents are ordered by score descending then docid descending, as trec_eval does',
    );
  });
});

describe('compareUtf8', () => {
  test('orders like strcmp on UTF-8 bytes, not like UTF-16 code units', () => {
    expect(compareUtf8('d9', 'd10')).toBeGreaterThan(0);
    expect(compareUtf8('a\u{1F600}', 'a\uFF01')).toBeGreaterThan(0);
    expect('a\u{1F600}' < 'a\uFF01').toBe(true);
    expect(compareUtf8('ab', 'abc')).toBeLessThan(0);
    expect(compareUtf8('x', 'x')).toBe(0);
  });
});

describe('column splitting', () => {
  test('any JavaScript whitespace separates columns, as trim() + split(/\\s+/) does', () => {
    const spaces = [' ', '\t', '  ', '\u00a0', '\u2003', '\u3000', '\ufeff', ' \t '];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let trial = 0; trial < 200; trial++) {
      const tokens = ['q1', 'Q0', `d${trial}`, String(trial + 1), (trial / 7).toFixed(3), 'run'];
      const pick = () => spaces[Math.floor(next() * spaces.length)];
      const text = (next() < 0.5 ? pick() : '') + tokens.join(pick()) + (next() < 0.5 ? pick() : '');
      expect(text.trim().split(/\s+/)).toEqual(tokens);
      const record = parseRunLine(text, 'run.txt', 1)!;
      expect([record.qid, record.iter, record.docid, record.rank, record.tag]).toEqual([
        'q1',
        'Q0',
        `d${trial}`,
        trial + 1,
        'run',
      ]);
      expect(record.score).toBe(Number((trial / 7).toFixed(3)));
    }
    expect(parseRunLine(' \t\u00a0', 'run.txt', 1)).toBeNull();
  });
});
