import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { compareResults } from '../../src/compare/compare.js';
import { validateComparison } from '../../src/compare/comparison-file.js';
import { evaluateConfig } from '../../src/evaluate/evaluate.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import { comparisonMarkdown } from '../../src/report/comparison-markdown.js';
import { resultMarkdown } from '../../src/report/result-markdown.js';
import { configFor, tempProject, writeJsonl } from '../helpers/suite.js';

// Rows that mean what they say: a label slice shows its class's recall and F1 under those names, and a
// domain slice whose macro F1 falls while its accuracy rises carries the note that says why.
//
// Domain d1 (200 rows, truth a or b only): base gets 60 wrong (a ↔ b), head 40 wrong, all predicted as c,
// a class d1's truth never has. Accuracy on d1 rises 70 → 80, but macro F1 there averages over a, b and c:
// base (0.7 + 0.7) / 2 = 0.7, head (8/9 + 8/9 + 0) / 3 = 0.5926. Domain d2 (150 rows, 50 of each class) is
// right on both sides. Class a overall (150 examples): base tp 120, fp 30, fn 30 → recall 0.8, F1 0.8;
// head tp 130, fp 0, fn 20 → recall 13/15, F1 260/280.
const LABELS = ['a', 'b', 'c'];

function rows(side: 'base' | 'head') {
  const golden = [];
  const preds = [];
  for (let i = 0; i < 350; i++) {
    const d1 = i < 200;
    const label = d1 ? (i < 100 ? 'a' : 'b') : LABELS[i % 3];
    let prediction = label;
    if (d1 && side === 'base' && i % 100 < 30) prediction = label === 'a' ? 'b' : 'a';
    if (d1 && side === 'head' && i % 100 < 20) prediction = 'c';
    golden.push({ id: `ex${i}`, label, domain: d1 ? 'd1' : 'd2' });
    preds.push({ id: `ex${i}`, prediction });
  }
  return { golden, preds };
}

async function evaluateSide(side: 'base' | 'head') {
  const root = tempProject();
  const { golden, preds } = rows(side);
  writeJsonl(join(root, 'golden.jsonl'), golden);
  writeJsonl(join(root, 'pred.jsonl'), preds);
  const config = configFor(root, {
    suites: [
      {
        name: 'toy',
        task: 'classification',
        golden: 'golden.jsonl',
        predictions: 'pred.jsonl',
        slices: ['domain'],
        labels: LABELS,
        min_support: 50,
        metrics: ['accuracy', 'macro_f1', 'micro_f1', 'macro_precision'],
        gates: [
          { metric: 'macro_f1', slices: 'all', max_drop: 1 },
          { metric: 'macro_f1', slices: 'labels', max_drop: 1 },
          { metric: 'accuracy', slices: 'labels', max_drop: 1 },
        ],
      },
    ],
  });
  const result: EvalgateResult = await evaluateConfig(config, {
    runCommands: false,
    now: () => new Date('2026-01-01T00:00:00Z'),
  });
  return { result, config };
}

const MACRO_NOTE =
  'Macro averages on a slice are over every class in its truth or predictions, each weighing the same: a class that appears there only as a wrong prediction counts as 0, so macro can fall while accuracy rises.';

/** The cells of the markdown table row that starts with `first`, after the table containing `header`. */
function row(md: string, header: string, first: string): string[] {
  const from = md.indexOf(header);
  expect(from).toBeGreaterThanOrEqual(0);
  const line = md
    .slice(from)
    .split('\n')
    .find((l) => l.startsWith(`| ${first} `));
  expect(line).toBeDefined();
  return line!
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());
}

