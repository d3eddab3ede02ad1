import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { compareResults } from '../../src/compare/compare.js';
import { validateComparison } from '../../src/compare/comparison-file.js';
import type { ResolvedConfig } from '../../src/spec/config.js';
import { evaluateConfig } from '../../src/evaluate/evaluate.js';
import type { Comparison } from '../../src/generated/comparison.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import { comparisonMarkdown } from '../../src/report/comparison-markdown.js';
import { configFor, tempProject, writeJsonl } from '../helpers/suite.js';

/**
 * Small deterministic worlds: `rows` golden examples with a group field; each model is given as a function
 * from row index to whether its prediction is correct.
 */
interface World {
  n: number;
  group: (i: number) => string;
  label?: (i: number) => string;
}

const LABELS = ['a', 'b', 'c'];
const labelOf = (i: number) => LABELS[i % 3];
const wrongOf = (l: string) => LABELS[(LABELS.indexOf(l) + 1) % 3];

async function resultFor(
  world: World,
  correct: (i: number) => boolean,
  suite: Record<string, unknown> = {},
  skip: (i: number) => boolean = () => false,
): Promise<{ result: EvalgateResult; config: (extra?: Record<string, unknown>) => ResolvedConfig }> {
  const root = tempProject();
  const golden = [];
  const preds = [];
  for (let i = 0; i < world.n; i++) {
    if (skip(i)) continue;
    const label = (world.label ?? labelOf)(i);
    golden.push({ id: `ex${i}`, label, group: world.group(i) });
    preds.push({ id: `ex${i}`, prediction: correct(i) ? label : wrongOf(label) });
  }
  writeJsonl(join(root, 'golden.jsonl'), golden);
  writeJsonl(join(root, 'pred.jsonl'), preds);
  const config = (extra: Record<string, unknown> = {}) =>
    configFor(root, {
      suites: [
        {
          name: 'toy',
          task: 'classification',
          golden: 'golden.jsonl',
          predictions: 'pred.jsonl',
          slices: ['group'],
          labels: LABELS,
          min_support: 50,
          metrics: ['accuracy', 'macro_f1'],
          ...suite,
          ...extra,
        },
      ],
    });
  const result = await evaluateConfig(config(), {
    runCommands: false,
    now: () => new Date('2026-01-01T00:00:00Z'),
  });
  return { result, config };
}

const gates = (extra: Record<string, unknown>[] = []) => ({
  gates: [{ metric: 'accuracy', slices: 'fields', max_drop: 1 }, ...extra],
});

function gateOn(cmp: Comparison, slice: string, metric = 'accuracy') {
  const g = cmp.suites[0].gates.find((x) => x.slice === slice && x.metric === metric);
  if (!g) throw new Error(`no gate result for ${metric} on ${slice}`);
  return g;
}

// 400 examples in groups x (200), y (150), z (50 → 30 after the head drops some)
const world: World = { n: 400, group: (i) => (i < 200 ? 'x' : i < 350 ? 'y' : 'z') };

