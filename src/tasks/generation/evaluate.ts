/** task: generation — golden references and predicted texts to per-slice metrics and per-example statistics. */
import type { ResolvedSuite } from '../../spec/config.js';
import type { GenerationStatsJson, SliceResult, SuiteResult } from '../../generated/result.js';
import { InputError, badValue, describeType } from '../../io/errors.js';
import type { RecordFormat } from '../../io/records.js';
import { encodeColumn } from '../../result/columns.js';
import { arrayCell, readJoinedOne, type DataRecord } from '../keyed-records.js';
import { finishKeyedSuite, keyedSuiteResult } from '../keyed-result.js';
import { planSliceRows, sliceHeader } from '../slice-results.js';
import { OpsReader } from '../ops/fields.js';
import { column, type RowColumns } from '../shard-rows.js';
import type { Aggregate, ShardMeta } from '../shard-suite.js';
import { BLEU_MAX_ORDER } from './bleu.js';
import { CHRF_CHAR_ORDER } from './chrf.js';
import { BLEU_SIGNATURE, CHRF_SIGNATURE } from './registry.js';
import {
  GENERATION_GROUPS,
  exampleVectors,
  groupsFor,
  valuesFromSums,
  type GenerationGroup,
  type GroupVectors,
} from './vector.js';

/** Bumped when a generation metric's definition changes (part of the definition fingerprint). */
export const GENERATION_DEFINITIONS_VERSION = 1;

function referencesOf(
  record: DataRecord,
  field: string,
  file: string,
  line: number,
  format: RecordFormat | undefined,
): string[] {
  const value = arrayCell(record[field], format);
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'))
    return value as string[];
  throw badValue(
    { file, line, field },
    value,
    'missing references: expected a reference text or a non-empty array of texts',
    `expected a reference text or a non-empty array of texts`,
  );
}

function predictionOf(record: DataRecord, field: string, file: string, line: number): string {
  const value = record[field];
  if (typeof value === 'string') return value;
  throw new InputError({
    file,
    line,
    field,
    message:
      value === undefined || value === null
        ? 'missing prediction (an empty answer is "")'
        : `expected the predicted text as a string, got ${describeType(value)}`,
  });
}

const ALL_GROUPS: GenerationGroup[] = GENERATION_GROUPS.map((g) => g.name);

export async function evaluateGeneration(suite: ResolvedSuite): Promise<SuiteResult> {
  const referencesField = suite.fields.references ?? 'references';
  const opsReader = suite.ops ? new OpsReader(suite.ops, suite.predictions.display) : null;
  const read = await readJoinedOne(
    suite,
    (record, line, file) => {
      const references = referencesOf(record, referencesField, file, line, suite.golden.format);
      return { item: references, content: JSON.stringify(references) };
    },
    (record, line, file) => {
      opsReader?.read(record, line);
      return predictionOf(record, suite.fields.prediction, file, line);
    },
  );
  const { golden, predictions, rowOf } = read;
  const n = golden.n;
  // Every group feeds the mergeable slice statistics; only the suite's metrics' groups are stored per example.
  const flat = Object.fromEntries(
    GENERATION_GROUPS.map((g) => [g.name, new Float64Array(n * g.width)]),
  ) as GroupVectors;
  for (let i = 0; i < n; i++) {
    // a golden example without a prediction (count_as_wrong) is scored as an empty answer
    const prediction = rowOf[i] >= 0 ? predictions.rows[rowOf[i]].item : '';
    const vectors = exampleVectors(prediction, golden.items[i], ALL_GROUPS);
    for (const g of GENERATION_GROUPS) flat[g.name].set(vectors[g.name]!, i * g.width);
  }
  const columns: RowColumns = Object.fromEntries(
    GENERATION_GROUPS.map((g) => [g.name, column(flat[g.name], 'f64', g.width)]),
  );
  const ops = opsReader && { rows: opsReader.rows(), rowOf };
  return finishKeyedSuite(suite, read, columns, ops, {}, aggregateGeneration);
}

