import { sliceOf } from '../result/slice-index.js';
import { DEFAULT_EXAMPLE_SETTINGS, type ResolvedExampleSettings } from '../spec/examples.js';
import type { FlippedExample, SliceFlips, SuiteComparison } from '../generated/comparison.js';
import type { SuiteResult } from '../generated/result.js';
import { classificationFlips } from '../tasks/classification/flips.js';
import type { ExampleTable } from '../tasks/task-family.js';
import { FLIP, type FlipFunction, type FlipOutcomes } from '../tasks/flip.js';
import { generationFlips } from '../tasks/generation/flips.js';
import { rankingFlips } from '../tasks/ranking/flips.js';
import type { TaskName } from '../tasks/registry.js';
import { scoredFlips } from '../tasks/scored/flips.js';
import { spanFlips } from '../tasks/spans/flips.js';
import { alignExamples, decodeExamples } from './examples.js';
import { pairedRows } from './slice-rows.js';

/** What "flipped" means, per family: a missing family is a compile error. */
const FLIP_FUNCTIONS: Readonly<Record<TaskName, FlipFunction>> = {
  classification: classificationFlips,
  spans: spanFlips,
  generation: generationFlips,
  ranking: rankingFlips,
  scored: scoredFlips,
};

/** Each listed example's row in the head result's example table (golden-file order), for its excerpt. */
const headRowOf = new WeakMap<FlippedExample, number>();

export function listedHeadRow(example: FlippedExample): number | undefined {
  return headRowOf.get(example);
}

export type FlipFields = Pick<SuiteComparison, 'flips' | 'flips_unavailable'>;

/**
 * Which examples flipped between base and head on each gated slice and overall: counts of fixed, broken and
 * still-wrong examples, and the worst broken ones (most severe first, then by id). Pure: excerpts are
 * read later (attachExcerpts), so every excerpt here is null.
 */
export function suiteFlips(
  base: SuiteResult | null,
  head: SuiteResult,
  comparison: SuiteComparison,
  settings: ResolvedExampleSettings = DEFAULT_EXAMPLE_SETTINGS,
): FlipFields {
  if (!base) return { flips_unavailable: 'no baseline result to compare examples with' };
  if (comparison.pairing === 'none') return { flips_unavailable: 'the results are not comparable' };
  const baseTable = decodeExamples(base, 'base');
  const headTable = decodeExamples(head, 'head');
  if (comparison.pairing !== 'paired' || !baseTable || !headTable)
    return { flips_unavailable: 'a result has no per-example records (store_examples: false)' };
  const alignment = alignExamples(baseTable, headTable);
  const flip = FLIP_FUNCTIONS[head.task];
  const flips: SliceFlips[] = [];
  // Once, not per slice: a gate list per slice made this quadratic in the number of slices.
  const gatedMetrics = [...new Set(comparison.gates.map((g) => g.metric))];
  for (const { key, metric } of flipSlices(comparison)) {
    const headSlice = sliceOf(head, key);
    if (!headSlice || !sliceOf(base, key)) continue;
    const { baseRows, headRows } = pairedRows(alignment, headTable, head, headSlice);
    const outcome = flip({
      baseSuite: base,
      headSuite: head,
      slice: headSlice,
      base: baseTable,
      head: headTable,
      baseRows,
      headRows,
      metric,
      gatedMetrics,
      f1Pass: settings.f1Pass,
    });
    if ('unavailable' in outcome) return { flips_unavailable: outcome.unavailable };
    flips.push(sliceFlips(key, metric, outcome, headRows, head, headTable, settings.top));
  }
  return { flips };
}

/** The overall slice, then each gated slice once, with its first gate's metric. */
function flipSlices(comparison: SuiteComparison): { key: string; metric: string | null }[] {
  const out = new Map<string, string | null>();
  const overall = comparison.gates.find((g) => g.slice === 'overall');
  out.set('overall', overall?.metric ?? null);
  for (const g of comparison.gates) if (!out.has(g.slice)) out.set(g.slice, g.metric);
  return [...out].map(([key, metric]) => ({ key, metric }));
}

function sliceFlips(
  key: string,
  metric: string | null,
  outcome: FlipOutcomes,
  headRows: Int32Array,
  head: SuiteResult,
  headTable: ExampleTable,
  top: number,
): SliceFlips {
  const counts = [0, 0, 0, 0, 0];
  const broken: number[] = [];
  const status = outcome.status;
  for (let i = 0; i < status.length; i++) {
    const s = status[i];
    counts[s]++;
    if (s === FLIP.broken) broken.push(i);
  }
  const ids = headTable.ids;
  const id = (i: number) => ids.at(headRows[i]);
  const byId = (a: number, b: number) => ids.compare(headRows[a], headRows[b]);
  const order = (a: number, b: number) => outcome.severity[b] - outcome.severity[a] || byId(a, b);
  const listed = (i: number): FlippedExample => {
    const example: FlippedExample = {
      id: id(i),
      excerpt: null,
      ...outcome.describe(i),
      severity: outcome.severity[i],
      slice_values: sliceValues(head, headTable, headRows[i]),
    };
    headRowOf.set(example, headRows[i]);
    return example;
  };
  const examples = firstInOrder(broken, top, order).map(listed);
  const fp = outcome.falsePositives;
  return {
    slice: key,
    metric,
    definition: outcome.definition,
    paired: headRows.length,
    counted: headRows.length - counts[FLIP.excluded],
    fixed: counts[FLIP.fixed],
    broken: counts[FLIP.broken],
    still_wrong: counts[FLIP.stillWrong],
    examples,
    ...(outcome.confusion ? { confusion_shifts: [...outcome.confusion] } : {}),
    ...(fp
      ? {
          false_positives: {
            added: fp.added.length,
            removed: fp.removed,
            examples: firstInOrder(fp.added, top, byId).map(listed),
          },
        }
      : {}),
  };
}

/**
 * The first `count` items of `items` sorted by `order` (a total order), without sorting them all: a
 * million-row slice can have tens of thousands of broken examples, and only the top few are listed.
 */
export function firstInOrder(
  items: readonly number[],
  count: number,
  order: (a: number, b: number) => number,
): number[] {
  const kept: number[] = [];
  if (count <= 0) return kept;
  for (const item of items) {
    if (kept.length === count) {
      if (order(item, kept[count - 1]) >= 0) continue;
      kept.pop();
    }
    let at = kept.length;
    kept.push(item);
    while (at > 0 && order(item, kept[at - 1]) < 0) {
      kept[at] = kept[at - 1];
      at--;
    }
    kept[at] = item;
  }
  return kept;
}

function sliceValues(head: SuiteResult, table: ExampleTable, row: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, values] of Object.entries(head.slice_values ?? {})) {
    const code = table.columns.get(`field.${field}`)?.[row];
    if (code !== undefined && values[code] !== undefined) out[field] = values[code];
  }
  return out;
}
