/**
 * The suite result of a keyed family (generation, spans, judged scores): the fields every family fills the
 * same way, its example records (common columns first), its operational metrics, then the family's own.
 */
import type { ResolvedSuite } from '../spec/config.js';
import type { ExampleRecords, FlakyExamples, SliceResult, SuiteResult } from '../generated/result.js';
import { encodeCodes, encodeColumn } from '../result/columns.js';
import type { FieldColumn, SlicePlan } from '../spec/slices.js';
import { canonicalJson, sha256 } from '../util/hash.js';
import type { KeyedGolden, KeyedPredictions } from './keyed-records.js';
import type { OpsRows } from './ops/fields.js';
import { withOps } from './ops/slices.js';

/** The result fields every family fills the same way. */
function commonSuiteFields<T>(
  suite: ResolvedSuite,
  golden: KeyedGolden<T>,
  predictions: { file: string; n: number },
  missing: number,
) {
  const n = golden.n;
  return {
    name: suite.name,
    golden: { path: golden.file, n, fingerprint: golden.fingerprint },
    predictions: {
      path: predictions.file,
      n: predictions.n,
      matched: n - missing,
      missing,
      coverage: n ? (n - missing) / n : 0,
    },
    positive_label: null,
    min_support: suite.minSupport,
    metrics: [...suite.metrics],
    slice_fields: suite.slices.map((s) => (typeof s === 'string' ? s : [...s])),
    slice_values: Object.fromEntries(golden.slices.map((s) => [s.field, [...s.values]])),
  };
}

/** What a keyed family's own evaluation adds to the common result fields (keyedSuiteResult). */
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
  /** The family's per-example columns (after the common ones), built when the suite stores examples. */
  readonly columns: () => ExampleRecords['columns'];
  /** Operational metrics read beside the predictions: added to the planned slices and the examples (withOps). */
  readonly ops?: { readonly rows: OpsRows | null; readonly rowOf: Int32Array; readonly plan: SlicePlan };
}

/**
 * A keyed family's suite result: the common fields, then the family's own (notes only when there are some),
 * with its example records and operational metrics.
 */
export function keyedSuiteResult<T, P>(
  suite: ResolvedSuite,
  read: { golden: KeyedGolden<T>; predictions: KeyedPredictions<P>; missing: number },
  own: KeyedFamilyResult,
): SuiteResult {
  const { golden, predictions, missing } = read;
  const { notes, flaky, ops } = own;
  const examples = exampleRecords(suite, golden, own.columns);
  if (ops) withOps({ slices: own.slices, examples }, ops.rows, ops.rowOf, ops.plan, suite.metrics);
  return {
    ...commonSuiteFields(suite, golden, { file: predictions.file, n: predictions.rows.length }, missing),
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

/** The per-example records when the suite stores them: the common columns, then the family's own. */
export function exampleRecords(
  suite: ResolvedSuite,
  golden: {
    readonly n: number;
    readonly ids: string[];
    readonly recordHashes: Uint32Array;
    readonly slices: readonly FieldColumn[];
  },
  familyColumns: () => ExampleRecords['columns'],
): ExampleRecords | undefined {
  if (!suite.storeExamples) return undefined;
  return { n: golden.n, ids: golden.ids, columns: { ...commonColumns(golden), ...familyColumns() } };
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
