/** task: spans — golden and predicted entities (tag sequences or character spans) to per-slice span metrics. */
import type { ResolvedSuite } from '../../spec/config.js';
import type { ExampleRecords, SliceResult, SpanStatsJson, SuiteResult } from '../../generated/result.js';
import { InputError, badValue, describeType } from '../../io/errors.js';
import type { RecordFormat } from '../../io/records.js';
import { encodeColumn } from '../../result/columns.js';
import { arrayCell, readJoinedOne, type DataRecord } from '../keyed-records.js';
import { finishKeyedSuite, keyedSuiteResult } from '../keyed-result.js';
import { planSliceRows, sliceHeader } from '../slice-results.js';
import { OpsReader } from '../ops/fields.js';
import { column, ownsId, type RowColumns } from '../shard-rows.js';
import type { Aggregate } from '../shard-suite.js';
import type { SpanMeta } from './shard.js';
import { denseMetricValues, emptyDense, perTypeTable, type DenseCounts } from './counts.js';
import {
  assertSameLength,
  entitiesFromCharSpans,
  entitiesFromTags,
  type Entity,
  type TagOptions,
} from './entities.js';
import { SpanInputError } from './errors.js';
import { spanCounts } from './scores.js';

export const SPAN_DEFINITIONS_VERSION = 1;

interface SpanItem {
  readonly entities: Entity[];
  /** Tag sequences: the number of tags (predictions must have as many). */
  readonly length?: number;
  /** strict mode: the first chunk that is not a valid entity (such chunks are dropped). */
  readonly stray?: Entity;
}

const STRICT_HINT = {
  IOB2: 'an entity is B-X followed by I-X tags',
  IOBES: 'an entity is S-X, or B-X then I-X tags then E-X',
} as const;

function tagsOf(record: DataRecord, field: string, file: string, line: number): string[] {
  const value = record[field];
  if (Array.isArray(value) && value.every((t) => typeof t === 'string')) return value as string[];
  throw badValue(
    { file, line, field },
    value,
    'missing tags: expected an array of tags such as ["B-PER", "I-PER", "O"]',
    `expected an array of tag strings`,
  );
}

function spanListOf(record: DataRecord, field: string, file: string, line: number): unknown[] {
  const value = record[field];
  if (Array.isArray(value)) return value;
  throw new InputError({
    file,
    line,
    field,
    message: `expected an array of spans {start, end, type}, got ${describeType(value)}`,
  });
}

/**
 * Entities of a tag sequence. In strict mode, chunks that default-mode chunking finds but the scheme does
 * not allow (an I- without B-, a type change, an IOBES entity without E-) make the sequence invalid.
 */
function readTags(tags: readonly string[], options: TagOptions, file: string, line: number): SpanItem {
  const located = { ...options, location: { file, line } };
  const entities = entitiesFromTags(tags, located);
  if (options.mode !== 'strict') return { entities, length: tags.length };
  const lenient = entitiesFromTags(tags, { ...located, mode: 'default' });
  const kept = new Set(entities.map((e) => `${e.type}\u0000${e.start}\u0000${e.end}`));
  const stray = lenient.find((e) => !kept.has(`${e.type}\u0000${e.start}\u0000${e.end}`));
  if (!stray) return { entities, length: tags.length };
  return { entities, length: tags.length, stray };
}

function strayMessage(stray: Entity, tags: readonly string[], scheme: 'IOB2' | 'IOBES'): string {
  const span =
    stray.end - stray.start > 1 ? `positions ${stray.start}–${stray.end - 1}` : `position ${stray.start}`;
  const shown = tags.slice(stray.start, Math.min(stray.end, stray.start + 4)).join(' ');
  return `invalid ${scheme} sequence (strict mode): the tags at ${span} (${shown}${stray.end - stray.start > 4 ? ' …' : ''}) are not a valid entity; ${STRICT_HINT[scheme]}`;
}

