// The trend over earlier baselines and the reliability diagram (issue #13): mermaid charts GitHub draws
// itself, each with its numbers in a table beside it, built from the comparison's `trend` and `reliability`.
import { markdownTable } from 'markdown-table';
import type { Reliability, SuiteComparison, Trend } from '../generated/comparison.js';
import { formatCount, formatValue } from '../tasks/format.js';
import { metricDef } from '../tasks/registry.js';
import { escapeCell, escapeText } from './escape.js';
import { chartLabel } from './flips-markdown.js';

const SPARKS = '▁▂▃▄▅▆▇█';

/** A text sparkline of the values (null → a gap), scaled between their minimum and maximum. */
export function sparkline(values: readonly (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return '';
  const low = Math.min(...known);
  const span = Math.max(...known) - low;
  return values
    .map((v) =>
      v === null ? ' ' : SPARKS[span === 0 ? 3 : Math.round(((v - low) / span) * (SPARKS.length - 1))],
    )
    .join('');
}

/** Shas come from API answers and results: hex only, so they are safe in code spans and chart labels. */
const shortSha = (sha: string) => (/^[0-9a-f]{7,64}$/.test(sha) ? sha.slice(0, 7) : 'unknown');
const num = (v: number) => String(Number(v.toFixed(4)));

/** A y-axis around the values with some room: a line needs no zero, and a tight axis keeps changes visible. */
function axis(values: readonly number[], proportion: boolean): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = Math.max((high - low) * 0.25, proportion ? 1 : Math.abs(high) * 0.01 || 0.01);
  const floor = proportion ? Math.max(0, Math.floor(low - pad)) : low - pad;
  const ceil = proportion ? Math.min(100, Math.ceil(high + pad)) : high + pad;
  return [floor, ceil];
}

function skippedLine(trend: Trend): string {
  if (trend.skipped.length === 0) return '';
  const what = trend.skipped
    .map(
      (s) =>
        `${s.run_number === null ? '' : `run ${s.run_number} `}(\`${shortSha(s.sha)}\`): ${escapeText(s.reason)}`,
    )
    .join('; ');
  const n = trend.skipped.length;
  return `${n} earlier baseline${n === 1 ? ' is' : 's are'} not in the trend: ${what}.`;
}

function trendChart(trend: Trend, m: Trend['metrics'][number]): string {
  const def = metricDef(m.metric);
  const proportion = def?.unit === 'proportion';
  const scale = proportion ? 100 : 1;
  const points = [
    ...trend.baselines.map((b, i) => ({ label: shortSha(b.sha), value: m.values[i] })),
    { label: 'this PR', value: m.head },
  ].filter((p): p is { label: string; value: number } => p.value !== null);
  if (points.length < 3) return '';
  const [low, high] = axis(
    points.map((p) => p.value * scale),
    proportion,
  );
  const title = chartLabel(def?.title ?? m.metric);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}${proportion ? ' (points)' : ''}, overall: baselines then this PR"`,
    `  x-axis [${points.map((p) => `"${chartLabel(p.label)}"`).join(', ')}]`,
    `  y-axis "${title}" ${num(low)} --> ${num(high)}`,
    `  line [${points.map((p) => num(p.value * scale)).join(', ')}]`,
    '```',
  ].join('\n');
}

function trendTable(trend: Trend): string {
  const header = [
    'baseline',
    'run',
    ...trend.metrics.map((m) => escapeCell(metricDef(m.metric)?.title ?? m.metric)),
  ];
  const rows = trend.baselines.map((b, i) => [
    `\`${shortSha(b.sha)}\``,
    b.run_number === null ? '–' : `#${b.run_number}`,
    ...trend.metrics.map((m) => formatValue(m.metric, m.values[i])),
  ]);
  rows.push(['**this PR**', '', ...trend.metrics.map((m) => `**${formatValue(m.metric, m.head)}**`)]);
  return markdownTable([header, ...rows]);
}

