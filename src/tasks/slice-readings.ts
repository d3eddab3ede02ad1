import type { SliceKind } from '../spec/slices.js';
import { metricDef } from './registry.js';

/** How a metric reads on a kind of slice: the registry's `onSlices`, with the defaults filled in. */
export interface Reading {
  /** What the value is there (`Class recall`); null: not defined on this kind of slice, not shown. */
  readonly title: string | null;
  /** The same in words for gate reasons (`the class's recall`); null when the title says it. */
  readonly meaning: string | null;
  /** One line where the metric behaves unexpectedly on this kind of slice. */
  readonly note: string | null;
}

/**
 * How `metric` reads on a slice of `kind`. A label slice shows only the metrics whose family declares what
 * they mean there (one-vs-rest for the slice's class); every other kind shows a metric under its own title.
 */
export function sliceReading(metric: string, kind: SliceKind): Reading {
  const def = metricDef(metric);
  const declared = def?.onSlices?.[kind];
  if (kind === 'label' && !declared) return { title: null, meaning: null, note: null };
  return {
    title: declared?.title === undefined ? (def?.title ?? metric) : declared.title,
    meaning: declared?.meaning ?? null,
    note: declared?.note ?? null,
  };
}

/** One column of a table of slices of one kind. */
export interface SliceColumn {
  readonly title: string;
  /** The metrics it shows, in order: a slice's cell is the value of the first it has. */
  readonly metrics: readonly string[];
}

/**
 * The columns a table of `kind` slices shows for the suite's `metrics`: the defined ones only, one per
 * distinct reading (on a label slice accuracy, micro recall and macro recall are all the class's recall,
 * so they make one `Class recall` column), in the order of their first metric.
 */
export function sliceColumns(metrics: readonly string[], kind: SliceKind): SliceColumn[] {
  const columns = new Map<string, string[]>();
  for (const metric of metrics) {
    const { title } = sliceReading(metric, kind);
    if (title === null) continue;
    if (!columns.has(title)) columns.set(title, []);
    columns.get(title)!.push(metric);
  }
  return [...columns].map(([title, of]) => ({ title, metrics: of }));
}

/** The value a column shows for a slice's metric values: its first metric's that the slice has. */
export function columnValue<T>(column: SliceColumn, values: Readonly<Record<string, T>>): T | undefined {
  const metric = column.metrics.find((m) => values[m] !== undefined);
  return metric === undefined ? undefined : values[metric];
}

/** The notes of the given metrics on the given kinds of slice, each once, in order. */
export function sliceNotes(metrics: readonly string[], kinds: Iterable<SliceKind>): string[] {
  const notes = new Set<string>();
  for (const kind of new Set(kinds))
    for (const metric of metrics) {
      const { title, note } = sliceReading(metric, kind);
      if (title !== null && note) notes.add(note);
    }
  return [...notes];
}

/**
 * A gate's subject as its reason names it: `macro_f1 on label=refund (the class's F1)`. The config's metric
 * name stays first, so the reason still says which gate it is; the parenthesis says what was measured.
 */
export function gateSubject(metric: string, slice: string, kind: SliceKind | undefined): string {
  const meaning = kind ? sliceReading(metric, kind).meaning : null;
  return `${metric} on ${slice}${meaning ? ` (${meaning})` : ''}`;
}

/** A gate's metric as a report's column names it: `Class F1 (macro_f1)` on a label slice, else its title. */
export function gateMetricTitle(metric: string, kind: SliceKind | undefined): string {
  const title = metricDef(metric)?.title ?? metric;
  if (!kind) return title;
  const reading = sliceReading(metric, kind);
  return reading.meaning && reading.title ? `${reading.title} (${metric})` : title;
}
