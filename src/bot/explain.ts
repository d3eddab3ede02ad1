import type { Comparison, GateResult, SuiteComparison } from '../generated/comparison.js';
import { escapeCell, escapeText } from '../report/escape.js';
import { formatCount, formatDelta, formatValue } from '../tasks/format.js';

/** Fields of a gate result shown in their own rows; anything else the comparison JSON has follows them. */
const GATE_ROWS: readonly (keyof GateResult)[] = [
  'verdict',
  'rule',
  'reason',
  'base',
  'head',
  'delta',
  'ci',
  'worsening',
  'tolerance',
  'p_value',
  'p_adjusted',
  'significant',
  'beyond_tolerance',
  'base_n',
  'head_n',
];
const GATE_SKIPPED = new Set<string>(['gate', 'metric', 'severity', 'slice']);

/** Slices whose key matches, exactly or else ignoring case. */
function findSlice(suite: SuiteComparison, wanted: string) {
  return (
    suite.slices.find((s) => s.key === wanted) ??
    suite.slices.find((s) => s.key.toLowerCase() === wanted.toLowerCase())
  );
}

function plain(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toPrecision(6);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function gateValue(gate: GateResult, field: string): string {
  const value = (gate as unknown as Record<string, unknown>)[field];
  switch (field) {
    case 'base':
    case 'head':
      return formatValue(gate.metric, value as number | null);
    case 'delta':
    case 'worsening':
    case 'tolerance':
      return formatDelta(gate.metric, value as number | null);
    case 'ci':
      return gate.ci
        ? `${formatDelta(gate.metric, gate.ci[0])} … ${formatDelta(gate.metric, gate.ci[1])}`
        : '–';
    default:
      return plain(value);
  }
}

function gateTable(gate: GateResult): string {
  const extra = Object.keys(gate).filter(
    (k) => !GATE_SKIPPED.has(k) && !(GATE_ROWS as readonly string[]).includes(k),
  );
  const rows = [...GATE_ROWS, ...extra].map(
    (field) => `| ${escapeCell(field)} | ${escapeCell(gateValue(gate, field))} |`,
  );
  return [
    `Gate ${gate.gate + 1} (${escapeText(gate.severity)}, ${escapeText(gate.metric)}):`,
    '',
    '| field | value |',
    '| --- | --- |',
    ...rows,
  ].join('\n');
}

function suiteSection(suite: SuiteComparison, key: string): string | undefined {
  const slice = findSlice(suite, key);
  if (!slice) return undefined;
  const n = (v: number | null) => (v === null ? '–' : formatCount(v));
  const metrics = Object.entries(slice.metrics).map(
    ([metric, m]) =>
      `| ${escapeCell(metric)} | ${escapeCell(formatValue(metric, m.base))} | ${escapeCell(formatValue(metric, m.head))} | ${escapeCell(formatDelta(metric, m.delta))} | ${m.relative === null ? '–' : `${(m.relative * 100).toFixed(2)} %`} |`,
  );
  const gates = suite.gates.filter((g) => g.slice === slice.key).map(gateTable);
  return [
    `### ${escapeText(suite.name)} · ${escapeText(slice.key)}`,
    '',
    `Slice kind ${escapeText(slice.kind)}; n base / head: ${n(slice.base_n)} / ${n(slice.head_n)}; suite verdict ${escapeText(String(suite.verdict))}.`,
    '',
    '| metric | base | head | Δ | relative |',
    '| --- | --- | --- | --- | --- |',
    ...metrics,
    '',
    gates.length > 0 ? gates.join('\n\n') : 'No gate watches this slice.',
  ].join('\n');
}

/**
 * The reply to `/evalgate explain <slice>`: the slice's row in each suite that has it (every metric base →
 * head), and each gate on it with its interval, p-values and every other field the comparison JSON holds.
 */
export function explainMarkdown(comparison: Comparison, slice: string, source: string): string {
  const wanted = slice.trim();
  const sections = comparison.suites
    .map((suite) => suiteSection(suite, wanted))
    .filter((s): s is string => s !== undefined);
  if (sections.length === 0) {
    const keys = [...new Set(comparison.suites.flatMap((s) => s.slices.map((x) => x.key)))];
    const shown = keys.slice(0, 40).map((k) => escapeText(k));
    return [
      `No slice “${escapeText(wanted)}” in this comparison (${escapeText(source)}).`,
      '',
      `Slices: ${shown.join(', ')}${keys.length > shown.length ? `, and ${keys.length - shown.length} more` : ''}.`,
    ].join('\n');
  }
  return [`Comparison: ${escapeText(source)}.`, '', ...sections].join('\n\n');
}
