import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, copyProject, PROJECT } from './helpers.js';

interface Expected {
  label_shift: { chi_square: number; dof: number; p_value: number; total_variation: number };
  hygiene: Record<string, number>;
}

// Reference values from make_expected.py (scipy.stats.chi2_contingency, correction=False).
const expected = JSON.parse(readFileSync(join(PROJECT, 'expected.json'), 'utf8')) as Expected;
const config = join(PROJECT, 'evalgate.yml');
const baseGolden = join(PROJECT, 'data/golden-base.jsonl');

describe('evalgate validate runs golden-set hygiene per suite', () => {
  test('duplicates, conflicts and leakage are warnings (exit 0), most serious first', async () => {
    const run = await cli('validate', '--config', config);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(1, 4)).toEqual([
      'suite support: 10 golden examples, 10 predictions, 5 labels, coverage 100.0%: valid',
      '  leakage checked against data/train.jsonl (3 records)',
      '  golden-set hygiene: 5 finding(s)',
    ]);
    expect(expected.hygiene).toEqual({
      exact_conflict: 1,
      exact_dup: 1,
      leak_exact: 1,
      leak_near: 1,
      near_conflict: 1,
    });
    expect(lines.slice(4, 9)).toEqual([
      '  warning: 1 golden inputs also in the training set (1 distinct), e.g. line 7 "I want a refund" = train line 1',
      '  warning: 1 golden inputs in the training set up to punctuation (1 distinct), e.g. line 10 "Cancel my plan, please" ≈ train line 2',
      '  warning: 1 duplicate inputs with conflicting labels (1 distinct), e.g. line 9 "I was charged twice" is "account" but line 2 is "billing"',
      '  warning: 1 near-duplicate inputs with conflicting labels (1 distinct), e.g. line 5 "Reset my password!" is "refund" but line 3 is "account"',
      '  warning: 1 duplicate inputs (1 distinct), e.g. line 4 "where is my parcel?" = line 1',
    ]);
  });

  test('--base-golden adds the label shift with the chi-square test; --strict fails on findings (exit 1)', async () => {
    const run = await cli('validate', '--config', config, '--base-golden', baseGolden, '--strict');
    expect(run.code).toBe(1);
    const { chi_square, dof, p_value, total_variation } = expected.label_shift;
    expect(run.stdout).toContain(
      `  warning: label distribution shifted against the base golden set (30 → 10 labelled records): total variation ${total_variation.toFixed(3)}, chi-square ${chi_square.toFixed(2)} (df ${dof}), p = ${p_value.toFixed(4)}; largest moves: account 0.0% → 30.0%, billing 33.3% → 10.0%, technical 33.3% → 10.0%\n`,
    );
    expect(run.stdout).toContain('  golden-set hygiene: 6 finding(s)\n');
    expect(run.stdout.endsWith('6 hygiene finding(s) with --strict: failing\n')).toBe(true);
  });

  test('an unshifted base is a note, not a finding; a clean golden set passes --strict', async () => {
    const dir = copyProject();
    const golden = join(dir, 'data/golden.jsonl');
    const rows = readFileSync(golden, 'utf8').trim().split('\n');
    // Keep the records without findings: g1, g2, g3, g6, g8.
    writeFileSync(golden, [0, 1, 2, 5, 7].map((i) => rows[i]).join('\n') + '\n');
    const predictions = join(dir, 'data/predictions.jsonl');
    const preds = readFileSync(predictions, 'utf8').trim().split('\n');
    writeFileSync(predictions, [0, 1, 2, 5, 7].map((i) => preds[i]).join('\n') + '\n');
    const run = await cli(
      'validate',
      '--config',
      join(dir, 'evalgate.yml'),
      '--base-golden',
      golden,
      '--strict',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  no significant label shift against the base golden set (5 → 5 labelled records): total variation 0.000, chi-square 0.00 (df 3), p = 1.0000',
    );
    expect(run.stdout).toContain('  golden-set hygiene: no findings\n');
  });

  test('a golden set without the text field gets ids and labels checked, and says so', async () => {
    const dir = copyProject();
    const yml = join(dir, 'evalgate.yml');
    writeFileSync(
      yml,
      readFileSync(yml, 'utf8').replace('    train: data/train.jsonl\n    fields: { text: text }\n', ''),
    );
    const golden = join(dir, 'data/golden.jsonl');
    const rows = readFileSync(golden, 'utf8').trim().split('\n');
    writeFileSync(
      golden,
      rows.map((r) => JSON.stringify({ ...(JSON.parse(r) as object), text: undefined })).join('\n') + '\n',
    );
    const run = await cli('validate', '--config', yml);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  no "text" field in the golden records: duplicate-input and leakage checks skipped (set fields.text)\n  golden-set hygiene: no findings\n',
    );
  });

  test('training records without text are a finding: they cannot be checked for leakage', async () => {
    const dir = copyProject();
    const train = join(dir, 'data/train.jsonl');
    writeFileSync(train, readFileSync(train, 'utf8') + '{"utterance": "I want a refund"}\n{"text": "  "}\n');
    const run = await cli('validate', '--config', join(dir, 'evalgate.yml'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  leakage checked against data/train.jsonl (3 records)\n');
    expect(run.stdout).toContain(
      '  warning: 2 records of data/train.jsonl have an empty or missing "text" field: they cannot be checked for leakage\n',
    );
  });

  test('--base-golden needs one suite', async () => {
    const dir = copyProject();
    const yml = join(dir, 'evalgate.yml');
    const text = readFileSync(yml, 'utf8');
    const suite = text.slice(text.indexOf('  - name: support'), text.indexOf('checks:'));
    writeFileSync(yml, text.replace('checks:', suite.replace('name: support', 'name: other') + 'checks:'));
    const run = await cli('validate', '--config', yml, '--base-golden', baseGolden);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'evalgate validate: --base-golden compares one suite: choose it with --suite',
    );
    expect(
      (await cli('validate', '--config', yml, '--base-golden', baseGolden, '--suite', 'other')).code,
    ).toBe(0);
  });
});
