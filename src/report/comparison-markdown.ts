import { markdownTable } from 'markdown-table';
import type { Comparison, GateResult, SuiteComparison, SuiteVerdict } from '../generated/comparison.js';
import type { EvalgateResult } from '../generated/result.js';
import { metricDef } from '../tasks/registry.js';
import { escapeCell, escapeText } from './escape.js';
import { formatCount, formatDelta, formatValue } from './format.js';
import { LEFT_OUT_NOTE, suiteChart, suiteFlipsMarkdown } from './flips-markdown.js';
import { resultMarkdown } from './result-markdown.js';

/**
 * full: everything, the long tables folded in <details>; no-charts: without the charts; no-examples: also
 * without the flipped-example tables (their counts stay); compact: also without the per-slice metric tables
 * and flips; minimal: the verdict and the failing and warning rows only. Used to keep a PR comment under
 * GitHub's limit.
 */
export type DetailLevel = 'full' | 'no-charts' | 'no-examples' | 'compact' | 'minimal';

const ICON: Record<string, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  not_comparable: '⛔',
  insufficient_data: '➖',
  new_slice: '🆕',
  missing_slice: '❔',
};

const HEADLINE: Record<SuiteVerdict, string> = {
  pass: 'pass',
  warn: 'pass with warnings',
  fail: 'fail',
  not_comparable: 'not comparable',
};

function valueChange(g: GateResult): string {
  const def = metricDef(g.metric);
  if (!def) return '–';
  const base = g.base === null ? '–' : formatValue(def, g.base);
  const head = g.head === null ? '–' : formatValue(def, g.head);
  return `${base} → ${head}`;
}

function deltaWithCi(g: GateResult, confidence: number): string {
  const def = metricDef(g.metric);
  if (!def || g.delta === null) return '–';
  const delta = formatDelta(def, g.delta);
  if (!g.ci) return delta;
  const lo = formatDelta(def, g.ci[0]).replace(/ (pts|ms)$/, '');
  const hi = formatDelta(def, g.ci[1]).replace(/ (pts|ms)$/, '');
  return `${delta} (${+(confidence * 100).toFixed(2)}% CI ${lo} … ${hi})`;
}

function counts(g: GateResult): string {
  return `${g.base_n === null ? '–' : formatCount(g.base_n)} / ${g.head_n === null ? '–' : formatCount(g.head_n)}`;
}

/** The reason without the leading "<metric> on <slice>" and the trailing "→ verdict", which the row already shows. */
function shortReason(g: GateResult): string {
  const prefix = `${g.metric} on ${g.slice} `;
  let text = g.reason.startsWith(prefix) ? g.reason.slice(prefix.length) : g.reason;
  text = text.replace(/ → [a-z_]+$/, '');
  // the Δ column already shows the interval
  return text.replace(/ \(\d+(\.\d+)?% CI [^)]*\)/, '');
}

function byConcern(a: GateResult, b: GateResult): number {
  const rank = (g: GateResult) => (g.verdict === 'fail' ? 0 : g.verdict === 'warn' ? 1 : 2);
  return (
    rank(a) - rank(b) ||
    (b.worsening ?? -Infinity) - (a.worsening ?? -Infinity) ||
    a.slice.localeCompare(b.slice) ||
    a.gate - b.gate
  );
}

function gateRow(g: GateResult, confidence: number, withReason: boolean): string[] {
  const row = [
    `${ICON[g.verdict] ?? ''} ${g.verdict.replace('_', ' ')}`,
    escapeCell(g.slice),
    escapeCell(metricDef(g.metric)?.title ?? g.metric),
    valueChange(g),
    deltaWithCi(g, confidence),
    counts(g),
  ];
  if (withReason) row.push(escapeCell(shortReason(g)));
  return row;
}

const EXAMPLES = { full: 'all', 'no-charts': 'all', 'no-examples': 'counts' } as const;

const GATE_HEADER = ['verdict', 'slice', 'metric', 'base → head', 'Δ', 'n base / head'];