export async function evaluateSpans(suite: ResolvedSuite): Promise<SuiteResult> {
  const { format, scheme, mode } = suite.spans;
  const goldField = suite.fields.label;
  const predField = suite.fields.prediction;
  const tokensField = suite.fields.tokens ?? 'tokens';
  const textField = suite.fields.text ?? 'text';

  // CSV cells holding JSON arrays are read as arrays
  const withArrays = (record: DataRecord, fields: string[], format: RecordFormat | undefined): DataRecord =>
    format === 'csv'
      ? { ...record, ...Object.fromEntries(fields.map((f) => [f, arrayCell(record[f], format)])) }
      : record;
  const readGolden = (raw: DataRecord, line: number, file: string): SpanItem => {
    const record = withArrays(raw, [goldField, tokensField], suite.golden.format);
    if (format === 'offsets') {
      const text = record[textField];
      return {
        entities: entitiesFromCharSpans(spanListOf(record, goldField, file, line), {
          field: goldField,
          location: { file, line },
          textLength: typeof text === 'string' ? text.length : undefined,
        }),
      };
    }
    const tags = tagsOf(record, goldField, file, line);
    const tokens = record[tokensField];
    if (Array.isArray(tokens))
      assertSameLength(goldField, tags.length, tokensField, tokens.length, { file, line });
    const item = readTags(tags, { scheme, mode, field: goldField }, file, line);
    if (item.stray)
      throw new SpanInputError(goldField, strayMessage(item.stray, tags, scheme), { file, line });
    return item;
  };
  const opsReader = suite.ops ? new OpsReader(suite.ops, suite.predictions.display) : null;
  const readPrediction = (raw: DataRecord, line: number, file: string): SpanItem => {
    opsReader?.read(raw, line);
    const record = withArrays(raw, [predField], suite.predictions.format);
    if (format === 'offsets') {
      const spans = spanListOf(record, predField, file, line);
      return { entities: entitiesFromCharSpans(spans, { field: predField, location: { file, line } }) };
    }
    return readTags(tagsOf(record, predField, file, line), { scheme, mode, field: predField }, file, line);
  };

  const read = await readJoinedOne(
    suite,
    (record, line, file) => {
      const item = readGolden(record, line, file);
      const content = item.entities.map((e) => `${e.type}:${e.start}:${e.end}`).join(' ');
      return { item, content: `${item.length ?? ''}|${content}` };
    },
    readPrediction,
  );
  const { golden, predictions, rowOf } = read;
  const n = golden.n;

  let invalid = 0;
  const typeSet = new Set<string>();
  for (const item of golden.items) for (const e of item.entities) typeSet.add(e.type);
  const goldTypes = new Set(typeSet);
  for (let i = 0; i < n; i++) {
    const r = rowOf[i];
    // a shard's types and notes are those of the examples it owns (the merge unites them)
    if (r < 0 || !ownsId(suite.shard, golden.ids[i])) continue;
    const pred = predictions.rows[r];
    const gold = golden.items[i];
    if (gold.length !== undefined)
      assertSameLength(predField, pred.item.length!, `golden ${goldField}`, gold.length, {
        file: predictions.file,
        line: pred.line,
      });
    if (pred.item.stray) invalid++;
    for (const e of pred.item.entities) typeSet.add(e.type);
  }
  const types = [...typeSet].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const typeIndex = new Map(types.map((t, j) => [t, j]));
  const T = types.length;
  const counts = new Uint32Array(n * 3 * T);
  for (let i = 0; i < n; i++) {
    const predicted = rowOf[i] >= 0 ? predictions.rows[rowOf[i]].item.entities : [];
    const c = spanCounts(golden.items[i].entities, predicted);
    for (const type of Object.keys(c)) {
      const j = typeIndex.get(type);
      if (j === undefined) continue; // a type only another shard's predictions have: counted there
      const off = (i * T + j) * 3;
      counts[off] = c[type].tp;
      counts[off + 1] = c[type].fp;
      counts[off + 2] = c[type].fn;
    }
  }
  const columns: RowColumns = T > 0 ? { counts: column(counts, 'u32', 3 * T) } : {};
  const meta: SpanMeta = { types, goldTypes: types.filter((t) => goldTypes.has(t)), invalid };
  const ops = opsReader && { rows: opsReader.rows(), rowOf };
  return finishKeyedSuite(suite, read, columns, ops, meta, aggregateSpans);
}

