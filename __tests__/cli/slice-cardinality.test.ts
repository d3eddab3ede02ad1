import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers.js';

/**
 * Issue #11, finding 9: slice and label cardinality come from the PR's data. Compare looks slices up by key
 * (it was quadratic: 20k slices took 38 s), and max_slices / max_labels stop runaway cardinality with a
 * config error before any metric is computed.
 */
function project(
  rows: number,
  options: { distinctItems: number; distinctLabels?: number; limits?: string },
): string {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-card-'));
  mkdirSync(join(dir, 'data'));
  const golden: string[] = [];
  const preds: string[] = [];
  const labels = options.distinctLabels ?? 3;
  for (let i = 0; i < rows; i++) {
    const label = `l${i % labels}`;
    golden.push(JSON.stringify({ id: `e${i}`, label, item: `v${i % options.distinctItems}` }));
    preds.push(JSON.stringify({ id: `e${i}`, prediction: i % 5 === 0 ? `l${(i + 1) % labels}` : label }));
  }
  writeFileSync(join(dir, 'data/golden.jsonl'), `${golden.join('\n')}\n`);
  writeFileSync(join(dir, 'data/predictions.jsonl'), `${preds.join('\n')}\n`);
  writeFileSync(
    join(dir, 'evalgate.yml'),
    [
      'version: 1',
      'suites:',
      '  - name: wide',
      '    task: classification',
      '    golden: data/golden.jsonl',
      '    predictions: data/predictions.jsonl',
      '    slices: [item]',
      '    label_slices: false',
      '    metrics: [accuracy]',
      '    gates: [{ metric: accuracy, slices: all, max_drop: 2 }]',
      ...(options.limits ? [options.limits] : []),
      '',
    ].join('\n'),
  );
  return dir;
}

describe('slice and label cardinality', () => {
  test('20,000 slices: compare finishes in seconds (max_slices raised on purpose)', async () => {
    const dir = project(40_000, { distinctItems: 20_000, limits: '    max_slices: 25000' });
    const config = join(dir, 'evalgate.yml');
    const evaluated = await cli('evaluate', '--config', config, '--out', join(dir, 'r.json'));
    expect(evaluated.stderr).not.toContain('error');
    expect(evaluated.code).toBe(0);
    const started = Date.now();
    const compared = await cli(
      'compare',
      '--base',
      join(dir, 'r.json'),
      '--head',
      join(dir, 'r.json'),
      '--config',
      config,
      '--format',
      'none',
      '--out',
      join(dir, 'c.json'),
    );
    expect(compared.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  test('more slices than max_slices (default 5,000) is a config error before any metric', async () => {
    const dir = project(12_000, { distinctItems: 6_000 });
    const run = await cli('evaluate', '--config', join(dir, 'evalgate.yml'), '--out', join(dir, 'r.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'max_slices: slicing by item makes 6001 slices or more, over max_slices (5000)',
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('more labels than max_labels (default 1,000) is a config error, not a crash', async () => {
    const dir = project(3_000, { distinctItems: 10, distinctLabels: 2_500 });
    const run = await cli('evaluate', '--config', join(dir, 'evalgate.yml'), '--out', join(dir, 'r.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /suite wide: max_labels: the golden set and predictions hold \d+ distinct labels, over max_labels \(1000\)/,
    );
    expect(run.stderr).not.toContain('internal error');
  });
});
