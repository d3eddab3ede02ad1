/**
 * The suite result of a keyed family (generation, spans, judged scores). Its evaluate ends in
 * finishKeyedSuite (the per-example rows, with the operational values, handed to finishSuite); its
 * aggregate, run over all rows, a shard's or the merged shards', ends in keyedSuiteResult: the fields every
 * family fills the same way, its example records (common columns first), its operational metrics, then the
 * family's own. Classification and ranking build their own result around the same input, settings and
 * example-record parts (inputFields, sliceSettingFields, exampleRecords).
 */
import type { ResolvedSuite } from '../spec/config.js';
import type { ExampleRecords, FlakyExamples, SliceResult, SuiteResult } from '../generated/result.js';
import { encodeCodes, encodeColumn } from '../result/columns.js';
import type { FieldColumn, SlicePlan } from '../spec/slices.js';
import { canonicalJson, sha256 } from '../util/hash.js';
import { IdBytes, type IdSource } from '../util/id-list.js';
import { lazyIds } from '../result/lazy-ids.js';
import type { KeyedPredictions } from './keyed-records.js';
import { opsInGoldenOrder, type OpsRows } from './ops/fields.js';
import { opsFromRowColumns, opsRowColumns, withOpsInGoldenOrder } from './ops/slices.js';
import type { GoldenRows, RowColumns } from './shard-rows.js';
import { finishSuite, type Aggregate, type ShardMeta } from './shard-suite.js';

/**
 * The end of a keyed family's evaluate: the operational values (per prediction row, `rowOf[i]` example i's
 * row or −1) join the per-example rows in golden order, and finishSuite aggregates them.
 */
export function finishKeyedSuite<M extends ShardMeta>(
  suite: ResolvedSuite,
  read: { golden: GoldenRows; predictions: KeyedPredictions<unknown>; missing: number },
  columns: RowColumns,
  ops: { readonly rows: OpsRows; readonly rowOf: Int32Array } | null,
  meta: M,
  aggregate: Aggregate<M>,
): SuiteResult {
  const { golden, predictions, missing } = read;
  if (ops) Object.assign(columns, opsRowColumns(opsInGoldenOrder(ops.rows, ops.rowOf)));
  const ids = predictions.rows.map((r) => r.id);
  return finishSuite(suite, golden, columns, { file: predictions.file, ids }, missing, meta, aggregate);
}

/** The golden set and predictions fields of a suite result (keyed families and classification). */
export function inputFields(golden: GoldenRows, predictions: { file: string; n: number }, missing: number) {
  const n = golden.n;
  return {
    golden: { path: golden.file, n, fingerprint: golden.fingerprint },
    predictions: {
      path: predictions.file,
      n: predictions.n,
      matched: n - missing,
      missing,
      coverage: n ? (n - missing) / n : 0,
    },
  };
}

/** The suite settings and slice vocabularies of a suite result, the same in every family. */
export function sliceSettingFields(suite: ResolvedSuite, golden: GoldenRows) {
  return {
    min_support: suite.minSupport,
    metrics: [...suite.metrics],
    slice_fields: suite.slices.map((s) => (typeof s === 'string' ? s : [...s])),
    slice_values: Object.fromEntries(golden.slices.map((s) => [s.field, [...s.values]])),
  };
}

/** What a keyed family's own aggregation adds to the common result fields (keyedSuiteResult). */
export interface KeyedFamilyResult {
  readonly task: SuiteResult['task'];
  readonly task_type: SuiteResult['task_type'];
  /**
   * What defines the family's metrics on this suite, fingerprinted with the task and the missing-predictions
   * policy into `definition_fingerprint`.
   */
  readonly definedBy: Record<string, unknown>;
  readonly labels: string[];
  readonly slices: SliceResult[];
  readonly notes?: string[];
  readonly flaky?: FlakyExamples;
  /** The family's per-example columns (after the common ones), built when examples are stored. */
  readonly columns: () => ExampleRecords['columns'];
  /**
   * The per-example rows and slice plan: their operational values (finishKeyedSuite) are added to the
   * planned slices and the examples.
   */
  readonly ops?: { readonly rows: RowColumns; readonly plan: SlicePlan };
}

/**
 * A keyed family's suite result from its aggregated rows: the common fields, then the family's own (notes
 * only when there are some), with its example records and operational metrics.
 */
export function keyedSuiteResult(
  suite: ResolvedSuite,
  golden: GoldenRows,
  predictions: { file: string; n: number },
  missing: number,
  own: KeyedFamilyResult,
): SuiteResult {
  const { notes, flaky, ops } = own;
  const examples = exampleRecords(suite, golden, own.columns);
  if (ops)
    withOpsInGoldenOrder(
      { slices: own.slices, examples },
      opsFromRowColumns(ops.rows),
      ops.plan,
      suite.metrics,
    );
  return {
    name: suite.name,
    ...inputFields(golden, predictions, missing),
    positive_label: null,
    ...sliceSettingFields(suite, golden),
    task: own.task,
    task_type: own.task_type,
    definition_fingerprint: sha256(
      canonicalJson({ ...own.definedBy, task: suite.task, missing: suite.missingPredictions }),
    ),
    labels: own.labels,
    slices: own.slices,
    ...(notes?.length ? { notes } : {}),
    ...(flaky ? { flaky } : {}),
    ...(examples ? { examples } : {}),
  };
}

/**
 * The per-example records when the suite stores them, or is a shard (whose rows the merge reads from
 * them): the common columns, then the family's own.
 */
export function exampleRecords(
  suite: ResolvedSuite,
  golden: {
    readonly n: number;
    readonly ids: IdSource;
    readonly recordHashes: Uint32Array;
    readonly slices: readonly FieldColumn[];
  },
  familyColumns: () => ExampleRecords['columns'],
): ExampleRecords | undefined {
  if (!suite.storeExamples && !suite.shard) return undefined;
  const { ids } = golden;
  const examples = {
    n: golden.n,
    ids: Array.isArray(ids) ? (ids as string[]) : [],
    columns: { ...commonColumns(golden), ...familyColumns() },
  };
  // ids as bytes stay bytes: the writer and the comparison read them so, anything else builds the array
  if (ids instanceof IdBytes) lazyIds(examples, ids);
  else if (!Array.isArray(ids)) examples.ids = Array.from({ length: ids.length }, (_, i) => ids.at(i)!);
  return examples;
}

/** Columns every task stores: the golden-content hash and each slice field's value code. */
function commonColumns(golden: {
  readonly recordHashes: Uint32Array;
  readonly slices: readonly FieldColumn[];
}): ExampleRecords['columns'] {
  const columns: ExampleRecords['columns'] = { golden: encodeColumn(golden.recordHashes, 'u32') };
  for (const s of golden.slices) columns[`field.${s.field}`] = encodeCodes(s.codes, s.values.length);
  return columns;
}
