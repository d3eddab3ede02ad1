import { markdownTable } from 'markdown-table';
import type {
  Comparison,
  GateResult,
  SliceComparison,
  SuiteComparison,
  SuiteVerdict,
} from '../generated/comparison.js';
import type { EvalgateResult } from '../generated/result.js';
import { metricDef } from '../tasks/registry.js';
import { escapeCell, escapeText } from './escape.js';
import { formatCount, formatDelta, formatValue } from '../tasks/format.js';
import {
  columnValue,
  gateMetricTitle,
  gateSubject,
  sliceColumns,
  sliceNotes,
} from '../tasks/slice-readings.js';
import { LEFT_OUT_NOTE, suiteChart, suiteFlipsMarkdown } from './flips-markdown.js';
import { reliabilityMarkdown, trendMarkdown } from './pictures-markdown.js';
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
  unconfirmed: '⚠️',
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
function shortReason(g: GateResult, kind: SliceKind | undefined): string {
  const prefix = `${gateSubject(g.metric, g.slice, kind)} `;
  let text = g.reason.startsWith(prefix) ? g.reason.slice(prefix.length) : g.reason;
  text = text.replace(/ → [a-z_]+$/, '');
  // the Δ column already shows the interval
  return text.replace(/ \(\d+(\.\d+)?% CI [^)]*\)/, '');
}

/** A gate whose outcome needs a reader's attention: it fails or warns the suite, or is an unconfirmed drop. */
function isConcern(g: GateResult): boolean {
  return g.outcome === 'fail' || g.outcome === 'warn' || g.verdict === 'unconfirmed';
}

function byConcern(a: GateResult, b: GateResult): number {
  const rank = (g: GateResult) =>
    g.outcome === 'fail' ? 0 : g.outcome === 'warn' ? 1 : isConcern(g) ? 2 : 3;
  return (
    rank(a) - rank(b) ||
    (b.worsening ?? -Infinity) - (a.worsening ?? -Infinity) ||
    a.slice.localeCompare(b.slice) ||
    a.gate - b.gate
  );
}

/** The icon says what the gate did to the suite; an untestable gate shows the failure it counts as. */
function verdictCell(g: GateResult): string {
  const icon =
    (g.verdict === 'missing_slice' || g.verdict === 'not_comparable') && g.outcome !== 'not_gated'
      ? ICON[g.outcome]
      : ICON[g.verdict];
  return `${icon ?? ''} ${g.verdict.replace('_', ' ')}`;
}

/** The drop this slice fails with 80% power at the corrected level, flagged when above the tolerance's reach. */
function detectableCell(g: GateResult): string {
  if (g.detectable_drop === null) return '–';
  const def = metricDef(g.metric);
  const text = formatDelta(def ?? g.metric, g.detectable_drop).replace(/^\+/, '');
  return underpowered(g) ? `${text} ⚠️ underpowered` : text;
}

/** A gate that cannot confirm a drop the size of its tolerance with 80% power. */
export function underpowered(g: GateResult): boolean {
  return g.underpowered === true;
}

type SliceKind = SliceComparison['kind'];
type KindOf = (g: GateResult) => SliceKind | undefined;

function gateRow(g: GateResult, confidence: number, withReason: boolean, kindOf: KindOf): string[] {
  const row = [
    verdictCell(g),
    escapeCell(g.slice),
    escapeCell(gateMetricTitle(g.metric, kindOf(g))),
    valueChange(g),
    deltaWithCi(g, confidence),
    counts(g),
    detectableCell(g),
  ];
  if (withReason) row.push(escapeCell(shortReason(g, kindOf(g))));
  return row;
}

const EXAMPLES = { full: 'all', 'no-charts': 'all', 'no-examples': 'counts' } as const;

const GATE_HEADER = [
  'verdict',
  'slice',
  'metric',
  'base → head',
  'Δ (unadjusted CI)',
  'n base / head',
  'detects ≥',
];

