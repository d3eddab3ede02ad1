import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareResults } from '../../src/compare/compare.js';
import { loadConfig } from '../../src/config/load.js';
import { evaluateConfig } from '../../src/evaluate/evaluate.js';
import type { Comparison } from '../../src/generated/comparison.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import { historyPoint, skippedPoint } from '../../src/result/history.js';

// The reliability fixture (seeded by __tests__/fixtures/reliability/make_expected.py) evaluated for real.
export const FIXTURE = join(import.meta.dirname, '../fixtures/reliability');

export function config(predictions: string): string {
  return [
    'version: 1',
    'suites:',
    '  - name: calibrated',
    '    task: classification',
    '    golden: golden.jsonl',
    `    predictions: ${predictions}`,
    '    fields: { id: id, label: label, prediction: prediction, scores: scores }',
    '    metrics: [accuracy, macro_f1, ece]',
    '    ece_bins: 10',
    '    min_support: 10',
    '    gates:',
    '      - { metric: accuracy, slices: overall, max_drop: 50 }',
    '      - { metric: ece, slices: overall, max_increase: 0.5, severity: warn }',
    '',
  ].join('\n');
}

export async function evaluated(): Promise<{
  base: EvalgateResult;
  head: EvalgateResult;
  cmp: () => Comparison;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-reliability-'));
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, 'base.yml'), config('base.jsonl'));
  writeFileSync(join(dir, 'head.yml'), config('head.jsonl'));
  const baseConfig = await loadConfig(join(dir, 'base.yml'));
  const base = await evaluateConfig(baseConfig, {});
  const head = await evaluateConfig(await loadConfig(join(dir, 'head.yml')), {});
  return { base, head, cmp: () => compareResults(base, head, baseConfig) };
}

/**
 * Gives the base result (at commit bbbbbbb) a history: a baseline at 50% accuracy (run 3), one whose artifact
 * expired (run 4), and with `again` the first one once more (run 5). Returns that older result.
 */
export function addHistory(base: EvalgateResult, again = false): EvalgateResult {
  const older = structuredClone(base);
  older.suites[0].slices.find((s) => s.kind === 'overall')!.metrics.accuracy = 0.5;
  base.git = { sha: 'b'.repeat(40), ref: null };
  base.history = [
    historyPoint(older, '1'.repeat(40), { id: 11, number: 3 }),
    skippedPoint('2'.repeat(40), { id: 12, number: 4 }, "its 'evalgate-result' artifact has expired"),
    ...(again ? [historyPoint(older, '3'.repeat(40), { id: 13, number: 5 })] : []),
  ];
  return older;
}
