import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import type { Comparison } from '../../src/generated/comparison.js';
import { tempProject, writeJsonl } from '../helpers/suite.js';

/** Issue #10, "labels": the golden labels are the label space; files that do not meet are an error. */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

const INTENTS = ['billing', 'cancel', 'refund', 'shipping'];

function project(predict: (label: string, i: number) => unknown, golden?: (i: number) => unknown) {
  const root = tempProject();
  const rows = Array.from({ length: 420 }, (_, i) => ({
    id: `e${i}`,
    label: golden ? golden(i) : INTENTS[i % 4],
    language: ['de', 'en', 'es', 'fr'][Math.floor(i / 105)],
  }));
  writeJsonl(join(root, 'golden.jsonl'), rows);
  writeJsonl(
    join(root, 'base.jsonl'),
    rows.map((r, i) => ({ id: r.id, prediction: i % 10 === 0 ? INTENTS[(i + 1) % 4] : r.label })),
  );
  writeJsonl(
    join(root, 'head.jsonl'),
    rows.map((r, i) => ({ id: r.id, prediction: predict(String(r.label), i) })),
  );
  for (const side of ['base', 'head'])
    writeFileSync(
      join(root, `${side}.yml`),
      stringify({
        version: 1,
        suites: [
          {
            name: 'intents',
            task: 'classification',
            golden: 'golden.jsonl',
            predictions: `${side}.jsonl`,
            slices: ['language'],
            min_support: 30,
            gates: [{ metric: 'accuracy', slices: 'all', max_drop: 2 }],
          },
        ],
      }),
    );
  return root;
}

const evaluate = (root: string, side: string) =>
  cli(
    'evaluate',
    '--config',
    join(root, `${side}.yml`),
    '--out',
    join(root, `${side}.json`),
    '--format',
    'none',
  );

describe('label spaces', () => {
  test('golden labels 0…10 and predicted names: an error naming numbers vs names', async () => {
    const root = project(
      (_label, i) => ['billing', 'cancel', 'refund'][i % 3],
      (i) => i % 11,
    );
    const { code, stderr } = await evaluate(root, 'head');
    expect(code).toBe(2);
    expect(stderr).toContain(
      'head.jsonl: prediction: 420 of 420 predictions name labels the golden set does not have',
    );
    expect(stderr).toContain(
      'the golden labels are numbers ("0", "1", "2", "3", "4", …) but the predictions are names ("billing", "cancel", "refund")',
    );
    expect(stderr).toContain('Fix: write the same label names on both sides');
    expect((await cli('validate', '--config', join(root, 'head.yml'))).code).toBe(2);
  });

  test('predictions in UPPERCASE: an error naming the case', async () => {
    const root = project((label) => label.toUpperCase());
    const { code, stderr } = await evaluate(root, 'head');
    expect(code).toBe(2);
    expect(stderr).toContain('they differ only in letter case ("BILLING" vs "billing")');
    expect(stderr).toContain("Fix: write the predictions' labels exactly as the golden set does");
  });

  test('an unknown predicted label on 2 of 420 rows is a wrong prediction, and the gate still compares', async () => {
    const root = project((label, i) => (i === 7 || i === 300 ? 'other' : label));
    expect((await evaluate(root, 'base')).code).toBe(0);
    expect((await evaluate(root, 'head')).code).toBe(0);
    const head = JSON.parse(readFileSync(join(root, 'head.json'), 'utf8'));
    expect(head.suites[0].labels).toEqual(INTENTS);
    expect(head.suites[0].notes).toContain(
      '2 of 420 predictions name labels not in the golden set ("other" ×2): counted as wrong predictions, not as new classes',
    );
    const { code, stdout } = await cli(
      'gate',
      '--config',
      join(root, 'base.yml'),
      '--base',
      join(root, 'base.json'),
      '--head',
      join(root, 'head.json'),
      '--format',
      'json',
    );
    const cmp = JSON.parse(stdout) as Comparison;
    expect(cmp.suites[0].comparable).toBe(true);
    expect(cmp.verdict).toBe('pass');
    const overall = cmp.suites[0].gates.find((g) => g.slice === 'overall')!;
    // base: 378 of 420 right (90.00); head: 418 right (rows 7 and 300 are wrong)
    expect(overall.base).toBeCloseTo(378 / 420, 12);
    expect(overall.head).toBeCloseTo(418 / 420, 12);
    expect(code).toBe(0);
  });
});
