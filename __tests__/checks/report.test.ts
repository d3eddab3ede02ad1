import { describe, expect, test } from '@jest/globals';
import { cardRowsFromResult, metricsChangedFrom, type CheckResult } from '../../src/checks/index.js';
import type { EvalgateResult, SliceResult } from '../../src/generated/result.js';
import { checksMarkdown } from '../../src/report/checks-markdown.js';

const pass = (name: string): CheckResult => ({
  name,
  severity: 'fail',
  status: 'pass',
  reason: `${name} is fine.`,
  fix: null,
});

describe('checksMarkdown', () => {
  test('failed first with their fix, then warnings; passed then skipped folded, each in config order', () => {
    const results: CheckResult[] = [
      pass('PR description'),
      { name: 'card numbers', severity: 'warn', status: 'warn', reason: 'Stale.', fix: 'Run the update.' },
      {
        name: 'datasheet',
        severity: 'fail',
        status: 'skipped',
        reason: 'Not applicable: no golden set changed.',
        fix: null,
      },
      {
        name: 'model card',
        severity: 'fail',
        status: 'fail',
        reason: 'The card did not change.',
        fix: 'Update the card.',
      },
      pass('changelog'),
    ];
    expect(checksMarkdown(results)).toBe(
      [
        '### Checks',
        '',
        '**1 failed**, 1 warning, 2 passed, 1 skipped',
        '',
        '- ❌ **model card**: The card did not change.',
        '  **Fix:** Update the card.',
        '- ⚠️ **card numbers**: Stale.',
        '  **Fix:** Run the update.',
        '',
        '<details><summary>2 passed, 1 skipped</summary>',
        '',
        '- ✅ **PR description**: PR description is fine.',
        '- ✅ **changelog**: changelog is fine.',
        '- ⏭️ **datasheet**: Not applicable: no golden set changed.',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  test('all passed: only the folded list; no checks: nothing', () => {
    expect(checksMarkdown([pass('a')], '## Checks')).toBe(
      [
        '## Checks',
        '',
        '1 passed',
        '',
        '<details><summary>1 passed</summary>',
        '',
        '- ✅ **a**: a is fine.',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
    expect(checksMarkdown([])).toBe('');
  });

  test('hostile names and reasons cannot inject markup', () => {
    const md = checksMarkdown([
      {
        name: '<img src=x onerror=alert(1)> **bold** [link](http://x)',
        severity: 'fail',
        status: 'fail',
        reason: 'line1\nline2 | `code`',
        fix: '<script>',
      },
    ]);
    expect(md).toContain(
      '- ❌ **&lt;img src=x onerror=alert(1)&gt; &#42;&#42;bold&#42;&#42; &#91;link&#93;(http:\u200D//x)**: line1 line2 &#124; &#96;code&#96;\n  **Fix:** &lt;script&gt;\n',
    );
    expect(md).not.toMatch(/<img|<script/);
  });
});

describe('metricsChangedFrom (comparison artifact)', () => {
  const gate = (extra: object) => ({
    gate: 0,
    metric: 'accuracy',
    slice: 'overall',
    significant: null,
    ci: null,
    ...extra,
  });
  test.each([
    ['not an object', null, null],
    ['an explicit flag', { metrics_changed: true }, true],
    ['no suites', { verdict: 'pass' }, null],
    ['no gate results', { suites: [{ name: 'a', comparable: true, gates: [] }] }, null],
    [
      'a significant worsening',
      { suites: [{ comparable: true, gates: [gate({ significant: true, ci: [-0.05, 0.001] })] }] },
      true,
    ],
    [
      'an improvement whose interval excludes zero',
      { suites: [{ comparable: true, gates: [gate({ ci: [0.001, 0.02] })] }] },
      true,
    ],
    [
      'a drop whose interval excludes zero',
      { suites: [{ comparable: true, gates: [gate({ ci: [-0.03, -0.01] })] }] },
      true,
    ],
    [
      'every interval covers zero',
      { suites: [{ comparable: true, gates: [gate({ ci: [-0.01, 0.02] }), gate({ ci: [0, 0] })] }] },
      false,
    ],
    [
      'not significant, no interval',
      { suites: [{ comparable: true, gates: [gate({ significant: false })] }] },
      false,
    ],
    [
      'no interval, no significance (insufficient data)',
      { suites: [{ comparable: true, gates: [gate({})] }] },
      null,
    ],
    [
      'a suite that is not comparable is ignored',
      { suites: [{ comparable: false, gates: [gate({ significant: true })] }] },
      null,
    ],
  ])('%s', (_name, comparison, expected) => {
    expect(metricsChangedFrom(comparison)).toBe(expected);
  });
});

describe('cardRowsFromResult', () => {
  const slice = (
    key: string,
    kind: SliceResult['kind'],
    metrics: Record<string, number | null>,
  ): SliceResult => ({
    key,
    kind,
    fields: {},
    n: 10,
    insufficient: false,
    metrics,
  });
  test('overall and single-field slices, scalar metrics only, proportions with a % sign', () => {
    const result = {
      suites: [
        {
          name: 'intents',
          metrics: ['accuracy', 'per_class_f1', 'ece'],
          slices: [
            slice('overall', 'overall', { accuracy: 0.91234, ece: 0.03121 }),
            slice('language=de', 'field', { accuracy: 0.8, ece: null }),
            slice('language=de,domain=billing', 'cross', { accuracy: 0.5, ece: 0.1 }),
            slice('label=refund', 'label', { accuracy: 0.7, ece: 0.1 }),
          ],
        },
      ],
    } as unknown as EvalgateResult;
    const rows = cardRowsFromResult(result);
    expect(rows.map((r) => [r.slice, r.metric, r.display])).toEqual([
      ['overall', 'accuracy', '91.23%'],
      ['overall', 'ece', '0.0312'],
      ['language=de', 'accuracy', '80.00%'],
      ['language=de', 'ece', '–'],
    ]);
    expect(rows[0]).toEqual({
      suite: 'intents',
      slice: 'overall',
      metric: 'accuracy',
      value: 0.91234,
      display: '91.23%',
    });
    expect(rows[3].value).toBeNaN();
  });
});
