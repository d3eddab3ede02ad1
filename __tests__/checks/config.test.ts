import { describe, expect, test } from '@jest/globals';
import { CHECKS_SCHEMA } from '../../src/checks/schema.js';
import { readFileSync } from 'node:fs';
import { parseConfig } from '../../src/config/load.js';
import { InputError } from '../../src/io/errors.js';

const suite = `
  - name: intents
    task: classification
    golden: data/golden.jsonl
    predictions: out/pred.jsonl`;

function parse(text: string) {
  return parseConfig(text, '.github/evalgate.yml', '/repo');
}

function errorOf(text: string): string {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('checks, train and fields.text in the config', () => {
  test('top-level and per-suite rules resolve with severity defaulted; train and text resolve', () => {
    const config = parse(`version: 1
suites:${suite}
    train: data/train.jsonl
    fields: { text: utterance }
    checks:
      - name: datasheet
        when: { golden_changed: true }
        require: { changed: [data/DATASHEET.md] }
checks:
  - name: model card
    severity: warn
    when: { changed: ['models/**'] }
    require: { changed: [docs/MODEL_CARD.md] }
`);
    expect(config.checks).toEqual([
      {
        name: 'model card',
        severity: 'warn',
        when: { changed: ['models/**'] },
        require: { changed: ['docs/MODEL_CARD.md'] },
      },
    ]);
    expect(config.suites[0].checks).toEqual([
      {
        name: 'datasheet',
        severity: 'fail',
        when: { golden_changed: true },
        require: { changed: ['data/DATASHEET.md'] },
      },
    ]);
    expect(config.suites[0].train).toEqual({
      path: '/repo/data/train.jsonl',
      display: 'data/train.jsonl',
      format: 'jsonl',
    });
    expect(config.suites[0].fields.text).toBe('utterance');
  });

  test('without them: no checks, no train, no text field', () => {
    const config = parse(`version: 1\nsuites:${suite}\n`);
    expect(config.checks).toEqual([]);
    expect(config.suites[0].checks).toEqual([]);
    expect(config.suites[0].train).toBeUndefined();
    expect(config.suites[0].fields.text).toBeUndefined();
  });

  test('checks, train and the text field do not change the config fingerprint (they cannot move a metric)', () => {
    const plain = parse(`version: 1\nsuites:${suite}\n`);
    const withChecks = parse(`version: 1
suites:${suite}
    train: data/train.jsonl
    fields: { text: utterance }
    checks: [{ name: a, require: { changelog: CHANGELOG.md } }]
checks: [{ name: b, require: { changelog: CHANGELOG.md } }]
`);
    expect(withChecks.fingerprint).toBe(plain.fingerprint);
    const otherMetrics = parse(`version: 1\nsuites:${suite}\n    fields: { label: intent }\n`);
    expect(otherMetrics.fingerprint).not.toBe(plain.fingerprint);
  });
});

describe('bad rules are one-line errors with file:line: field', () => {
  test.each([
    [
      'a malformed glob (beyond the schema)',
      `version: 1\nsuites:${suite}\nchecks:\n  - name: a\n    when: { changed: ['models/**', 'src/[a.ts'] }\n    require: { changed: [docs/x.md] }\n`,
      /^\.github\/evalgate\.yml:9: checks\[0\]\.when\.changed\[1\]: invalid glob "src\/\[a\.ts": /,
    ],
    [
      'a duplicate rule name',
      `version: 1\nsuites:${suite}\nchecks:\n  - name: a\n    require: { changelog: C.md }\n  - name: a\n    require: { changelog: C.md }\n`,
      /^\.github\/evalgate\.yml:10: checks\[1\]\.name: "a" is already the name of checks\[0\]$/,
    ],
    [
      'a heading list that is not strings',
      `version: 1\nsuites:${suite}\nchecks:\n  - name: a\n    require:\n      sections: { file: docs/CARD.md, headings: [Intended use, [Limitations]] }\n`,
      /^\.github\/evalgate\.yml:10: checks\[0\]\.require\.sections\.headings\[1\]: expected string, got an array$/,
    ],
    [
      'a misspelt requirement kind',
      `version: 1\nsuites:${suite}\nchecks:\n  - name: a\n    require: { chnged: [docs/x.md] }\n`,
      /^\.github\/evalgate\.yml:9: checks\[0\]\.require\.chnged: unknown key "chnged" \(did you mean "changed"\?\)/,
    ],
    [
      'a glob list given as a string',
      `version: 1\nsuites:${suite}\nchecks:\n  - name: a\n    require: { changed: docs/x.md }\n`,
      /^\.github\/evalgate\.yml:9: checks\[0\]\.require\.changed: expected array, got string "docs\/x\.md" \(a list of one is written \[docs\/x\.md\]\)$/,
    ],
    [
      'a bad severity in a suite rule',
      `version: 1\nsuites:${suite}\n    checks:\n      - name: a\n        severity: fatal\n        require: { changelog: C.md }\n`,
      /^\.github\/evalgate\.yml:9: suites\[0\]\.checks\[0\]\.severity: expected one of "fail", "warn", got "fatal" \(did you mean "fail"\?\)$/,
    ],
    [
      'metrics: with anything but "changed"',
      `version: 1\nsuites:${suite}\nchecks:\n  - name: a\n    when: { metrics: moved }\n    require: { changelog: C.md }\n`,
      /^\.github\/evalgate\.yml:9: checks\[0\]\.when\.metrics: expected "changed", got "moved"$/,
    ],
    [
      'an absolute path',
      `version: 1\nsuites:${suite}\nchecks:\n  - name: a\n    require: { changelog: /CHANGELOG.md }\n`,
      /^\.github\/evalgate\.yml:9: checks\[0\]\.require\.changelog: "\/CHANGELOG\.md" does not match the expected form/,
    ],
    [
      'a training set of unknown format',
      `version: 1\nsuites:${suite}\n    train: data/train.parquet\n`,
      /^\.github\/evalgate\.yml:7: suites\[0\]\.train: cannot tell the format of "data\/train\.parquet": expected \.jsonl, \.jsonl\.gz, \.csv or \.json$/,
    ],
  ])('%s', (_name, text, pattern) => {
    const message = errorOf(text);
    expect(message).toMatch(pattern);
    expect(message).not.toContain('\n');
  });

  test('several problems: the first is shown and the rest counted', () => {
    const message = errorOf(
      `version: 1\nsuites:${suite}\nchecks:\n  - name: a\n    when: { changed: ['[x', '(y'] }\n    require: { changed: [docs/x.md] }\n`,
    );
    expect(message).toMatch(
      /^\.github\/evalgate\.yml:9: checks\[0\]\.when\.changed\[0\]: invalid glob "\[x": .* \(and 1 more problem\(s\)\)$/,
    );
  });
});

describe('the config schema embeds the checks schema', () => {
  const read = (path: string) =>
    JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as {
      description?: string;
      $defs: Record<string, unknown>;
    };
  test('the checks schema is derived from the config schema, under its check* names', () => {
    const config = read('schema/evalgate.schema.json');
    // src/checks/schema.json was a hand-kept copy of these definitions; CHECKS_SCHEMA refers to them instead
    expect(CHECKS_SCHEMA.$defs).toEqual(config.$defs);
    expect(CHECKS_SCHEMA.$ref).toBe('#/$defs/checks');
    expect(config.$defs.checks).toEqual({
      title: 'CheckRules',
      description: CHECKS_SCHEMA.$defs.checks.description,
      type: 'array',
      items: { $ref: '#/$defs/checkRule' },
    });
  });
});
