import { describe, test, expect } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { CHECKS_SCHEMA } from '../../src/checks/schema.js';
import { CheckConfigError, parseCheckRules } from '../../src/checks/validate.js';

const schema: object = CHECKS_SCHEMA;
// The same ajv settings as the config loader: strict mode also checks the schema itself.
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

const ISSUE_EXAMPLE = `
checks:
  - name: model card follows model changes
    when: { changed: ["models/**", "prompts/**", "src/preprocess/**"] }
    unless: { labels: [no-docs-needed] }
    require: { changed: ["docs/MODEL_CARD.md"] }
  - name: behaviour change is documented
    severity: warn
    when: { metrics: changed }
    require: { changelog: CHANGELOG.md }
  - name: PR description
    require: { pr_body: { sections: ["What changed", "How measured", "Risks"], min_words: 30 } }
  - name: model card complete
    require: { sections: { file: docs/MODEL_CARD.md, headings: ["Intended use", "Limitations", "Evaluation"] } }
  - name: golden set provenance
    when: { any: [{ golden_changed: true }, { all: [{ changed: ["data/**"] }, { labels: [data] }] }] }
    require: { changed: ["data/golden/DATASHEET.md"] }
  - name: model card numbers
    require: { card: { file: docs/MODEL_CARD.md, result: out/result.json, tolerance: 0.001 } }
`;

function problems(value: unknown): string[] {
  try {
    parseCheckRules(value);
    return [];
  } catch (error) {
    if (error instanceof CheckConfigError) return error.problems;
    throw error;
  }
}

describe('parseCheckRules', () => {
  test('accepts the issue example, defaulting severity to fail; the schema accepts it too', () => {
    const { checks } = parseYaml(ISSUE_EXAMPLE) as { checks: unknown };
    const rules = parseCheckRules(checks);
    expect(rules.map((r) => [r.name, r.severity])).toEqual([
      ['model card follows model changes', 'fail'],
      ['behaviour change is documented', 'warn'],
      ['PR description', 'fail'],
      ['model card complete', 'fail'],
      ['golden set provenance', 'fail'],
      ['model card numbers', 'fail'],
    ]);
    expect(rules[0]).toEqual({
      name: 'model card follows model changes',
      severity: 'fail',
      when: { changed: ['models/**', 'prompts/**', 'src/preprocess/**'] },
      unless: { labels: ['no-docs-needed'] },
      require: { changed: ['docs/MODEL_CARD.md'] },
    });
    expect(validate(checks)).toBe(true);
  });

  // Each case: the config, what parseCheckRules says, and whether the JSON Schema rejects it as well.
  test.each([
    [
      [{ name: 'a', when: { changed: ['models/[abc'] }, require: { changed: ['x'] } }],
      [
        'checks[0].when.changed[0]: invalid glob "models/[abc": Missing closing: "]" - use "\\\\]" to match literal characters',
      ],
      true,
    ],
    [
      [{ name: 'a', require: { changed: ['docs\\CARD.md'] } }],
      [
        'checks[0].require.changed[0]: invalid glob "docs\\\\CARD.md": use "/" as the path separator; "\\" only escapes a special character',
      ],
      true,
    ],
    [
      [{ name: 'a', require: { sections: { file: 'CARD.md', headings: ['Usage', 3] } } }],
      ['checks[0].require.sections.headings[1]: expected a non-empty string, got 3'],
      false,
    ],
    [
      [{ name: 'a', require: { changed: ['x'], changelog: 'CHANGELOG.md' } }],
      [
        'checks[0].require: expected exactly one of changed, changelog, pr_body, sections, card, got changed, changelog',
      ],
      false,
    ],
    [
      [
        {
          name: 'a',
          severity: 'error',
          when: { metrics: 'moved', label: ['x'] },
          require: { changelog: '/CHANGELOG.md' },
        },
      ],
      [
        'checks[0].severity: expected "fail" or "warn", got "error"',
        'checks[0].when: unknown key "label"; allowed: changed, golden_changed, metrics, labels, all, any',
        'checks[0].when.metrics: expected "changed", got "moved"',
        'checks[0].require.changelog: paths are relative to the repository root: drop the leading "/" of "/CHANGELOG.md"',
      ],
      false,
    ],
    [
      [
        { name: 'a', require: { pr_body: {} } },
        { name: 'a', require: { pr_body: { min_words: 2.5 } } },
      ],
      [
        'checks[0].require.pr_body: give "sections", "min_words" or both',
        'checks[1].name: "a" is already the name of checks[0]',
        'checks[1].require.pr_body.min_words: expected a whole number ≥ 0, got 2.5',
      ],
      false,
    ],
    [
      [{ name: 'a', when: { any: [] } }],
      [
        'checks[0].when.any: expected a non-empty list of conditions, got a list ([])',
        'checks[0]: "require" is missing: say what the rule requires',
      ],
      false,
    ],
    [{ name: 'a' }, ['checks: expected a list of rules, got an object'], false],
  ])('%j', (value, expected, schemaAccepts) => {
    expect(problems(value)).toEqual(expected);
    // Globs are checked by parseCheckRules only; the schema catches every other problem.
    expect(validate(value)).toBe(schemaAccepts);
  });
});