function suiteSection(
  suite: SuiteComparison,
  comparison: Comparison,
  detail: DetailLevel,
  single: boolean,
): string {
  const confidence = comparison.settings.confidence;
  const kinds = new Map(suite.slices.map((s) => [s.key, s.kind]));
  const kindOf: KindOf = (g) => kinds.get(g.slice);
  const lines: string[] = [];
  const mode = suite.mode === 'advisory' ? ' (advisory: never fails the check)' : '';
  lines.push(
    `${single ? '###' : '###'} ${ICON[suite.verdict]} ${escapeText(suite.name)}: ${HEADLINE[suite.verdict]}${mode}`,
  );
  for (const note of suite.notes) lines.push(`> ${escapeText(note)}`);
  const concerns = suite.gates.filter(isConcern).sort(byConcern);
  const quiet = suite.gates
    .filter((g) => !isConcern(g) && g.verdict === 'pass' && g.beyond_tolerance === true)
    .sort((a, b) => (b.worsening ?? 0) - (a.worsening ?? 0));
  if (concerns.length) {
    lines.push('');
    lines.push(
      markdownTable([[...GATE_HEADER, 'why'], ...concerns.map((g) => gateRow(g, confidence, true, kindOf))]),
    );
    lines.push(...gateNotes(concerns, kindOf));
  } else if (suite.gates.length) {
    lines.push('');
    lines.push(quietLine(suite.gates));
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
  // the trend's sparklines stay until the compact stage; its charts and the reliability diagram go first
  const pictures = [
    detail === 'compact' ? '' : trendMarkdown(suite, detail === 'full'),
    detail === 'full' ? reliabilityMarkdown(suite) : '',
  ].filter(Boolean);
  for (const picture of pictures) lines.push('', picture);
  if (quiet.length) {
    lines.push('');
    lines.push(
      `**Drops beyond tolerance that are not significant** (${quiet.length}; likely noise, worth a look):`,
    );
    lines.push('');
    lines.push(
      markdownTable([[...GATE_HEADER, 'why'], ...quiet.map((g) => gateRow(g, confidence, true, kindOf))]),
    );
    lines.push(...gateNotes(quiet, kindOf));
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
    lines.push(
      markdownTable([[...GATE_HEADER, 'why'], ...others.map((g) => gateRow(g, confidence, true, kindOf))]),
    );
    lines.push(...gateNotes(others, kindOf));
    lines.push('');
    lines.push('</details>');
  }
  if (detail !== 'compact' && suite.slices.length) {
    lines.push('');
    lines.push(
      `<details><summary>All metrics by slice (${suite.slices.length} slices; base → head, Δ)</summary>`,
    );
    const main = suite.slices.filter((s) => s.kind !== 'label');
    const labels = suite.slices.filter((s) => s.kind === 'label');
    if (main.length) lines.push('', slicesTable(main, 'slice', 'overall'));
    // a label slice's metrics are its class's (one-vs-rest): their own table, named for what they are
    if (labels.length) lines.push('', 'Per-class slices:', '', slicesTable(labels, 'class', 'label'));
    lines.push('');
    lines.push('</details>');
  }
  return lines.join('\n');
}

/** Base → head (Δ) of every slice given, one column per metric as it reads on their kind, then the notes. */
function slicesTable(slices: readonly SliceComparison[], first: string, kind: SliceKind): string {
  const metrics = [...new Set(slices.flatMap((s) => Object.keys(s.metrics)))];
  const columns = sliceColumns(metrics, kind);
  const table = markdownTable([
    [first, 'n base / head', ...columns.map((c) => escapeCell(c.title))],
    ...slices.map((s) => [
      escapeCell(s.key),
      `${s.base_n === null ? '–' : formatCount(s.base_n)} / ${s.head_n === null ? '–' : formatCount(s.head_n)}`,
      ...columns.map((c) => {
        const v = columnValue(c, s.metrics);
        const m = c.metrics[0];
        if (!v) return '–';
        return `${formatValue(m, v.base)} → ${formatValue(m, v.head)} (${formatDelta(m, v.delta)})`;
      }),
    ]),
  ]);
  const notes = sliceNotes(
    metrics,
    slices.filter((s) => s.kind !== 'overall').map((s) => s.kind),
  );
  return [table, ...notes.map((note) => `\n<sub>${escapeText(note)}</sub>`)].join('\n');
}

/** The one-line notes of the metrics these gates measure on their kinds of slice (macro on a domain slice). */
function gateNotes(gates: readonly GateResult[], kindOf: KindOf): string[] {
  const notes = new Set<string>();
  for (const g of gates) {
    const kind = kindOf(g);
    if (kind && kind !== 'overall') for (const note of sliceNotes([g.metric], [kind])) notes.add(note);
  }
  return [...notes].flatMap((note) => ['', `<sub>${escapeText(note)}</sub>`]);
}

/** What a suite with no concern did, counted honestly: within tolerance, within noise, not tested. */
function quietLine(gates: readonly GateResult[]): string {
  const notTested = gates.filter((g) => g.outcome === 'not_gated').length;
  const noisy = gates.filter((g) => g.outcome === 'pass' && g.beyond_tolerance === true).length;
  const within = gates.length - notTested - noisy;
  if (!notTested && !noisy) return `All ${gates.length} gated slice(s) are within tolerance.`;
  const parts = [
    within ? `${within} within tolerance` : '',
    noisy ? `${noisy} beyond tolerance but within noise` : '',
    notTested ? `${notTested} not tested (see below)` : '',
  ].filter(Boolean);
  return `No gate failed: ${parts.join(', ')}.`;
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
      `<sub>${+(s.confidence * 100).toFixed(2)}% intervals (${intervalMethods(comparison)}), shown unadjusted; a regression fails only when it exceeds the tolerance and is significant after ${
        { holm: 'Holm', bh: 'Benjamini–Hochberg', none: 'no' }[s.correction]
      } correction across the gated slices; significant alone but not after it, it is ⚠️ unconfirmed. "detects ≥": the drop a slice fails with 80% power at the corrected level. Proportions in points (0–100).</sub>`,
    );
  }
  return lines.join('\n') + '\n';
}

/** The interval methods the gates used, named once each (seed and resamples where a bootstrap ran). */
function intervalMethods(comparison: Comparison): string {
  const s = comparison.settings;
  const used = [
    ...new Set(
      comparison.suites.flatMap((suite) => suite.gates.map((g) => g.interval_method).filter(Boolean)),
    ),
  ] as string[];
  if (used.length === 0) return `paired bootstrap, ${s.resamples} resamples, seed ${s.seed}`;
  const seeded = used.some((m) => /bootstrap/.test(m)) ? `; seed ${s.seed}` : '';
  return `${used.map(escapeText).join('; ')}${seeded}`;
}

/** First run or no baseline: the head metrics, with the reason there is nothing to compare. */
export function headOnlyMarkdown(head: EvalgateResult, reason: string): string {
  const body = resultMarkdown(head).replace(/^## [^\n]*\n/, '');
  return `## ℹ️ evalgate: no baseline\n\n${escapeText(reason)}\n${body}`;
}