/**
 * The suite's trend: a line naming each gated metric with a sparkline (kept when charts are dropped), then,
 * with charts, a folded section with one line chart per metric and the values.
 */
export function trendMarkdown(suite: SuiteComparison, charts: boolean): string {
  const trend = suite.trend;
  if (!trend || trend.metrics.length === 0) return '';
  const n = trend.baselines.length;
  const lines = trend.metrics.map((m) => {
    const title = escapeText(metricDef(m.metric)?.title ?? m.metric);
    const last = m.values.at(-1) ?? null;
    return `${title}: \`${sparkline([...m.values, m.head])}\` ${formatValue(m.metric, m.values.find((v) => v !== null) ?? null)} … ${formatValue(m.metric, last)} → **${formatValue(m.metric, m.head)}** (this PR)`;
  });
  const intro = `Trend on overall over the last ${n} baseline${n === 1 ? '' : 's'} of the base branch, oldest first:`;
  const skipped = skippedLine(trend);
  if (!charts)
    return [intro, '', lines.map((l) => `- ${l}`).join('\n'), ...(skipped ? ['', skipped] : [])].join('\n');
  const chartBlocks = trend.metrics.map((m) => trendChart(trend, m)).filter(Boolean);
  return [
    `<details><summary>Trend over the last ${n} baseline${n === 1 ? '' : 's'}: ${lines.map((l) => l.replace(/\*\*/g, '')).join('; ')}</summary>`,
    '',
    ...chartBlocks.flatMap((c) => [c, '']),
    trendTable(trend),
    ...(skipped ? ['', skipped] : []),
    '',
    '</details>',
  ].join('\n');
}

const pct = (v: number) => (v * 100).toFixed(1);

function reliabilityChart(r: Reliability): string {
  const both = r.bins.filter((b) => b.base && b.head);
  if (both.length < 2) return '';
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Accuracy by confidence bin: bars base, line head"',
    `  x-axis "confidence" [${both.map((b) => `"${pct(b.lo)}-${pct(b.hi)}"`).join(', ')}]`,
    '  y-axis "accuracy (points)" 0 --> 100',
    `  bar [${both.map((b) => num(b.base!.accuracy * 100)).join(', ')}]`,
    `  line [${both.map((b) => num(b.head!.accuracy * 100)).join(', ')}]`,
    '```',
  ].join('\n');
}

/** The reliability diagram of a suite with ECE on: per confidence bin, accuracy against mean confidence. */
export function reliabilityMarkdown(suite: SuiteComparison): string {
  const r = suite.reliability;
  if (!r) return '';
  const cell = (side: Reliability['bins'][number]['base'], value: 'confidence' | 'accuracy') =>
    side ? pct(side[value]) : '–';
  const table = markdownTable([
    ['confidence bin', 'n base / head', 'mean confidence base → head', 'accuracy base → head'],
    ...r.bins.map((b) => [
      `(${pct(b.lo)}, ${pct(b.hi)}]`,
      `${b.base ? formatCount(b.base.n) : '–'} / ${b.head ? formatCount(b.head.n) : '–'}`,
      `${cell(b.base, 'confidence')} → ${cell(b.head, 'confidence')}`,
      `${cell(b.base, 'accuracy')} → ${cell(b.head, 'accuracy')}`,
    ]),
  ]);
  const chart = reliabilityChart(r);
  return [
    `<details><summary>Reliability diagram (${escapeText(r.slice)}): accuracy against the top score's confidence, base (bars) and head (line)</summary>`,
    '',
    ...(chart ? [chart, ''] : []),
    table,
    '',
    '<sub>A calibrated model’s accuracy in a bin equals its mean confidence there; accuracy below it means overconfidence. Bins are (lo, hi] as ECE counts them; empty bins are left out.</sub>',
    '',
    '</details>',
  ].join('\n');
}