/** The suite's result from per-example counts in golden order (evaluate, each shard, and the merge). */
export const aggregateSpans: Aggregate<SpanMeta> = (suite, golden, columns, predictions, missing, meta) => {
  const { format, scheme } = suite.spans;
  const goldField = suite.fields.label;
  const predField = suite.fields.prediction;
  const { types, invalid } = meta;
  const T = types.length;
  const n = golden.n;
  const counts = (columns.counts?.values as Uint32Array | undefined) ?? new Uint32Array(0);
  const { plan, rows } = planSliceRows(suite, n, golden.slices);
  const dense = rows.map((sliceRows) => sumCounts(counts, T, sliceRows));
  const slices: SliceResult[] = plan.slices.map((def, s) => {
    const result: SliceResult = {
      ...sliceHeader(suite, def, rows[s].length),
      metrics: denseMetricValues(dense[s], types, suite.metrics),
      stats: statsJson(dense[s], rows[s].length),
    };
    if (def.kind === 'overall') result.per_class = perTypeTable(dense[s], types);
    return result;
  });
  if (suite.labelSlices) {
    types.forEach((type, t) => {
      const support = dense[0].tp[t] + dense[0].fn[t];
      if (support === 0) return;
      slices.push({
        key: `type=${type}`,
        kind: 'label',
        fields: { type },
        n: support,
        insufficient: support < suite.minSupport,
        metrics: denseMetricValues(dense[0], types, suite.metrics, type),
        stats: { family: 'label-slice', of: 'overall', class: t },
      });
    });
  }

  const notes: string[] = [];
  if (invalid > 0) {
    notes.push(
      `${invalid} predicted tag sequence(s) break the ${scheme} scheme: in strict mode their invalid chunks are not entities (seqeval strict mode).`,
    );
  }
  return keyedSuiteResult(suite, golden, predictions, missing, {
    task: 'spans',
    task_type: format === 'offsets' ? 'spans-offsets' : 'spans-tags',
    definedBy: {
      definitions: SPAN_DEFINITIONS_VERSION,
      spans: suite.spans,
      fields: [suite.fields.id, goldField, predField],
      // the golden types define the task; a type only a model predicts does not change the definitions
      types: meta.goldTypes,
    },
    labels: types,
    slices,
    notes,
    columns: (): ExampleRecords['columns'] =>
      T > 0 ? { counts: { ...encodeColumn(counts, 'u32'), width: 3 * T } } : {},
    ops: { rows: columns, plan },
  });
};

/** Sums per-example [tp, fp, fn] per type over rows; `weights` (per row) default to 1. */
export function sumCounts(
  counts: ArrayLike<number>,
  types: number,
  rows: ArrayLike<number>,
  weights?: Float64Array,
): DenseCounts {
  const out = emptyDense(types);
  for (let k = 0; k < rows.length; k++) {
    const w = weights ? weights[k] : 1;
    if (w === 0) continue;
    const base = rows[k] * 3 * types;
    for (let t = 0; t < types; t++) {
      out.tp[t] += w * counts[base + 3 * t];
      out.fp[t] += w * counts[base + 3 * t + 1];
      out.fn[t] += w * counts[base + 3 * t + 2];
    }
  }
  return out;
}

function statsJson(dense: DenseCounts, n: number): SpanStatsJson {
  return { family: 'spans', n, tp: Array.from(dense.tp), fp: Array.from(dense.fp), fn: Array.from(dense.fn) };
}