describe('every verdict kind, with its reason', () => {
  test('pass, fail, warn, insufficient_data, new_slice, missing_slice', async () => {
    const base = await resultFor(world, (i) => i % 5 !== 0, gates()); // 80% everywhere
    // head: x drops to ~60%, y unchanged, z smaller than min_support on the head; group w is new
    const headWorld: World = { n: 440, group: (i) => (i >= 400 ? 'w' : world.group(i)) };
    const head = await resultFor(
      headWorld,
      (i) => (i < 200 ? i % 5 !== 0 && i % 4 !== 1 : i % 5 !== 0),
      gates([{ metric: 'macro_f1', slices: ['group=y'], max_drop: 1, severity: 'warn' }]),
      (i) => i >= 370 && i < 400,
    );
    const cmp = compareResults(
      base.result,
      head.result,
      base.config(
        gates([
          { metric: 'accuracy', slices: ['group=x'], max_drop: 1, severity: 'warn' },
          { metric: 'accuracy', slices: ['group=v'], max_drop: 1 },
        ]),
      ),
    );
    validateComparison(cmp, 'comparison.json');
    expect(gateOn(cmp, 'group=x').verdict).toBe('fail');
    expect(gateOn(cmp, 'group=x').reason).toMatch(
      /^accuracy on group=x fell \d+\.\d+ pts \(95% CI −\d+\.\d+ pts … −\d+\.\d+ pts, unadjusted\), tolerance 1\.00 pts, significant \(Holm p = [^)]+\) → fail$/,
    );
    expect(cmp.suites[0].gates.filter((g) => g.slice === 'group=x').map((g) => g.verdict)).toEqual([
      'fail',
      'warn',
    ]);
    expect(gateOn(cmp, 'group=y').verdict).toBe('pass');
    expect(gateOn(cmp, 'group=y').reason).toBe(
      'accuracy on group=y did not change (95% CI −2.50 pts … +2.50 pts, unadjusted) → pass',
    );
    expect(gateOn(cmp, 'group=z').verdict).toBe('insufficient_data');
    expect(gateOn(cmp, 'group=z').reason).toBe(
      'accuracy on group=z: head n = 20 is below min_support 50 → not gated',
    );
    expect(gateOn(cmp, 'group=w').verdict).toBe('new_slice');
    expect(gateOn(cmp, 'group=v').verdict).toBe('missing_slice');
    // a gate that matches no data is never a pass
    expect(gateOn(cmp, 'group=v').outcome).toBe('fail');
    expect(gateOn(cmp, 'group=v').reason).toMatch(
      /^group=v is in neither result: the gate matches no data → fail/,
    );
    expect(cmp.verdict).toBe('fail');
  });

  test('an absolute floor fails on the head value alone', async () => {
    const base = await resultFor(world, (i) => i % 5 !== 0);
    const head = await resultFor(world, (i) => i % 5 !== 0);
    const cmp = compareResults(
      base.result,
      head.result,
      base.config({ gates: [{ metric: 'accuracy', min: 90 }] }),
    );
    expect(gateOn(cmp, 'overall').verdict).toBe('fail');
    expect(gateOn(cmp, 'overall').reason).toBe('accuracy on overall is 80.00, below the floor 90.00 → fail');
  });

  test('not_comparable when the label set changed, with the reason', async () => {
    const base = await resultFor(world, (i) => i % 5 !== 0);
    const head = await resultFor(
      { ...world, label: (i) => (i === 0 ? 'd' : labelOf(i)) },
      (i) => i % 5 !== 0,
      { labels: [...LABELS, 'd'] },
    );
    const cmp = compareResults(base.result, head.result, base.config(gates()));
    expect(cmp.verdict).toBe('not_comparable');
    expect(cmp.suites[0].notes[0]).toBe('the label set changed (+d)');
    expect(gateOn(cmp, 'group=x').verdict).toBe('not_comparable');
  });

  test('advisory mode reports the failure but never fails overall', async () => {
    const base = await resultFor(world, (i) => i % 5 !== 0);
    const head = await resultFor(world, (i) => i % 5 !== 0 && !(i < 200 && i % 4 === 1));
    const cmp = compareResults(base.result, head.result, base.config({ ...gates(), mode: 'advisory' }));
    expect(cmp.suites[0].verdict).toBe('fail');
    expect(cmp.verdict).toBe('warn');
    expect(comparisonMarkdown(cmp)).toContain('(advisory: never fails the check)');
  });

  test('require_significance: false gates on the point estimate; confidence: strict needs the whole interval beyond', async () => {
    const base = await resultFor(world, (i) => i % 5 !== 0);
    // y loses 2 of 150 (1.33 pts): beyond a 1 pt tolerance, far from significant
    const head = await resultFor(world, (i) => i % 5 !== 0 && i !== 201 && i !== 202);
    const point = compareResults(
      base.result,
      head.result,
      base.config({
        gates: [{ metric: 'accuracy', slices: ['group=y'], max_drop: 1, require_significance: false }],
      }),
    );
    expect(gateOn(point, 'group=y').verdict).toBe('fail');
    const tested = compareResults(
      base.result,
      head.result,
      base.config({ gates: [{ metric: 'accuracy', slices: ['group=y'], max_drop: 1 }] }),
    );
    expect(gateOn(tested, 'group=y').verdict).toBe('pass');
    expect(gateOn(tested, 'group=y').reason).toMatch(/beyond the 1\.00 pts tolerance but not significant/);
    const strict = compareResults(
      base.result,
      head.result,
      base.config({
        gates: [{ metric: 'accuracy', slices: ['group=y'], max_drop: 1, confidence: 'strict' }],
      }),
    );
    expect(gateOn(strict, 'group=y').verdict).toBe('pass');
  });

  test('a relative tolerance ("2%") is measured against the baseline value', async () => {
    const base = await resultFor(world, (i) => i % 5 !== 0);
    const head = await resultFor(world, (i) => i % 5 !== 0 && !(i < 200 && i % 4 === 1));
    const cmp = compareResults(
      base.result,
      head.result,
      base.config({ gates: [{ metric: 'accuracy', slices: ['group=x'], max_drop: '2%' }] }),
    );
    expect(gateOn(cmp, 'group=x').tolerance).toBeCloseTo(0.016, 12);
    expect(gateOn(cmp, 'group=x').reason).toContain('tolerance 2% (1.60 pts)');
  });
});

