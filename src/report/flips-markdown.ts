import { markdownTable } from 'markdown-table';
import type { SliceFlips, SuiteComparison } from '../generated/comparison.js';
import { metricDef } from '../tasks/registry.js';
import { sliceReading } from '../tasks/slice-readings.js';
import { escapeCell, escapeText } from './escape.js';
import { formatCount } from '../tasks/format.js';

/**
 * How much of the flipped examples and charts a report shows. The comment budget drops charts first, then
 * the example tables (the counts stay), before it drops anything else; the job summary shows everything.
 */
export type ExampleDetail = 'all' | 'no-charts' | 'counts';

/** Caps for text that reached the comparison from elsewhere (the comparison already cuts excerpts). */
const MAX_EXCERPT = 300;
const MAX_ID = 80;
/** A chart with more slices than this shows the first ones (failing first). */
const MAX_CHART_SLICES = 12;

/** Bidirectional controls (e.g. U+202E) would reorder the rest of a table row on screen. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function cut(text: string, max: number): string {
  const chars = [...text.replace(BIDI_CONTROLS, '')];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

const cell = (text: string | null, max = MAX_EXCERPT) => (text === null ? '–' : escapeCell(cut(text, max)));

export function countsLine(f: SliceFlips): string {
  return `**${formatCount(f.broken)} broken**, ${formatCount(f.fixed)} fixed, ${formatCount(f.still_wrong)} still wrong of ${formatCount(f.counted)} examples. Broken means: ${escapeText(f.definition)}.`;
}

export function examplesTable(f: SliceFlips, examples = f.examples): string {
  const fields = [...new Set(examples.flatMap((e) => Object.keys(e.slice_values)))];
  const rows = examples.map((e) => [
    cell(e.id, MAX_ID),
    cell(e.excerpt),
    cell(e.truth),
    `${cell(e.base)} → ${cell(e.head)}`,
    ...fields.map((field) => cell(e.slice_values[field] ?? null)),
  ]);
  return markdownTable([
    ['id', 'text', 'truth', 'base → head', ...fields.map((x) => escapeCell(x))],
    ...rows,
  ]);
}

function shiftsTable(f: SliceFlips): string {
  return markdownTable([
    ['true label', 'predicted as', 'base', 'head'],
    ...(f.confusion_shifts ?? []).map((s) => [
      cell(s.truth),
      cell(s.predicted),
      formatCount(s.base),
      `${formatCount(s.head)} (+${formatCount(s.head - s.base)})`,
    ]),
  ]);
}

/**
 * A label slice lists only its class's own examples as broken; other classes' examples newly predicted as
 * the class lower its precision and F1 too. Said in words, so "0 broken" next to a fallen F1 is explained.
 */
export function falsePositivesLine(f: SliceFlips): string {
  const fp = f.false_positives;
  if (!fp || (fp.added === 0 && fp.removed === 0)) return '';
  const cls = escapeText(f.slice.replace(/^[^=]*=/, ''));
  const gone = fp.removed ? `; ${formatCount(fp.removed)} the base predicted as ${cls} no longer are` : '';
  return `**${formatCount(fp.added)} other classes' example${fp.added === 1 ? ' is' : 's are'} newly predicted as ${cls}** (false positives${gone}): they are not counted above, as they are not labelled ${cls}, but they lower its precision, so its F1 can fall while none of its own examples broke.`;
}

/** A label slice's new false positives as a table (blank line, title, blank line, table), or nothing. */
export function falsePositivesTable(f: SliceFlips): string[] {
  const listed = f.false_positives?.examples ?? [];
  if (!listed.length) return [];
  const added = f.false_positives!.added;
  const more = added > listed.length ? ` (the first ${listed.length} of ${formatCount(added)} by id)` : '';
  return ['', `New false positives${more}:`, '', examplesTable(f, listed)];
}

/** The folded "what broke" section of one slice: counts, the worst broken examples, confusion shifts. */
export function sliceFlipsSection(f: SliceFlips, detail: ExampleDetail): string {
  const fpAdded = f.false_positives?.added ?? 0;
  const fpSummary = fpAdded ? `, ${formatCount(fpAdded)} new false positives` : '';
  const fpLine = falsePositivesLine(f);
  const parts = [
    `<details><summary>Examples on ${escapeText(f.slice)}: ${formatCount(f.broken)} broken, ${formatCount(f.fixed)} fixed${fpSummary}</summary>`,
    '',
    countsLine(f),
    ...(fpLine ? ['', fpLine] : []),
  ];
  if (detail !== 'counts' && f.examples.length) {
    const more =
      f.broken > f.examples.length ? ` (the ${f.examples.length} worst of ${formatCount(f.broken)})` : '';
    parts.push('', `Broken examples${more}:`, '', examplesTable(f));
  }
  if (detail !== 'counts') parts.push(...falsePositivesTable(f));
  if (detail !== 'counts' && f.confusion_shifts?.length)
    parts.push('', 'Confusions that grew (true label → predicted label):', '', shiftsTable(f));
  parts.push('', '</details>');
  return parts.join('\n');
}

