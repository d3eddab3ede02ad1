import { describe, test, expect } from '@jest/globals';
import { chiSquareSurvival } from '../../src/checks/chi-square.js';
import { hash64, HashTable64 } from '../../src/checks/hash64.js';
import { describeHygiene } from '../../src/checks/describe-hygiene.js';
import { countLabels, labelShift } from '../../src/checks/label-shift.js';
import {
  checkGoldenHygiene,
  GoldenHygiene,
  normaliseText,
  type Finding,
  type GoldenRecord,
  type HygieneReport,
} from '../../src/checks/hygiene.js';
import { fixture, jsonlRecords } from './helpers.js';

// Written by __tests__/fixtures/checks/golden/make_expected.py (Python unicodedata + scipy).
interface Expected extends Omit<HygieneReport, 'labelShift' | 'hashTableBytes'> {
  labelShift: NonNullable<HygieneReport['labelShift']> & { chiSquare: number; pValue: number };
  chiSquareCases: {
    base: Record<string, number>;
    head: Record<string, number>;
    chiSquare: number;
    degreesOfFreedom: number;
    pValue: number;
  }[];
  chiSquareTail: { x: number; dof: number; sf: number }[];
}
const expected = JSON.parse(fixture('golden/expected.json')) as Expected;

const withoutText = (f: Finding): Finding =>
  ({ ...f, examples: f.examples.map(({ text: _text, ...rest }) => rest) }) as Finding;

async function fixtureReport(): Promise<HygieneReport> {
  return checkGoldenHygiene(jsonlRecords('golden/golden.jsonl'), {
    train: jsonlRecords('golden/train.jsonl'),
    base: jsonlRecords('golden/golden-base.jsonl'),
  });
}

describe('checkGoldenHygiene on the fixture golden set', () => {
  const findings = [
    'duplicateIds',
    'missingIds',
    'emptyTexts',
    'missingLabels',
    'exactDuplicates',
    'exactConflicts',
    'nearDuplicates',
    'nearConflicts',
  ] as const;

  test.each(findings)('%s matches the Python reference', async (name) => {
    const report = await fixtureReport();
    expect(withoutText(report[name])).toEqual(expected[name]);
  });

  test('leakage against the training set matches the Python reference', async () => {
    const { leakage } = await fixtureReport();
    expect(leakage && withoutText(leakage.exact)).toEqual(expected.leakage?.exact);
    expect(leakage && withoutText(leakage.near)).toEqual(expected.leakage?.near);
    expect(leakage?.trainRecords).toBe(22);
    expect(leakage?.exact.count).toBe(4);
  });

  test('label shift matches scipy.stats.chi2_contingency', async () => {
    const { labelShift: shift } = await fixtureReport();
    const want = expected.labelShift;
    expect(shift?.labels.map((l) => [l.label, l.base, l.head])).toEqual(
      want.labels.map((l) => [l.label, l.base, l.head]),
    );
    shift?.labels.forEach((l, k) => {
      expect(l.baseShare).toBeCloseTo(want.labels[k].baseShare, 12);
      expect(l.delta).toBeCloseTo(want.labels[k].delta, 12);
    });
    expect(shift?.totalVariation).toBeCloseTo(want.totalVariation, 12);
    expect(shift?.chiSquare).toBeCloseTo(want.chiSquare, 10);
    expect(shift?.degreesOfFreedom).toBe(want.degreesOfFreedom);
    expect(shift?.pValue).toBeCloseTo(want.pValue, 10);
  });

  test('conflict examples carry both labels and the clipped text', async () => {
    const { exactConflicts } = await fixtureReport();
    expect(exactConflicts.examples[1]).toEqual({
      line: 15,
      id: 'g-015',
      text: 'refund please',
      otherLine: 14,
      labels: ['refund', 'billing'],
    });
  });

  test('describeHygiene puts leakage and conflicts first, in words', async () => {
    const lines = describeHygiene(await fixtureReport());
    expect(lines[0]).toBe(
      '4 golden inputs also in the training set (4 distinct), e.g. line 22 "The invoice shows the wrong VAT number" = train line 3; line 24 "I can\'t log in after the update" = train line 1; line 25 "Bluetooth pairing fails on Android 14" = train line 8; line 36 "What are your opening hours?" = train line 17',
    );
    expect(lines[2]).toBe(
      '2 duplicate inputs with conflicting labels (2 distinct), e.g. line 8 "I was charged twice for my subscription this month" is "refund" but line 2 is "billing"; line 15 "refund please" is "billing" but line 14 is "refund"',
    );
    expect(lines).toHaveLength(10);
  });
});

describe('normaliseText', () => {
  test.each([
    ['  Where is my   PARCEL?\t', 'exact', 'where is my parcel?'],
    ['Straße', 'exact', 'strasse'],
    ['ｒｅｆｕｎｄ ｐｌｅａｓｅ', 'exact', 'refund please'],
    ['My ﬁle', 'exact', 'my file'],
    ['ΟΔΟΣ', 'exact', 'οδοσ'],
    ['Cancel my order, please.', 'near', 'cancel my order please'],
    ['«Don’t» — stop!', 'near', 'don t stop'],
  ] as const)('%j (%s) → %j', (text, level, want) => {
    expect(normaliseText(text, level)).toBe(want);
  });

  test('the ASCII fast path agrees with the Unicode path for every printable character', () => {
    for (let code = 0x20; code < 0x7f; code++) {
      const c = String.fromCharCode(code);
      for (const level of ['exact', 'near'] as const) {
        // A trailing "é" forces the Unicode path; it survives normalisation unchanged.
        expect(normaliseText(`A${c}b`, level)).toBe(normaliseText(`A${c}bé`, level).slice(0, -1));
      }
    }
  });
});

