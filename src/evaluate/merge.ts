/**
 * `evalgate merge`: the partial results of every shard of one `evaluate --shard i/n` run become the result
 * of the whole run, byte for byte. Each shard's per-example rows go back to their golden rows and the
 * family's own aggregation runs over them, so every sum is taken in the unsharded order. The partial
 * results may come from jobs that ran the pull request's code: they are schema-checked on read (size
 * limits included), must agree on config, golden set and tool, and must cover every golden row once.
 */
import type { ResolvedConfig, ResolvedSuite } from '../spec/config.js';
import type { Column, EvalgateResult, ShardSuite, SuiteResult } from '../generated/result.js';
import type { ColumnDtype } from '../result/columns.js';
import type { FieldColumn } from '../spec/slices.js';
import { MERGERS } from '../tasks/shard-mergers.js';
import {
  rowColumnOf,
  SHARD_FORMAT,
  SHARD_HASH,
  type GoldenRows,
  type RowColumn,
  type RowColumns,
} from '../tasks/shard-rows.js';
import type { ExtraPredictions } from '../tasks/extra-predictions.js';
import { withSuiteNotes } from './evaluate.js';
import { fail, mergedIds, RUN_FIX, scatterColumn, type PartRows } from './merge-rows.js';

/** A partial result and the name its messages use. */
export interface ShardInput {
  readonly file: string;
  readonly result: EvalgateResult;
}

/** Checks the inputs are every shard of one run, once each; returns them in shard order. */
export function checkShardSet(inputs: readonly ShardInput[], config: ResolvedConfig): ShardInput[] {
  if (inputs.length === 0) fail(config.file, 'no partial results to merge; pass one file per shard');
  for (const input of inputs) {
    if (!input.result.shard)
      fail(input.file, `not a partial result (no shard); write one with evaluate --shard i/n`);
  }
  const first = inputs[0];
  const count = first.result.shard!.count;
  const byIndex = new Map<number, ShardInput>();
  for (const input of inputs) {
    const { result, file } = input;
    const shard = result.shard!;
    const differs = (what: string) =>
      fail(file, `not a shard of the same run as ${first.file} (${what}); ${RUN_FIX}`);
    if (shard.hash !== SHARD_HASH) differs('another shard assignment');
    if (shard.format !== SHARD_FORMAT) differs(`partial result format ${shard.format}`);
    if (shard.count !== count) differs(`${shard.count} shards, not ${count}`);
    if (result.config_fingerprint !== first.result.config_fingerprint) differs('config fingerprint differs');
    if (JSON.stringify(result.tool) !== JSON.stringify(first.result.tool))
      differs('evalgate version differs');
    if ((result.git?.sha ?? null) !== (first.result.git?.sha ?? null)) differs('commit differs');
    if (result.suites.map((s) => s.name).join('\n') !== first.result.suites.map((s) => s.name).join('\n'))
      differs('suites differ');
    const twice = byIndex.get(shard.index);
    if (twice)
      fail(
        file,
        `shard ${shard.index}/${count} is also ${twice.file}: pass each shard's partial result once`,
      );
    byIndex.set(shard.index, input);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length)
    fail(
      first.file,
      `shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: merge needs all ${count} partial results of the run`,
    );
  if (first.result.config_fingerprint !== config.fingerprint)
    fail(
      first.file,
      `the shards were evaluated with another config than ${config.file} (config fingerprint differs); merge with the config the shards ran`,
    );
  return [...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i)!);
}

interface Part extends PartRows {
  readonly shard: ShardSuite;
  readonly golden: RowColumn;
  readonly fields: Record<string, RowColumn>;
  columns: RowColumns;
}

const UNSIGNED: readonly ColumnDtype[] = ['u8', 'u16', 'u32'];
const ANY: readonly ColumnDtype[] = [...UNSIGNED, 'i16', 'i32', 'f32', 'f64'];

/** A merged suite; its examples' ids (if it keeps examples) are the bytes of their JSON array. */
interface MergedSuite {
  readonly result: SuiteResult;
  readonly ids: Uint8Array;
}

