import { describe, expect, test } from '@jest/globals';
import { parseConfig } from '../../src/config/load.js';
import { InputError } from '../../src/io/errors.js';

const suite = `
  - name: intents
    task: classification
    golden: data/golden.jsonl
    predictions: out/pred.jsonl`;

function errorOf(text: string): string {
  try {
    parseConfig(text, '.github/evalgate.yml', '/repo');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('config errors name the file, the line, the JSON path and the expected form', () => {
  test.each([
    [
      'unknown key with a did-you-mean hint',
      `version: 1\nsuites:${suite}\n    min_suport: 30\n`,
      /^\.github\/evalgate\.yml:7: suites\[0\]\.min_suport: unknown key "min_suport" \(did you mean "min_support"\?\); allowed: /,
    ],
    [
      'unknown top-level key',
      `version: 1\nsuite:${suite}\n`,
      /^\.github\/evalgate\.yml:2: suite: unknown key "suite" \(did you mean "suites"\?\)/,
    ],
    [
      'bad enum with hint',
      `version: 1\nsuites:${suite.replace('classification', 'clasification')}\n`,
      /^\.github\/evalgate\.yml:4: suites\[0\]\.task: expected one of "classification"(, "[a-z]+")*, got "clasification" \(did you mean "classification"\?\)$/,
    ],
    [
      'wrong type',
      `version: 1\nsuites:${suite}\n    min_support: thirty\n`,
      /^\.github\/evalgate\.yml:7: suites\[0\]\.min_support: expected integer, got string "thirty"$/,
    ],
    [
      'missing required key',
      `version: 1\nsuites:\n  - name: x\n    task: classification\n    golden: g.jsonl\n`,
      /^\.github\/evalgate\.yml:3: suites\[0\]: missing required key "predictions"$/,
    ],
    [
      'wrong version',
      `version: 2\nsuites:${suite}\n`,
      /^\.github\/evalgate\.yml:1: version: expected 1, got 2$/,
    ],
    [
      'unknown metric with a hint',
      `version: 1\nsuites:${suite}\n    metrics: [accuracy, macro_f2]\n`,
      /^\.github\/evalgate\.yml:7: suites\[0\]\.metrics\[1\]: unknown metric "macro_f2" for task classification \(did you mean "macro_f1"\?\)/,
    ],
    [
      'a metric that needs scores',
      `version: 1\nsuites:${suite}\n    metrics: [ece]\n`,
      /suites\[0\]\.metrics\[0\]: metric "ece" needs scores: set fields\.scores/,
    ],
    [
      'slicing by the label field',
      `version: 1\nsuites:${suite}\n    slices: [label]\n`,
      /suites\[0\]\.slices\[0\]: cannot slice by "label": it is the label field/,
    ],
    [
      'duplicate suite names',
      `version: 1\nsuites:${suite}${suite}\n`,
      /^\.github\/evalgate\.yml:7: suites\[1\]\.name: duplicate suite name "intents"$/,
    ],
    ['invalid YAML', `version: 1\nsuites: [\n`, /^\.github\/evalgate\.yml:\d+: invalid YAML \(/],
    [
      'duplicate YAML key',
      `version: 1\nversion: 1\nsuites:${suite}\n`,
      /^\.github\/evalgate\.yml:2: invalid YAML \(Map keys must be unique/,
    ],
    [
      'unknown file format',
      `version: 1\nsuites:${suite.replace('out/pred.jsonl', 'out/pred.parquet')}\n`,
      /suites\[0\]\.predictions: cannot tell the format of "out\/pred\.parquet"/,
    ],
  ])('%s', (_what, text, expected) => {
    const message = errorOf(text);
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });
});

describe('defaults and resolution', () => {
  test('a minimal suite gets the documented defaults', () => {
    const config = parseConfig(
      `# yaml-language-server: $schema=../schema/evalgate.schema.json\nversion: 1\nsuites:${suite}\n`,
      '/repo/.github/evalgate.yml',
      '/repo',
    );
    const s = config.suites[0];
    expect(s.golden).toEqual({
      path: '/repo/data/golden.jsonl',
      display: 'data/golden.jsonl',
      format: 'jsonl',
    });
    expect(s.fields).toEqual({ id: 'id', label: 'label', prediction: 'prediction' });
    expect(s.metrics).toEqual(['accuracy', 'macro_f1', 'weighted_f1', 'micro_f1', 'per_class_f1']);
    expect(s).toMatchObject({
      minSupport: 30,
      labelSlices: true,
      missingPredictions: 'error',
      topK: 3,
      eceBins: 15,
      multilabel: false,
    });
    expect(config.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test('scores add ECE and Brier to the default metrics', () => {
    const config = parseConfig(
      `version: 1\nsuites:${suite}\n    fields: { scores: probs }\n`,
      'c.yml',
      '/repo',
    );
    expect(config.suites[0].metrics).toEqual([
      'accuracy',
      'macro_f1',
      'weighted_f1',
      'micro_f1',
      'per_class_f1',
      'ece',
      'brier',
    ]);
  });

  test('the fingerprint ignores key order and comments but not values', () => {
    const a = parseConfig(`version: 1\nsuites:${suite}\n    min_support: 30\n`, 'c.yml', '/r').fingerprint;
    const b = parseConfig(
      `# hi\nsuites:${suite}\n    min_support: 30\nversion: 1\n`,
      'c.yml',
      '/r',
    ).fingerprint;
    const c = parseConfig(`version: 1\nsuites:${suite}\n    min_support: 31\n`, 'c.yml', '/r').fingerprint;
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });
});