describe('rows that mean what they say', () => {
  test('label slices read as the class, domain slices carry the macro note', async () => {
    const base = await evaluateSide('base');
    const head = await evaluateSide('head');
    const cmp = compareResults(base.result, head.result, base.config);
    validateComparison(JSON.parse(JSON.stringify(cmp)), 'comparison.json');
    const suite = cmp.suites[0];

    // gate semantics unchanged: macro_f1 on label=a is the class's F1, accuracy there its recall
    const f1 = suite.gates.find((g) => g.slice === 'label=a' && g.metric === 'macro_f1')!;
    expect(f1.base).toBeCloseTo(0.8, 12);
    expect(f1.head).toBeCloseTo(260 / 280, 12);
    expect(f1.reason.startsWith("macro_f1 on label=a (the class's F1) rose 12.86 pts")).toBe(true);
    const recall = suite.gates.find((g) => g.slice === 'label=a' && g.metric === 'accuracy')!;
    expect(recall.head).toBeCloseTo(13 / 15, 12);
    expect(recall.reason.startsWith("accuracy on label=a (the class's recall) rose 6.67 pts")).toBe(true);
    // a field slice's reason is as before
    const d1 = suite.gates.find((g) => g.slice === 'domain=d1')!;
    expect(d1.base).toBeCloseTo(0.7, 12);
    expect(d1.head).toBeCloseTo(16 / 27, 12);
    expect(d1.reason.startsWith('macro_f1 on domain=d1 fell 10.74 pts')).toBe(true);
    expect(d1.outcome).toBe('fail');

    const md = comparisonMarkdown(cmp);
    // the failing domain row, then the note that says why macro F1 can fall while accuracy rises
    const failing = md
      .split('\n')
      .filter((l) => l.startsWith('| ❌'))
      .map((l) =>
        l
          .split('|')
          .slice(2, 5)
          .map((c) => c.trim()),
      );
    // label=c fails too: head sends 40 examples to c, so the class's precision, and so its F1, falls
    expect(failing).toEqual([
      ['label=c', 'Class F1 (macro_f1)', '100.00 → 71.43'],
      ['domain=d1', 'Macro F1', '70.00 → 59.26'],
    ]);
    const concerns = md.slice(md.indexOf('| verdict'), md.indexOf('<details>'));
    expect(concerns).toContain(`<sub>${MACRO_NOTE}</sub>`);
    // in the table of every slice, d1's accuracy rises while its macro F1 falls, with the same note under it
    const all = md.slice(md.indexOf('All metrics by slice'));
    expect(row(all, '| slice', 'domain=d1')).toEqual([
      'domain=d1',
      '200 / 200',
      '70.00 → 80.00 (+10.00 pts)',
      '70.00 → 59.26 (−10.74 pts)',
      '70.00 → 80.00 (+10.00 pts)',
      '70.00 → 66.67 (−3.33 pts)',
    ]);
    expect(all).toContain(`<sub>${MACRO_NOTE}</sub>`);
    // label slices: one column per thing measured, named for it; no Accuracy or Micro F1 column
    const header = row(all, 'Per-class slices', 'class');
    expect(header).toEqual(['class', 'n base / head', 'Class recall', 'Class F1', 'Class precision']);
    expect(row(all, 'Per-class slices', 'label=a')).toEqual([
      'label=a',
      '150 / 150',
      '80.00 → 86.67 (+6.67 pts)',
      '80.00 → 92.86 (+12.86 pts)',
      '80.00 → 100.00 (+20.00 pts)',
    ]);
    // every gated label slice row names what it measured
    const others = md.slice(md.indexOf('Every other gated slice'));
    const labelRows = others
      .split('\n')
      .filter((l) => l.includes('| label=a '))
      .slice(0, 2)
      .map((l) => l.split('|')[3].trim());
    expect(labelRows.sort()).toEqual(['Class F1 (macro_f1)', 'Class recall (accuracy)']);
    // the chart of macro F1 by gated slice draws label slices' class F1: its summary says so
    expect(md).toContain(
      "<summary>Chart: Macro F1 by slice (on a label slice, the class's F1), base (bars) and head (line)</summary>",
    );
    expect(md).toMatchSnapshot();
  });

  test('the result report shows a label slice as its class', async () => {
    const { result } = await evaluateSide('head');
    const md = resultMarkdown(result);
    expect(row(md, 'Per-class slices', 'class')).toEqual([
      'class',
      'support',
      'Class recall',
      'Class F1',
      'Class precision',
    ]);
    expect(row(md, 'Per-class slices', 'label=a')).toEqual(['label=a', '150', '86.67', '92.86', '100.00']);
    const perClass = md.slice(md.indexOf('Per-class slices'));
    expect(perClass).toContain(
      '<sub>Class precision (and so F1) also counts examples of other classes predicted as this class, which are not in the slice.</sub>',
    );
    expect(perClass.split('</details>')[0]).not.toContain('Micro F1');
    expect(row(md, '| slice', 'domain=d1')).toEqual(['domain=d1', '200', '80.00', '59.26', '80.00', '66.67']);
    expect(md).toContain(`<sub>${MACRO_NOTE}</sub>`);
    expect(md).toMatchSnapshot();
  });
});
