import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareResults } from '../../src/compare/compare.js';
import { loadConfig } from '../../src/config/load.js';
import type { Comparison } from '../../src/generated/comparison.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import { reliabilityMarkdown, sparkline, trendMarkdown } from '../../src/report/pictures-markdown.js';
import { addHistory, config, evaluated, FIXTURE } from '../helpers/pictures.js';

/**
 * The trend and the reliability diagram (issue #13) from real evaluations of a seeded fixture; the bins are
 * cross-checked with __tests__/fixtures/reliability/make_expected.py (stdlib Python), which wrote the data.
 */
describe('reliability diagram', () => {
  test('bins equal make_expected.py: examples, mean confidence and accuracy per (lo, hi] bin, both sides', async () => {
    const { cmp } = await evaluated();
    const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as NonNullable<
      Comparison['suites'][number]['reliability']
    >;
    const got = cmp().suites[0].reliability!;
    expect(got.slice).toBe('overall');
    expect(got.bins.map((b) => [b.lo, b.hi, b.base?.n ?? null, b.head?.n ?? null])).toEqual(
      expected.bins.map((b) => [b.lo, b.hi, b.base?.n ?? null, b.head?.n ?? null]),
    );
    got.bins.forEach((bin, i) => {
      for (const side of ['base', 'head'] as const) {
        const want = expected.bins[i][side];
        if (!want) expect(bin[side]).toBeNull();
        else {
          expect(bin[side]!.confidence).toBeCloseTo(want.confidence, 12);
          expect(bin[side]!.accuracy).toBeCloseTo(want.accuracy, 12);
        }
      }
    });
  });

  test('drawn as accuracy bars (base) and line (head) per bin, with every bin in the table', async () => {
    const { cmp } = await evaluated();
    const suite = cmp().suites[0];
    const md = reliabilityMarkdown(suite);
    const both = suite.reliability!.bins.filter((b) => b.base && b.head);
    const pts = (v: number) => String(Number((v * 100).toFixed(4)));
    expect(md).toContain(`  bar [${both.map((b) => pts(b.base!.accuracy)).join(', ')}]`);
    expect(md).toContain(`  line [${both.map((b) => pts(b.head!.accuracy)).join(', ')}]`);
    expect(md).toContain(
      '| (30.0, 40.0]   | 38 / 39       | 37.8 → 37.9                 | 39.5 → 41.0          |',
    );
  });

  test('no ECE among the metrics: no diagram', async () => {
    const { base, head } = await evaluated();
    head.suites[0].metrics = ['accuracy', 'macro_f1'];
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-reliability-'));
    writeFileSync(join(dir, 'c.yml'), config('head.jsonl'));
    cpSync(FIXTURE, dir, { recursive: true });
    const comparison = compareResults(base, head, await loadConfig(join(dir, 'c.yml')));
    expect(comparison.suites[0].reliability).toBeUndefined();
  });
});

describe('trend over earlier baselines', () => {
  test('from the baseline history: gated metrics per baseline, skipped ones named, head last', async () => {
    const { base, cmp } = await evaluated();
    expect(cmp().suites[0].trend).toBeUndefined(); // no history: no trend, nothing said
    const older = addHistory(base);
    const suite = cmp().suites[0];
    const accuracy = (r: EvalgateResult) =>
      r.suites[0].slices.find((s) => s.kind === 'overall')!.metrics.accuracy!;
    const { head } = await evaluated();
    expect(suite.trend).toEqual({
      baselines: [
        { sha: '1'.repeat(40), run_number: 3, created_at: older.created_at },
        { sha: 'b'.repeat(40), run_number: null, created_at: base.created_at },
      ],
      skipped: [{ sha: '2'.repeat(40), run_number: 4, reason: "its 'evalgate-result' artifact has expired" }],
      metrics: [
        { metric: 'accuracy', values: [0.5, accuracy(base)], head: accuracy(head) },
        expect.objectContaining({ metric: 'ece' }),
      ],
    });
    const md = trendMarkdown(suite, true);
    const pts = (v: number) => String(Number((v * 100).toFixed(4)));
    expect(md).toContain(`  line [50, ${pts(accuracy(base))}, ${pts(accuracy(head))}]`);
    expect(md).toContain('  x-axis ["1111111", "bbbbbbb", "this PR"]');
    expect(md).toContain(
      "1 earlier baseline is not in the trend: run 4 (`2222222`): its 'evalgate-result' artifact has expired.",
    );
    // without charts (the comment budget's second stage): one line per metric with a sparkline
    const short = trendMarkdown(suite, false);
    expect(short).not.toContain('```mermaid');
    expect(short).toMatch(/^- Accuracy: `▁[▁-█]{2}` 50\.00 … /m);
  });

  test('sparkline: scaled between the minimum and the maximum, a gap for a missing value', () => {
    expect(sparkline([0.5, 0.6, null, 0.7])).toBe('▁▅ █');
    expect(sparkline([1, 1])).toBe('▄▄');
    expect(sparkline([null])).toBe('');
  });
});