describe('labelShift', () => {
  test.each(expected.chiSquareCases.map((c) => [c] as const))('matches scipy on %j', (c) => {
    const shift = labelShift(new Map(Object.entries(c.base)), new Map(Object.entries(c.head)));
    expect(shift.chiSquare).toBeCloseTo(c.chiSquare, 10);
    expect(shift.degreesOfFreedom).toBe(c.degreesOfFreedom);
    expect(shift.pValue).toBeCloseTo(c.pValue, 12);
  });

  test('a label present on one side only counts, and an empty side has no test', () => {
    const shift = labelShift(
      new Map([['a', 10]]),
      new Map([
        ['a', 5],
        ['b', 5],
      ]),
    );
    expect(shift.totalVariation).toBeCloseTo(0.5, 12);
    expect(shift.degreesOfFreedom).toBe(1);
    const empty = labelShift(new Map(), new Map([['a', 3]]));
    expect([empty.chiSquare, empty.pValue, empty.baseTotal]).toEqual([null, null, 0]);
  });

  test.each(expected.chiSquareTail.map((c) => [c] as const))(
    'chi-square tail matches scipy.stats.chi2.sf: %j',
    (c) => {
      expect(Math.abs(chiSquareSurvival(c.x, c.dof) / c.sf - 1)).toBeLessThan(1e-10);
    },
  );

  test('a zero statistic or no degrees of freedom has tail 1', () => {
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(chiSquareSurvival(2, 0)).toBe(1);
  });
});

describe('GoldenHygiene (push style)', () => {
  test('gives the same report as the streaming function', async () => {
    const hygiene = new GoldenHygiene({ checkLeakage: true });
    for await (const r of jsonlRecords('golden/train.jsonl')) hygiene.addTrain(r);
    for await (const r of jsonlRecords('golden/golden.jsonl')) hygiene.add(r);
    const report = hygiene.report(await countLabels(jsonlRecords('golden/golden-base.jsonl')));
    expect(report).toEqual(await fixtureReport());
  });

  test('training records after golden records are refused', () => {
    const hygiene = new GoldenHygiene();
    hygiene.add({ id: 'a', text: 'x', label: 'l', line: 1 });
    expect(() => hygiene.addTrain({ text: 'x', line: 1 })).toThrow(
      'training records must be added before the golden records',
    );
  });

  test('without labels expected, repeats are duplicates and missing labels are not reported', async () => {
    const records: GoldenRecord[] = [
      { id: '1', text: 'Summarise this', label: null, line: 1 },
      { id: '2', text: 'summarise  this', label: null, line: 2 },
    ];
    const hygiene = new GoldenHygiene({ expectLabels: false });
    records.forEach((r) => hygiene.add(r));
    const report = hygiene.report();
    expect([report.exactDuplicates.count, report.exactConflicts.count, report.missingLabels.count]).toEqual([
      1, 0, 0,
    ]);
    expect(report.leakage).toBeNull();
  });
});

describe('memory is bounded by hashes, not texts', () => {
  async function* synthetic(n: number, repeat: number): AsyncGenerator<GoldenRecord> {
    for (let i = 0; i < n; i++) {
      yield { id: `id-${i}`, text: `message number ${i} `.repeat(repeat), label: `l${i % 7}`, line: i + 1 };
    }
  }

  test('40k golden rows against 40k training rows: table bytes depend on the row count only', async () => {
    const n = 40_000;
    const short = await checkGoldenHygiene(synthetic(n, 1), { train: trainOf(synthetic(n, 1)) });
    const long = await checkGoldenHygiene(synthetic(n, 8), { train: trainOf(synthetic(n, 8)) });
    // 2^16 slots (≤ 70% load) in 5 tables: ids, train exact, train near with 1 lane (13 bytes a slot);
    // exact and near with 2 lanes (17 bytes).
    expect(short.hashTableBytes).toBe(2 ** 16 * (3 * 13 + 2 * 17));
    expect(long.hashTableBytes).toBe(short.hashTableBytes);
    expect(short.leakage?.exact.count).toBe(n);
    expect(short.duplicateIds.count + short.exactDuplicates.count + short.nearDuplicates.count).toBe(0);
  });

  async function* trainOf(
    records: AsyncIterable<GoldenRecord>,
  ): AsyncGenerator<{ text: string; line: number }> {
    for await (const r of records) yield { text: r.text, line: r.line };
  }
});

describe('hash64 and HashTable64', () => {
  test('no collisions among 300k similar strings', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300_000; i++) {
      const [hi, lo] = hash64(`row ${i}`);
      seen.add(`${hi}:${lo}`);
    }
    expect(seen.size).toBe(300_000);
  });

  test('finds every key after growing, and keeps lane values', () => {
    const table = new HashTable64(2, 16);
    for (let i = 0; i < 5000; i++) {
      const [hi, lo] = hash64(String(i));
      const slot = table.add(hi, lo);
      table.set(slot, 0, i);
      table.set(slot, 1, i * 2);
      table.setFlags(slot, i % 128);
    }
    expect(table.size).toBe(5000);
    for (let i = 0; i < 5000; i += 499) {
      const slot = table.find(...hash64(String(i)));
      expect([table.get(slot, 0), table.get(slot, 1), table.getFlags(slot)]).toEqual([i, i * 2, i % 128]);
    }
    expect(table.find(...hash64('absent'))).toBe(-1);
  });
});