/** A shard's part of suite `s`, its columns decoded (a column that does not decode is refused in one line). */
function partOf(input: ShardInput, s: number): Part {
  const { file, result } = input;
  const suite = result.suites[s];
  const shard = suite.shard;
  if (!shard)
    fail(file, `suite ${suite.name} has no shard rows; write partial results with evaluate --shard i/n`);
  const decoded = (what: string, column: Column, dtypes: readonly ColumnDtype[]): RowColumn => {
    if (!dtypes.includes(column.dtype))
      fail(
        file,
        `suite ${suite.name}: shard.${what} is ${column.dtype}, not ${dtypes.join(' or ')}; ${RUN_FIX}`,
      );
    try {
      return rowColumnOf(column);
    } catch (error) {
      return fail(file, `suite ${suite.name}: shard.${what}: ${(error as Error).message}; ${RUN_FIX}`);
    }
  };
  const rows = decoded('rows', shard.rows, ['u32']).values as Uint32Array;
  if (rows.length !== shard.n)
    fail(
      file,
      `suite ${suite.name}: shard.rows holds ${rows.length} golden rows, not ${shard.n}; ${RUN_FIX}`,
    );
  // one value per example, for every slice field the suite lists and no other (prototype-free maps: a field
  // may be named "toString")
  const perExample = (what: string, c: RowColumn): RowColumn => {
    if (c.width !== 1 || c.values.length !== shard.n)
      fail(
        file,
        `suite ${suite.name}: shard.${what} holds ${c.values.length} values of width ${c.width}, not ${shard.n} of width 1; ${RUN_FIX}`,
      );
    return c;
  };
  const sliceFields = Object.keys(suite.slice_values ?? {});
  const fieldNames = Object.keys(shard.fields);
  if (fieldNames.length !== sliceFields.length || fieldNames.some((name) => !sliceFields.includes(name)))
    fail(
      file,
      `suite ${suite.name}: shard.fields (${fieldNames.join(', ') || 'none'}) are not the suite's slice fields (${sliceFields.join(', ') || 'none'}); ${RUN_FIX}`,
    );
  const fields: Record<string, RowColumn> = Object.create(null) as Record<string, RowColumn>;
  for (const [name, c] of Object.entries(shard.fields))
    fields[name] = perExample(`fields.${name}`, decoded(`fields.${name}`, c, UNSIGNED));
  const columns: RowColumns = Object.create(null) as RowColumns;
  for (const [name, c] of Object.entries(shard.columns)) columns[name] = decoded(`columns.${name}`, c, ANY);
  const golden = perExample('golden', decoded('golden', shard.golden, ['u32']));
  const { index, count } = result.shard!;
  const ids = Buffer.from(shard.ids, 'base64');
  return { file, suite, shard, rows, ids, index, count, golden, fields, columns };
}

async function mergeSuite(
  suite: ResolvedSuite,
  inputs: readonly ShardInput[],
  s: number,
): Promise<MergedSuite> {
  const parts = inputs.map((input) => partOf(input, s));
  const head = parts[0];
  const n = head.shard.golden_n;
  const same = (part: Part, what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b))
      fail(part.file, `suite ${part.suite.name}: ${what} differs from ${head.file}; ${RUN_FIX}`);
  };
  for (const part of parts) {
    const p = part.suite;
    same(part, 'task', p.task, head.suite.task);
    same(
      part,
      'golden set',
      [part.shard.golden_n, part.shard.golden_ids, p.golden.fingerprint, p.golden.path],
      [n, head.shard.golden_ids, head.suite.golden.fingerprint, head.suite.golden.path],
    );
    same(part, 'slice values', p.slice_values ?? {}, head.suite.slice_values ?? {});
    same(part, 'predictions file', p.predictions.path, head.suite.predictions.path);
  }
  // counted before anything of size n is allocated: golden_n is the partial results' word
  const total = parts.reduce((sum, part) => sum + part.rows.length, 0);
  if (total !== n)
    fail(
      head.file,
      `suite ${head.suite.name}: the shards hold ${total} of the golden set's ${n} examples; ${RUN_FIX}`,
    );
  const ids = mergedIds(parts, n, head.shard.golden_ids);

  const merger = MERGERS[suite.task];
  if (!merger.combine) for (const part of parts) same(part, 'family data', part.shard.meta, head.shard.meta);
  const meta = guarded(head, suite, () => (merger.combine ? merger.combine(parts) : head.shard.meta));
  const golden: GoldenRows = {
    file: head.suite.golden.path,
    n,
    // the strings only for a family that reads them (scored: its flaky examples' ids)
    ids: merger.readsIds ? idStrings(ids) : [],
    fingerprint: head.suite.golden.fingerprint,
    recordHashes: scatterColumn(parts, n, 'golden', (part) => (part as Part).golden).values as Uint32Array,
    slices: Object.entries(head.suite.slice_values ?? {}).map(([field, values]): FieldColumn => {
      const codes = scatterColumn(parts, n, `field.${field}`, (part) => (part as Part).fields[field]);
      return { field, values, codes: Int32Array.from(codes.values) };
    }),
  };
  const columns: RowColumns = {};
  for (const name of Object.keys(head.columns))
    columns[name] = scatterColumn(parts, n, name, (part) => (part as Part).columns[name]);
  const predictions = {
    file: head.suite.predictions.path,
    n: parts.reduce((sum, part) => sum + part.suite.predictions.n, 0),
  };
  const missing = parts.reduce((sum, part) => sum + part.suite.predictions.missing, 0);
  const result = guarded(head, suite, () =>
    merger.aggregate(suite, golden, columns, predictions, missing, meta),
  );
  return { result: await withSuiteNotes(suite, result, mergedExtra(parts)), ids };
}