/**
 * The flips of the given slices (the failing or unconfirmed ones, in the order of their table), one folded
 * section each; with `overallShifts`, then the overall confusion shifts when overall is not among them.
 */
export function suiteFlipsMarkdown(
  suite: SuiteComparison,
  keys: readonly string[],
  detail: ExampleDetail,
  overallShifts: boolean,
): string {
  if (keys.length === 0) return '';
  if (!suite.flips)
    return suite.flips_unavailable
      ? `Which examples flipped is not shown: ${escapeText(suite.flips_unavailable)}.`
      : '';
  const bySlice = new Map(suite.flips.map((f) => [f.slice, f]));
  const sections = [...new Set(keys)]
    .map((key) => bySlice.get(key))
    .filter((f): f is SliceFlips => !!f)
    .map((f) => sliceFlipsSection(f, detail));
  const overall = suite.flips.find((f) => f.slice === 'overall');
  if (
    overallShifts &&
    detail !== 'counts' &&
    overall?.confusion_shifts?.length &&
    !keys.includes('overall')
  ) {
    sections.push(
      [
        '<details><summary>Confusions that grew overall</summary>',
        '',
        shiftsTable(overall),
        '',
        '</details>',
      ].join('\n'),
    );
  }
  return sections.join('\n\n');
}

/** Mermaid labels: letters, digits and a few separators only, so no data can break the chart's syntax. */
export function chartLabel(text: string): string {
  return cut(text.replace(/[^\p{L}\p{N} =,._-]/gu, '_'), 24);
}

/**
 * A mermaid bar-and-line chart of the suite's main gated metric per gated slice: bars are base, the line is
 * head, both as values from an axis that starts at 0 (xychart-beta draws bars up from the axis minimum, so
 * it never draws signed deltas).
 */
export function suiteChart(suite: SuiteComparison): string {
  const metric = suite.gates[0]?.metric;
  if (!metric) return '';
  const def = metricDef(metric);
  const points = suite.gates
    .filter((g) => g.metric === metric && g.base !== null && g.head !== null)
    .filter((g, i, all) => all.findIndex((x) => x.slice === g.slice) === i)
    .sort((a, b) => Number(b.verdict === 'fail') - Number(a.verdict === 'fail'))
    .slice(0, MAX_CHART_SLICES);
  if (points.length < 1) return '';
  const scale = def?.unit === 'proportion' ? 100 : 1;
  const values = points.flatMap((g) => [g.base! * scale, g.head! * scale]);
  const low = Math.min(0, ...values);
  const high = def?.unit === 'proportion' ? 100 : niceCeiling(Math.max(...values, 0));
  const num = (v: number) => String(Number((v * scale).toFixed(4)));
  const title = `${chartLabel(def?.title ?? metric)}${scale === 100 ? ' (points)' : ''}: bars base, line head`;
  // a label slice's bar is its class's value (`the class's F1`): the summary says so
  const meaning = points.map((g) => suite.slices.find((s) => s.key === g.slice)?.kind).includes('label')
    ? sliceReading(metric, 'label').meaning
    : null;
  const onLabels = meaning ? ` (on a label slice, ${meaning})` : '';
  return [
    `<details><summary>Chart: ${escapeText(def?.title ?? metric)} by slice${onLabels}, base (bars) and head (line)</summary>`,
    '',
    '```mermaid',
    // horizontal: slice names read along the vertical axis however many there are
    'xychart-beta horizontal',
    `  title "${title}"`,
    `  x-axis [${points.map((g) => `"${chartLabel(g.slice)}"`).join(', ')}]`,
    `  y-axis "${chartLabel(def?.title ?? metric)}" ${num(low / scale)} --> ${num(high / scale)}`,
    `  bar [${points.map((g) => num(g.base!)).join(', ')}]`,
    `  line [${points.map((g) => num(g.head!)).join(', ')}]`,
    '```',
    '',
    '</details>',
  ].join('\n');
}

function niceCeiling(v: number): number {
  if (v <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(v));
  return Math.ceil((v * 1.1) / step) * step;
}

/** Said once under a report that had to leave examples or charts out to fit the comment limit. */
export const LEFT_OUT_NOTE =
  '_Charts and example lists were left out to fit GitHub’s comment limit; the job summary of this run has them._';
