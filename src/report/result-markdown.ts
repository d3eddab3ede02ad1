import { markdownTable } from 'markdown-table';
import type { EvalgateResult, FlakyExamples, SliceResult, SuiteResult } from '../generated/result.js';
import { metricDef } from '../tasks/registry.js';
import { codeSpan, escapeCell, escapeText } from './escape.js';
import { formatCount, formatValue } from '../tasks/format.js';

const scalarMetrics = (suite: SuiteResult): string[] => suite.metrics.filter((m) => !metricDef(m)?.table);

function sliceRow(slice: SliceResult, metrics: string[]): string[] {
  const name = slice.insufficient ? `${escapeCell(slice.key)} (insufficient)` : escapeCell(slice.key);
  return [name, formatCount(slice.n), ...metrics.map((m) => formatValue(m, slice.metrics[m]))];
}

function suiteSection(suite: SuiteResult): string {
  const metrics = scalarMetrics(suite);
  const header = ['slice', 'n', ...metrics.map((m) => metricDef(m)?.title ?? escapeCell(m))];
  const main = suite.slices.filter((s) => s.kind !== 'label');
  const labels = suite.slices.filter((s) => s.kind === 'label');
  const lines: string[] = [];
  const coverage = suite.predictions.missing
    ? `, coverage ${(suite.predictions.coverage * 100).toFixed(1)}% (${formatCount(suite.predictions.missing)} without prediction, counted wrong)`
    : '';
  lines.push(
    `### ${escapeText(suite.name)} (${suite.task === suite.task_type ? suite.task : `${suite.task}, ${suite.task_type}`})`,
  );
  lines.push('');
  lines.push(
    `${formatCount(suite.golden.n)} examples from ${codeSpan(suite.golden.path)}${coverage}. Proportions are shown as points (0–100).`,
  );
  lines.push('');
  lines.push(
    markdownTable([header, ...main.map((s) => sliceRow(s, metrics))], {
      align: ['l', 'r', ...metrics.map(() => 'r' as const)],
    }),
  );
  for (const note of suite.notes ?? []) lines.push('', `> ${escapeText(note)}`);
  const insufficient = suite.slices.filter((s) => s.insufficient).length;
  if (insufficient) {
    lines.push('');
    lines.push(
      `${insufficient} slice(s) have fewer than ${suite.min_support} examples (min_support): shown, never gated.`,
    );
  }
  if (labels.length) {
    const labelMetrics = metrics.filter((m) => /(_f1|_precision|_recall)$|^accuracy$/.test(m));
    lines.push('');
    lines.push(`<details><summary>Per-class slices (${labels.length})</summary>`);
    lines.push('');
    lines.push(
      markdownTable([
        ['class', 'support', ...labelMetrics.map((m) => metricDef(m)?.title ?? escapeCell(m))],
        ...labels.map((s) => sliceRow(s, labelMetrics)),
      ]),
    );
    lines.push('');
    lines.push('</details>');
  }
  const overall = suite.slices.find((s) => s.kind === 'overall');
  if (overall?.per_class) {
    lines.push('');
    lines.push('<details><summary>Per-class precision, recall, F1</summary>');
    lines.push('');
    lines.push(
      markdownTable([
        ['class', 'precision', 'recall', 'F1', 'support'],
        ...overall.per_class.map((c) => [
          escapeCell(c.label),
          formatValue('accuracy', c.precision),
          formatValue('accuracy', c.recall),
          formatValue('accuracy', c.f1),
          formatCount(c.support),
        ]),
      ]),
    );
    lines.push('');
    lines.push('</details>');
  }
  if (suite.flaky?.count) lines.push('', flakySection(suite.flaky));
  return lines.join('\n');
}

/** Examples whose verdict flips across repeated runs. */
export function flakySection(flaky: FlakyExamples): string {
  const listed =
    flaky.examples.length < flaky.count ? ` (the ${flaky.examples.length} closest to a coin flip)` : '';
  const score = (v: number | null) => (v === null ? '–' : v.toFixed(4));
  return [
    `<details><summary>Flaky examples: ${formatCount(flaky.count)} of ${formatCount(flaky.repeated)} repeated examples flip verdict across runs${listed}</summary>`,
    '',
    markdownTable(
      [
        ['id', 'passes / runs', 'mean score', 'spread (sd)'],
        ...flaky.examples.map((e) => [
          escapeCell(e.id),
          `${e.passes} / ${e.runs}`,
          score(e.mean_score),
          score(e.spread),
        ]),
      ],
      { align: ['l', 'r', 'r', 'r'] },
    ),
    '',
    '</details>',
  ].join('\n');
}

/** A readable markdown report of one result artifact. */
export function resultMarkdown(result: EvalgateResult): string {
  const head = `## evalgate results${result.git?.sha ? ` for ${result.git.sha.slice(0, 7)}` : ''}`;
  return [head, '', ...result.suites.map(suiteSection)].join('\n\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