/** The ids of a merged ids array's bytes. */
function idStrings(json: Uint8Array): string[] {
  return JSON.parse(Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8')) as string[];
}

/** Runs a family step; rows that pass the schema but not the family's shape (tampered) fail in one line. */
function guarded<T>(head: Part, suite: ResolvedSuite, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    fail(
      head.file,
      `suite ${head.suite.name}: the per-example rows are not an evalgate ${suite.task} suite's (${error.message}); ${RUN_FIX}`,
    );
  }
}

/** Ignored predictions of all shards: their count, and the first in the predictions file. */
function mergedExtra(parts: readonly Part[]): ExtraPredictions | undefined {
  let out: ExtraPredictions | undefined;
  for (const part of parts) {
    const extra = part.suite.shard!.extra;
    if (!extra) continue;
    if (!out) out = { ...extra };
    else {
      if (extra.line < out.line) Object.assign(out, { first: extra.first, line: extra.line });
      out.count += extra.count;
    }
  }
  return out;
}

/**
 * The merged result for writing: each suite's stored examples' ids are an empty array standing for the
 * bytes of the merged ids array, which `idsJson` maps it to; `writeResult(out, result, idsJson)` writes
 * them as they are (the CLI: a merge makes no id a string). mergeShards gives the ids as strings.
 */
export async function mergeShardsForWriting(
  inputs: readonly ShardInput[],
  config: ResolvedConfig,
): Promise<{ result: EvalgateResult; idsJson: Map<unknown, Uint8Array> }> {
  const shards = checkShardSet(inputs, config);
  const first = shards[0].result;
  const suites: SuiteResult[] = [];
  const idsJson = new Map<unknown, Uint8Array>();
  for (let s = 0; s < first.suites.length; s++) {
    const name = first.suites[s].name;
    const suite = config.suites.find((c) => c.name === name);
    if (!suite)
      fail(shards[0].file, `suite ${name} is not in ${config.file}; merge with the config the shards ran`);
    const merged = await mergeSuite(suite, shards, s);
    if (merged.result.examples) {
      const stand = (merged.result.examples.ids = []);
      idsJson.set(stand, merged.ids);
    }
    suites.push(merged.result);
  }
  const createdAt = shards
    .map((i) => i.result.created_at)
    .sort()
    .at(-1)!;
  const result: EvalgateResult = {
    kind: 'evalgate-result',
    schema_version: 2,
    tool: first.tool,
    created_at: createdAt,
    git: first.git ?? null,
    config_fingerprint: first.config_fingerprint,
    suites,
  };
  return { result, idsJson };
}

/** The whole run's result from the partial results of its shards. */
export async function mergeShards(
  inputs: readonly ShardInput[],
  config: ResolvedConfig,
): Promise<EvalgateResult> {
  const { result, idsJson } = await mergeShardsForWriting(inputs, config);
  for (const suite of result.suites)
    if (suite.examples) suite.examples.ids = idStrings(idsJson.get(suite.examples.ids)!);
  return result;
}