function suiteSection(
  suite: SuiteComparison,
  comparison: Comparison,
  detail: DetailLevel,
  single: boolean,
): string {
  const confidence = comparison.settings.confidence;
  const lines: string[] = [];
  const mode = suite.mode === 'advisory' ? ' (advisory: never fails the check)' : '';
  lines.push(
    `${single ? '###' : '###'} ${ICON[suite.verdict]} ${escapeText(suite.name)}: ${HEADLINE[suite.verdict]}${mode}`,
  );
  for (const note of suite.notes) lines.push(`> ${escapeText(note)}`);
  const concerns = suite.gates.filter((g) => g.verdict === 'fail' || g.verdict === 'warn').sort(byConcern);
  const quiet = suite.gates
    .filter((g) => g.verdict === 'pass' && g.beyond_tolerance === true)
    .sort((a, b) => (b.worsening ?? 0) - (a.worsening ?? 0));
  if (concerns.length) {
    lines.push('');
    lines.push(
      markdownTable([[...GATE_HEADER, 'why'], ...concerns.map((g) => gateRow(g, confidence, true))]),
    );
  } else if (suite.gates.length) {
    lines.push('');
    lines.push(`All ${suite.gates.length} gated slice(s) pass.`);
  } else {
    lines.push('');
    lines.push('No gates are configured for this suite.');
  }
  const flips = (gates: GateResult[], overall: boolean) =>
    detail === 'compact' || detail === 'minimal'
      ? ''
      : suiteFlipsMarkdown(
          suite,
          gates.map((g) => g.slice),
          EXAMPLES[detail],
          overall,
        );
  const concernFlips = flips(concerns, true);
  if (concernFlips) lines.push('', concernFlips);
  const chart = detail === 'full' && concerns.length ? suiteChart(suite) : '';
  if (chart) lines.push('', chart);
  if (detail === 'minimal') return lines.join('\n');
  if (quiet.length) {
    lines.push('');
    lines.push(
      `**Drops beyond tolerance that are not significant** (${quiet.length}; likely noise, worth a look):`,
    );
    lines.push('');
    lines.push(markdownTable([[...GATE_HEADER, 'why'], ...quiet.map((g) => gateRow(g, confidence, true))]));
    const concerned = new Set(concerns.map((g) => g.slice));
    const quietFlips = flips(
      quiet.filter((g) => !concerned.has(g.slice)),
      concerns.length === 0,
    );
    if (quietFlips) lines.push('', quietFlips);
  }
  if (suite.golden.examples) {
    const ex = suite.golden.examples;
    const list = (ids: string[] | undefined) =>
      ids && ids.length ? ids.map((id) => `\`${id.replace(/`/g, '')}\``).join(', ') : '–';
    lines.push('');
    lines.push(
      `<details><summary>Golden set diff: ${suite.golden.added} added, ${suite.golden.removed} removed, ${suite.golden.relabelled} relabelled</summary>\n\n` +
        `Added: ${escapeText(list(ex.added))}<br>Removed: ${escapeText(list(ex.removed))}<br>Relabelled: ${escapeText(list(ex.relabelled))}\n\n</details>`,
    );
  }
  const others = suite.gates.filter((g) => !concerns.includes(g) && !quiet.includes(g)).sort(byConcern);
  if (others.length) {
    lines.push('');
    lines.push(`<details><summary>Every other gated slice (${others.length})</summary>`);
    lines.push('');
    lines.push(markdownTable([[...GATE_HEADER, 'why'], ...others.map((g) => gateRow(g, confidence, true))]));
    lines.push('');
    lines.push('</details>');
  }
  if (detail !== 'compact' && suite.slices.length) {
    const metrics = [...new Set(suite.slices.flatMap((s) => Object.keys(s.metrics)))];
    lines.push('');
    lines.push(
      `<details><summary>All metrics by slice (${suite.slices.length} slices; base → head, Δ)</summary>`,
    );
    lines.push('');
    lines.push(
      markdownTable([
        ['slice', 'n base / head', ...metrics.map((m) => escapeCell(metricDef(m)?.title ?? m))],
        ...suite.slices.map((s) => [
          escapeCell(s.key),
          `${s.base_n === null ? '–' : formatCount(s.base_n)} / ${s.head_n === null ? '–' : formatCount(s.head_n)}`,
          ...metrics.map((m) => {
            const v = s.metrics[m];
            if (!v) return '–';
            return `${formatValue(m, v.base)} → ${formatValue(m, v.head)} (${formatDelta(m, v.delta)})`;
          }),
        ]),
      ]),
    );
    lines.push('');
    lines.push('</details>');
  }
  return lines.join('\n');
}

/** The comparison as markdown: verdict first, failing slices first, reasons in words, details folded. */
export function comparisonMarkdown(
  comparison: Comparison,
  options: { detail?: DetailLevel; title?: string } = {},
): string {
  const detail = options.detail ?? 'full';
  const title = options.title ?? 'evalgate';
  const head = comparison.head.git?.sha ? ` for ${comparison.head.git.sha.slice(0, 7)}` : '';
  const base = comparison.base.git?.sha ? ` vs baseline ${comparison.base.git.sha.slice(0, 7)}` : '';
  const lines = [
    `## ${ICON[comparison.verdict]} ${escapeText(title)}: ${HEADLINE[comparison.verdict]}${head}${base}`,
    '',
    escapeText(comparison.summary),
  ];
  const single = comparison.suites.length === 1;
  for (const suite of comparison.suites) lines.push('', suiteSection(suite, comparison, detail, single));
  const leftOut = comparison.suites.some((s) => (s.flips?.length ?? 0) > 0 || s.gates.length > 0);
  if (detail !== 'full' && leftOut) lines.push('', LEFT_OUT_NOTE);
  if (detail !== 'minimal') {
    const s = comparison.settings;
    lines.push(
      '',
      `<sub>Paired bootstrap: ${s.resamples} resamples (${s.method}, seed ${s.seed}), ${+(s.confidence * 100).toFixed(2)}% intervals; a regression fails only when it exceeds the tolerance and is significant after ${
        { holm: 'Holm', bh: 'Benjamini–Hochberg', none: 'no' }[s.correction]
      } correction across the gated slices. Proportions in points (0–100).</sub>`,
    );
  }
  return lines.join('\n') + '\n';
}

/** First run or no baseline: the head metrics, with the reason there is nothing to compare. */
export function headOnlyMarkdown(head: EvalgateResult, reason: string): string {
  const body = resultMarkdown(head).replace(/^## [^\n]*\n/, '');
  return `## ℹ️ evalgate: no baseline\n\n${escapeText(reason)}\n${body}`;
}
