import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { tempProject, writeJsonl } from '../helpers/suite.js';

/** Issue #10, "gates must see what they gate": each case ends as a one-line error naming cause and fix. */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

const LANGUAGES = ['de', 'en', 'fr'];

function project(suite: Record<string, unknown>, options: { csv?: boolean; missingEvery?: number } = {}) {
  const root = tempProject();
  const golden = Array.from({ length: 90 }, (_, i) => {
    const row: Record<string, unknown> = { id: `e${i}`, text: `t${i}`, label: ['a', 'b'][i % 2] };
    if (!options.missingEvery || i % options.missingEvery !== 0) row.language = LANGUAGES[i % 3];
    return row;
  });
  if (options.csv) {
    const lines = ['id,text,label,lang', ...golden.map((g) => `${g.id},${g.text},${g.label},${g.language}`)];
    writeFileSync(join(root, 'golden.csv'), lines.join('\n') + '\n');
  } else writeJsonl(join(root, 'golden.jsonl'), golden);
  writeJsonl(
    join(root, 'predictions.jsonl'),
    golden.map((g) => ({ id: g.id, prediction: g.label })),
  );
  const config = {
    version: 1,
    suites: [
      {
        name: 'toy',
        task: 'classification',
        golden: options.csv ? 'golden.csv' : 'golden.jsonl',
        predictions: 'predictions.jsonl',
        min_support: 5,
        ...suite,
      },
    ],
  };
  writeFileSync(join(root, 'evalgate.yml'), stringify(config));
  return root;
}

const validate = (root: string) => cli('validate', '--config', join(root, 'evalgate.yml'));
const evaluate = (root: string) =>
  cli('evaluate', '--config', join(root, 'evalgate.yml'), '--out', join(root, 'r.json'), '--format', 'none');

describe('gates must see what they gate', () => {
  test('a slice field no golden row has is an error listing the fields that exist', async () => {
    const root = project({
      slices: ['region'],
      gates: [{ metric: 'accuracy', slices: { field: 'region' }, max_drop: 1 }],
    });
    for (const run of [validate, evaluate]) {
      const { code, stderr } = await run(root);
      expect(code).toBe(2);
      expect(stderr.trim().replace(/^evalgate \w+: /, '')).toBe(
        'golden.jsonl: slices: region: no golden row has a field "region", so its slices would gate nothing. Fields in the first row: id, text, label, language. Fix: slice by a field the golden set has',
      );
    }
  });

  test('a CSV column named differently from the config (lang vs language) says which field it likely is', async () => {
    const root = project({ slices: ['language'] }, { csv: true });
    const { code, stderr } = await validate(root);
    expect(code).toBe(2);
    expect(stderr).toContain('no golden row has a field "language"');
    expect(stderr).toContain('did you mean "lang"?');
    expect(stderr).toContain('Fields in the first row: id, text, label, lang');
  });

  test('a gate slice whose value is not in the data names the values that exist, with a case hint', async () => {
    const root = project({
      slices: ['language'],
      gates: [{ metric: 'accuracy', slices: ['language=DE'], max_drop: 1 }],
    });
    const { code, stderr } = await validate(root);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(
      'evalgate validate: golden.jsonl: gates[0].slices: "language=DE": no golden row has language=DE: did you mean language=de? (values are case-sensitive) values that exist: de, en, fr',
    );
  });

  test('a gate on a field the suite does not slice by is an error', async () => {
    const root = project({
      slices: ['language'],
      gates: [{ metric: 'accuracy', slices: { field: 'domain' }, max_drop: 1 }],
    });
    const { code, stderr } = await validate(root);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'gates[0].slices: "domain" is not a slice field of suite toy; slice fields: language',
    );
  });

  test('a gate that selects nothing (crosses without crosses) is an error', async () => {
    const root = project({
      slices: ['language'],
      gates: [{ metric: 'accuracy', slices: 'crosses', max_drop: 1 }],
    });
    const { code, stderr } = await validate(root);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'gates[0].slices: gate 0 (accuracy may fall at most 1.00 pts on every cross slice) selects no slice of this data, so it would check nothing',
    );
  });

  test('a field missing on some rows is said with a count', async () => {
    const root = project({ slices: ['language'] }, { missingEvery: 10 });
    const { code, stdout } = await validate(root);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'note: slice field language is missing on 9 of 90 golden rows: they form the slice language=(missing)',
    );
  });

  test('a floor written as a fraction is refused with the likely intent', async () => {
    const root = project({ gates: [{ metric: 'accuracy', min: 0.85 }] });
    const { code, stderr } = await validate(root);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /gates\[0\]\.min: min: 0\.85 looks like a fraction, but thresholds are in points \(0–100\) like the report: did you mean min: 85\?$/m,
    );
  });

  test('a floor in points gates in points', async () => {
    const root = project({ gates: [{ metric: 'accuracy', min: 85 }] });
    expect((await evaluate(root)).code).toBe(0);
    const { code, stdout } = await cli(
      'gate',
      '--config',
      join(root, 'evalgate.yml'),
      '--base',
      join(root, 'r.json'),
      '--head',
      join(root, 'r.json'),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('All 1 gated slice(s) are within tolerance.');
  });
});

test('evalgate gate without a config is a usage error, never a pass that checked nothing', async () => {
  const root = project({ slices: ['language'] });
  expect((await evaluate(root)).code).toBe(0);
  const r = join(root, 'r.json');
  const prev = process.cwd();
  process.chdir(root);
  try {
    const { code, stderr } = await cli('gate', '--base', r, '--head', r);
    expect(code).toBe(2);
    expect(stderr).toContain('no config: .github/evalgate.yml not found and no --config given');
    expect(stderr).toContain('use `evalgate compare` to see deltas without gates');
  } finally {
    process.chdir(prev);
  }
});

test('evalgate plan states what each gated slice can detect and flags the underpowered ones', async () => {
  const root = project({
    slices: ['language'],
    gates: [
      { metric: 'accuracy', slices: 'fields', max_drop: 1 },
      { metric: 'accuracy', slices: 'overall', max_drop: 30 },
    ],
  });
  const { code, stdout } = await cli('plan', '--config', join(root, 'evalgate.yml'), '--churn', '0.1');
  expect(code).toBe(0);
  const lines = stdout.trim().split('\n');
  expect(lines[0]).toBe(
    'Power per gated slice (80% power at the corrected level; assuming 10% of examples change correctness between base and head (--churn)):',
  );
  // 3 languages of 30 and overall 90; α = 2.5% / 4 gated slices
  expect(lines.filter((l) => l.includes('⚠️ underpowered'))).toHaveLength(3);
  expect(lines.find((l) => l.includes('overall'))).toMatch(
    /^ {2}toy: accuracy on overall \(n = 90\): tolerance 30\.00 pts, detects drops ≥ \d+\.\d\d pts$/,
  );
  expect(lines.at(-1)).toBe('3 of 4 gated slices cannot confirm a drop the size of their tolerance.');
  const strict = await cli('plan', '--config', join(root, 'evalgate.yml'), '--strict');
  expect(strict.code).toBe(1);
});
