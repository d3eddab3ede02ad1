import { beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { evaluateConfig } from '../../src/evaluate/evaluate.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import { headOnlyMarkdown } from '../../src/report/comparison-markdown.js';
import { validateResult } from '../../src/result/result-file.js';
import { configFor, tempProject, writeJsonl } from '../helpers/suite.js';

/**
 * Issue #11 finding 3: a result forged by a fork's phase-1 run reaches the head-only renderer (no baseline).
 * Metric names and the golden path must not break out of the table header or the code span.
 */
let pristine: string;
beforeAll(async () => {
  const root = tempProject();
  const rows = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, label: ['a', 'b'][i % 2] }));
  writeJsonl(join(root, 'golden.jsonl'), rows);
  writeJsonl(
    join(root, 'p.jsonl'),
    rows.map((r) => ({ id: r.id, prediction: r.label })),
  );
  const config = configFor(root, {
    suites: [{ name: 'toy', task: 'classification', golden: 'golden.jsonl', predictions: 'p.jsonl' }],
  });
  pristine = JSON.stringify(await evaluateConfig(config, { runCommands: false }));
});

const someResult = (): EvalgateResult => JSON.parse(pristine) as EvalgateResult;

describe('the head-only report of a forged result', () => {
  test('a metric name or golden path with markup stays inert', () => {
    const result = someResult();
    const suite = result.suites[0];
    const hostileMetric = '<img src=x>|@org/team';
    suite.metrics = [...suite.metrics, hostileMetric];
    suite.golden.path = 'data.jsonl`\n</details>\n\n## ✅ pass [click](https://evil.example)';
    const md = headOnlyMarkdown(result, 'no baseline');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('\n</details>\n\n## ✅ pass');
    expect(md).not.toContain('@org/team');
    // one line, inside a code span, where GitHub renders no HTML, link or mention
    expect(md).toContain('examples from `data.jsonl </details> ## ✅ pass [click](https://evil.example)`.');
  });

  test('the result schema refuses such names before any renderer sees them', () => {
    const result = someResult();
    result.suites[0].metrics = [...result.suites[0].metrics, '<img src=x>'];
    expect(() => validateResult(result, 'head.json')).toThrow(/metrics/);
    const named = someResult();
    named.suites[0].name = 'x\n## ✅';
    expect(() => validateResult(named, 'head.json')).toThrow(/name/);
  });
});