describe('golden-set changes and missing per-example records', () => {
  test('a changed golden set is diffed by id and compared on the shared examples', async () => {
    const base = await resultFor(world, (i) => i % 5 !== 0);
    // head: drops ex0..ex2, adds ex400..ex404, relabels ex10
    const headWorld: World = {
      n: 405,
      group: (i) => (i >= 400 ? 'x' : world.group(i)),
      label: (i) => (i === 10 ? 'c' : labelOf(i)),
    };
    const head = await resultFor(
      headWorld,
      (i) => i % 5 !== 0,
      {},
      (i) => i < 3,
    );
    const cmp = compareResults(base.result, head.result, base.config(gates()));
    const suite = cmp.suites[0];
    expect(suite.golden).toMatchObject({ same: false, added: 5, removed: 3, relabelled: 1, shared: 396 });
    expect(suite.golden.examples?.relabelled).toEqual(['ex10']);
    expect(suite.notes[0]).toBe(
      'the golden set changed (5 added, 3 removed, 1 relabelled): metrics are compared on the 396 examples both sides share',
    );
    expect(gateOn(cmp, 'group=x').delta).toBe(0); // same model, same shared examples
    expect(comparisonMarkdown(cmp)).toContain('Golden set diff: 5 added, 3 removed, 1 relabelled');
  });

  test('the same ids in the same order with relabelled examples: listed by id, compared on the rest', async () => {
    const base = await resultFor(world, (i) => i % 5 !== 0);
    const head = await resultFor(
      { ...world, label: (i) => (i === 10 || i === 301 ? wrongOf(labelOf(i)) : labelOf(i)) },
      (i) => i % 5 !== 0,
    );
    const cmp = compareResults(base.result, head.result, base.config(gates()));
    const suite = cmp.suites[0];
    expect(suite.golden).toMatchObject({ same: false, added: 0, removed: 0, relabelled: 2, shared: 398 });
    expect(suite.golden.examples?.relabelled).toEqual(['ex10', 'ex301']);
  });

  test('without per-example records the intervals are unpaired, from sufficient statistics', async () => {
    const base = await resultFor(world, (i) => i % 5 !== 0, { store_examples: false });
    const head = await resultFor(world, (i) => i % 5 !== 0 && !(i < 200 && i % 4 === 1));
    const cmp = compareResults(base.result, head.result, base.config(gates()));
    expect(cmp.suites[0].pairing).toBe('unpaired');
    expect(cmp.suites[0].notes).toContain(
      "a result has no per-example records: intervals are unpaired, from each side's sufficient statistics",
    );
    const x = gateOn(cmp, 'group=x');
    expect(x.ci![0]).toBeLessThan(x.delta!);
    expect(x.ci![1]).toBeGreaterThan(x.delta!);
  });
});

describe('the markdown report', () => {
  test('escapes hostile slice values and puts the failing slice first', async () => {
    const hostile = ['<img src=x onerror=alert(1)>', 'a|b', '`rm -rf`'];
    const w: World = { n: 600, group: (i) => hostile[i % 3] };
    const base = await resultFor(w, (i) => i % 5 !== 0);
    const head = await resultFor(w, (i) => i % 5 !== 0 && !(i % 3 === 1 && i % 4 === 1));
    const cmp = compareResults(base.result, head.result, base.config(gates()));
    const md = comparisonMarkdown(cmp);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('a|b');
    expect(md).not.toContain('`rm');
    expect(md).toContain('group=a&#124;b');
    const firstRow = md.split('\n').find((l) => l.startsWith('| ❌'))!;
    expect(firstRow).toContain('group=a&#124;b');
    // every table row has the same number of cells as its header
    for (const table of md.split('\n\n').filter((b) => b.startsWith('|'))) {
      const rows = table.split('\n');
      const cells = (r: string) => r.split(/(?<!\\)\|/).length;
      for (const r of rows) expect(cells(r)).toBe(cells(rows[0]));
    }
    expect(md).toMatchSnapshot();
  });
});