/** The suite's result from per-example rows in golden order (evaluate, each shard, and the merge). */
export const aggregateGeneration: Aggregate<ShardMeta> = (suite, golden, columns, predictions, missing) => {
  const n = golden.n;
  const flat = Object.fromEntries(
    GENERATION_GROUPS.map((g) => [g.name, columns[g.name].values as Float64Array]),
  ) as GroupVectors;
  const { plan, rows } = planSliceRows(suite, n, golden.slices);
  const slices: SliceResult[] = plan.slices.map((def, s) => {
    const sums = sumRows(flat, rows[s]);
    return {
      ...sliceHeader(suite, def, rows[s].length),
      metrics: valuesFromSums(sums, rows[s].length, suite.metrics),
      stats: statsJson(sums, rows[s].length),
    };
  });
  return keyedSuiteResult(suite, golden, predictions, missing, {
    task: 'generation',
    task_type: 'generation',
    definedBy: {
      definitions: GENERATION_DEFINITIONS_VERSION,
      fields: [suite.fields.id, suite.fields.references ?? 'references', suite.fields.prediction],
      bleu: BLEU_SIGNATURE,
      chrf: CHRF_SIGNATURE,
    },
    labels: [],
    slices,
    columns: () =>
      Object.fromEntries(
        groupsFor(suite.metrics).map((group) => {
          const width = GENERATION_GROUPS.find((g) => g.name === group)!.width;
          // BLEU and chrF statistics are n-gram counts: exact as u32 at half the size of f64
          const encoded =
            group === 'bleu' || group === 'chrf'
              ? encodeColumn(Uint32Array.from(flat[group]), 'u32')
              : encodeColumn(flat[group], 'f64');
          return [group, { ...encoded, width }];
        }),
      ),
    ops: { rows: columns, plan },
  });
};

/** Sums each group's vectors over the given rows. */
export function sumRows(flat: GroupVectors, rows: readonly number[]): GroupVectors {
  const out = {} as GroupVectors;
  for (const g of GENERATION_GROUPS) {
    const sum = new Float64Array(g.width);
    const values = flat[g.name];
    for (const i of rows) for (let j = 0; j < g.width; j++) sum[j] += values[i * g.width + j];
    out[g.name] = sum;
  }
  return out;
}

function statsJson(sums: GroupVectors, n: number): GenerationStatsJson {
  const list = (v: Float64Array, from: number, length: number) => Array.from(v.subarray(from, from + length));
  return {
    family: 'generation',
    n,
    squad_em_sum: sums.squad[0],
    squad_f1_sum: sums.squad[1],
    rouge1_sum: sums.rouge[0],
    rouge2_sum: sums.rouge[1],
    rougeL_sum: sums.rouge[2],
    bleu: {
      hyp_length: sums.bleu[0],
      ref_length: sums.bleu[1],
      matches: list(sums.bleu, 2, BLEU_MAX_ORDER),
      totals: list(sums.bleu, 2 + BLEU_MAX_ORDER, BLEU_MAX_ORDER),
    },
    chrf: {
      hyp_counts: list(sums.chrf, 0, CHRF_CHAR_ORDER),
      ref_counts: list(sums.chrf, CHRF_CHAR_ORDER, CHRF_CHAR_ORDER),
      matches: list(sums.chrf, 2 * CHRF_CHAR_ORDER, CHRF_CHAR_ORDER),
    },
  };
}

/** The group sums a slice's statistics hold (the inverse of statsJson). */
export function sumsFromStats(stats: GenerationStatsJson): GroupVectors {
  return {
    squad: Float64Array.of(stats.squad_em_sum, stats.squad_f1_sum),
    rouge: Float64Array.of(stats.rouge1_sum, stats.rouge2_sum, stats.rougeL_sum),
    bleu: Float64Array.of(
      stats.bleu.hyp_length,
      stats.bleu.ref_length,
      ...stats.bleu.matches,
      ...stats.bleu.totals,
    ),
    chrf: Float64Array.of(...stats.chrf.hyp_counts, ...stats.chrf.ref_counts, ...stats.chrf.matches),
  };
}
