import { describe, expect, test } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import type { Comparison } from '../../src/generated/comparison.js';
import { cli } from '../cli/helpers.js';
import { configFor, tempProject } from '../helpers/suite.js';

/**
 * Flipped examples end to end, per task family: the CLI evaluates base and head predictions of a seeded
 * fixture (make_fixtures.py), compares them, and the counts and listed ids equal expected_flips.py's
 * independent computation from the same JSONL files.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/flips/', import.meta.url));

interface ExpectedSlice {
  counted: number;
  fixed: number;
  broken: number;
  still_wrong: number;
  ids: string[];
}
type Family = 'classification' | 'spans' | 'generation' | 'ranking' | 'scored';
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
  top: number;
} & Record<
  Family,
  {
    slices: Record<string, ExpectedSlice>;
    'slices_f1_pass_0.5'?: Record<string, ExpectedSlice>;
    confusion_shifts?: Record<string, [string, string, number, number][]>;
    false_positives?: Record<string, { added: number; removed: number; ids: string[] }>;
  }
>;

const SUITES: Record<Family, Record<string, unknown>> = {
  classification: {
    gates: [
      { metric: 'accuracy', max_drop: 1, slices: 'all' },
      { metric: 'macro_f1', max_drop: 1, slices: 'labels' },
    ],
  },
  spans: {
    spans: { format: 'offsets' },
    gates: [
      { metric: 'span_micro_f1', max_drop: 1, slices: 'all' },
      { metric: 'span_micro_f1', max_drop: 1, slices: 'labels' },
    ],
  },
  generation: {
    metrics: ['squad_em', 'squad_f1'],
    gates: [{ metric: 'squad_f1', max_drop: 1, slices: 'all' }],
  },
  ranking: { metrics: ['ndcg@5', 'recall@5'], gates: [{ metric: 'ndcg@5', max_drop: 1, slices: 'all' }] },
  scored: { gates: [{ metric: 'pass_rate', max_drop: 1, slices: 'all' }] },
};

function summary(comparison: Comparison): Record<string, ExpectedSlice> {
  return Object.fromEntries(
    comparison.suites[0].flips!.map((f) => [
      f.slice,
      {
        counted: f.counted,
        fixed: f.fixed,
        broken: f.broken,
        still_wrong: f.still_wrong,
        ids: f.examples.map((e) => e.id),
      },
    ]),
  );
}

async function compareFamily(
  family: Family,
  examples: Record<string, unknown> = {},
  suite: Record<string, unknown> = {},
  beforeCompare: (root: string) => void = () => {},
): Promise<Comparison> {
  const root = tempProject('evalgate-flips-');
  cpSync(join(FIXTURES, family), root, { recursive: true });
  for (const side of ['base', 'head']) {
    const config = {
      version: 1,
      comparison: { resamples: 200 },
      examples: { top: expected.top, ...examples },
      suites: [
        {
          name: family,
          task: family,
          golden: 'golden.jsonl',
          predictions: `${side}.jsonl`,
          slices: ['lang'],
          min_support: 10,
          ...SUITES[family],
          ...suite,
        },
      ],
    };
    writeFileSync(join(root, `${side}.yml`), stringify(config));
    const run = await cli(
      'evaluate',
      '--config',
      join(root, `${side}.yml`),
      '--out',
      join(root, `${side}.json`),
      '--format',
      'none',
    );
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
  }
  beforeCompare(root);
  const run = await cli(
    'compare',
    '--base',
    join(root, 'base.json'),
    '--head',
    join(root, 'head.json'),
    '--config',
    join(root, 'base.yml'),
    '--format',
    'json',
  );
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Comparison;
}

describe('flipped examples end to end (CLI, seeded fixtures, cross-checked with expected_flips.py)', () => {
  for (const family of ['classification', 'spans', 'generation', 'ranking', 'scored'] as const) {
    test(`${family}: fixed / broken / still wrong and the listed ids per slice`, async () => {
      const comparison = await compareFamily(family);
      const suite = comparison.suites[0];
      expect(suite.flips_unavailable).toBeUndefined();
      const want = expected[family].slices;
      const got = summary(comparison);
      expect(got).toEqual(want);
      for (const f of suite.flips!) {
        // every listed example is on its slice, and the counts add up
        expect(f.fixed + f.broken + f.still_wrong).toBeLessThanOrEqual(f.counted);
        expect(f.counted).toBeLessThanOrEqual(f.paired);
        const lang = /^lang=(.*)$/.exec(f.slice)?.[1];
        for (const e of f.examples) if (lang) expect(e.slice_values.lang).toBe(lang);
      }
      if (family === 'classification') {
        const shifts = Object.fromEntries(
          suite.flips!.map((f) => [
            f.slice,
            f.confusion_shifts!.map((s) => [s.truth, s.predicted, s.base, s.head]),
          ]),
        );
        expect(shifts).toEqual(expected.classification.confusion_shifts);
        // a label slice's F1 also falls through other classes' examples newly predicted as the class
        const falsePositives = Object.fromEntries(
          suite
            .flips!.filter((f) => f.false_positives)
            .map((f) => [
              f.slice,
              {
                added: f.false_positives!.added,
                removed: f.false_positives!.removed,
                ids: f.false_positives!.examples.map((e) => e.id),
              },
            ]),
        );
        expect(falsePositives).toEqual(expected.classification.false_positives);
        expect(Object.keys(falsePositives).length).toBeGreaterThan(0);
      }
    }, 60_000);
  }

  test('generation with examples.f1_pass: an answer passes when its token F1 reaches the threshold', async () => {
    const comparison = await compareFamily('generation', { f1_pass: 0.5 });
    expect(summary(comparison)).toEqual(expected.generation['slices_f1_pass_0.5']);
    expect(comparison.suites[0].flips![0].definition).toBe('token F1 ≥ 0.5 → below it; listed by F1 lost');
  }, 60_000);

  test('excerpts come from the golden text field, redacted and cut; truth and predictions in words', async () => {
    const golden = readFileSync(join(FIXTURES, 'classification', 'golden.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; text: string; label: string });
    let comparison = await compareFamily('classification');
    let fr = comparison.suites[0].flips!.find((f) => f.slice === 'lang=fr')!;
    const first = fr.examples[0];
    const record = golden.find((g) => g.id === first.id)!;
    expect(first.excerpt).toBe(record.text);
    expect(first.truth).toBe(record.label);
    expect(first.base).toBe(record.label);
    expect(first.head).not.toBe(record.label);
    expect(fr.definition).toBe('predicted label right → wrong');

    comparison = await compareFamily('classification', {
      redact: ['\\d{4}-\\d{4}-\\d{4}'],
      excerpt_length: 40,
    });
    fr = comparison.suites[0].flips!.find((f) => f.slice === 'lang=fr')!;
    const text = record.text.replace(/\d{4}-\d{4}-\d{4}/g, '█');
    expect(text).toMatch(/card █$/);
    const cut = [...text].length > 40 ? [...text].slice(0, 40).join('') + '…' : text;
    expect(fr.examples[0].excerpt).toBe(cut);
    expect(JSON.stringify(comparison)).not.toMatch(/4111-1111/);
  }, 60_000);

  test('excerpts are the same when the golden lines no longer match the result (the whole file is read)', async () => {
    const listed = (c: Comparison) =>
      c.suites[0].flips!.flatMap((f) => f.examples.map((e) => [e.id, e.excerpt]));
    const inOrder = await compareFamily('classification');
    expect(listed(inOrder).length).toBeGreaterThan(0);
    expect(listed(inOrder).every(([, excerpt]) => typeof excerpt === 'string')).toBe(true);
    // reordered, with blank lines, after the evaluation: the listed rows' lines hold other examples
    const reordered = await compareFamily('classification', {}, {}, (root) => {
      const path = join(root, 'golden.jsonl');
      const lines = readFileSync(path, 'utf8').trim().split('\n').reverse();
      writeFileSync(path, `\n${lines.join('\n\n')}\n`);
    });
    expect(listed(reordered)).toEqual(listed(inOrder));
    // a golden file that can no longer be read: every excerpt null, and a note says why
    const gone = await compareFamily('classification', {}, {}, (root) =>
      writeFileSync(join(root, 'golden.jsonl'), '[not jsonl\n'),
    );
    expect(listed(gone).every(([, excerpt]) => excerpt === null)).toBe(true);
    expect(gone.suites[0].notes.some((n) => n.startsWith('example excerpts not shown: '))).toBe(true);
  }, 90_000);

  test('an excerpt field named like an Object.prototype member is a note, not a crash', async () => {
    // the config is the PR's: "toString" is inherited by every parsed record but is no golden field
    const comparison = await compareFamily('classification', { excerpt_field: 'toString' });
    const listed = comparison.suites[0].flips!.flatMap((f) => f.examples);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((e) => e.excerpt === null)).toBe(true);
    expect(comparison.suites[0].notes).toContain(
      'example excerpts not shown: no listed example has a "toString" field in the golden set',
    );
  }, 60_000);

  test('without per-example records the comparison says why no flips are listed', async () => {
    const comparison = await compareFamily('classification', {}, { store_examples: false });
    expect(comparison.suites[0].flips).toBeUndefined();
    expect(comparison.suites[0].flips_unavailable).toBe(
      'a result has no per-example records (store_examples: false)',
    );
  }, 60_000);

  test('a redact pattern that is not a regular expression is a one-line config error', () => {
    const root = tempProject();
    expect(() =>
      configFor(root, {
        suites: [{ name: 's', task: 'classification', golden: 'g.jsonl', predictions: 'p.jsonl' }],
        examples: { redact: ['ok', '(unclosed'] },
      }),
    ).toThrow(
      /evalgate\.yml:\d+: examples\.redact\[1\]: not a valid regular expression \(.*\): fix or remove it$/,
    );
  });
});
