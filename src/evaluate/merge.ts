/**
 * `evalgate merge`: the partial results of every shard of one `evaluate --shard i/n` run become the result
 * of the whole run, byte for byte. Each shard's per-example rows go back to their golden rows and the
 * family's own aggregation runs over them, so every sum is taken in the unsharded order. The partial
 * results may come from jobs that ran the pull request's code: they are schema-checked on read (size
 * limits included), must agree on config, golden set and tool, and must cover every golden row once.
 */
import type { ResolvedConfig, ResolvedSuite } from '../spec/config.js';
import type { EvalgateResult, SuiteResult } from '../generated/result.js';
import { InputError } from '../io/errors.js';
import { decodeColumn, type Typed } from '../result/columns.js';
import type { FieldColumn } from '../spec/slices.js';
import { MERGERS } from '../tasks/shard-mergers.js';
import {
  idsFingerprint,
  shardOfId,
  shardRowColumns,
  SHARD_HASH,
  type GoldenRows,
  type RowColumns,
} from '../tasks/shard-rows.js';
import type { ExtraPredictions } from '../tasks/extra-predictions.js';
import { withSuiteNotes } from './evaluate.js';

/** A partial result and the name its messages use. */
export interface ShardInput {
  readonly file: string;
  readonly result: EvalgateResult;
}

const RUN_FIX =
  'merge the partial results of one `evaluate --shard i/n` run (same config, golden set and commit)';

function fail(file: string, message: string): never {
  throw new InputError({ file, message });
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

interface Part {
  readonly file: string;
  readonly suite: SuiteResult;
  readonly rows: Uint32Array;
  columns: RowColumns;
}

function scatter(parts: readonly Part[], n: number, name: string): RowColumns[string] {
  const { dtype, width, values: sample } = parts[0].columns[name];
  const Ctor = sample.constructor as new (length: number) => Typed;
  const out = new Ctor(n * width);
  for (const part of parts) {
    const c = part.columns[name];
    if (!c || c.dtype !== dtype || c.width !== width || c.values.length !== part.rows.length * width)
      fail(
        part.file,
        `suite ${part.suite.name}: per-example column shard.${name} differs between shards; ${RUN_FIX}`,
      );
    const { rows } = part;
    if (width === 1) for (let j = 0; j < rows.length; j++) out[rows[j]] = c.values[j];
    else
      for (let j = 0; j < rows.length; j++)
        out.set(c.values.subarray(j * width, (j + 1) * width), rows[j] * width);
  }
  return { values: out, dtype, width };
}

function mergeSuite(suite: ResolvedSuite, inputs: readonly ShardInput[], s: number): Promise<SuiteResult> {
  const parts: Part[] = inputs.map(({ file, result }) => {
    const part = result.suites[s];
    const where = `suite ${part.name}`;
    if (!part.shard || !part.examples?.columns['shard.row'])
      fail(file, `${where} has no shard rows; write partial results with evaluate --shard i/n`);
    const rows = decodeColumn(part.examples.columns['shard.row']);
    if (
      !(rows instanceof Uint32Array) ||
      rows.length !== part.examples.n ||
      part.examples.ids.length !== rows.length
    )
      fail(file, `${where}: shard.row does not match the examples; ${RUN_FIX}`);
    const index = result.shard!.index;
    const count = result.shard!.count;
    for (const id of part.examples.ids) {
      if (shardOfId(id, count) !== index)
        fail(
          file,
          `${where}: example ${JSON.stringify(id)} belongs to shard ${shardOfId(id, count)}/${count}, not ${index}/${count}; ${RUN_FIX}`,
        );
    }
    return { file, suite: part, rows, columns: shardRowColumns(part.examples.columns) };
  });
  const head = parts[0];
  const n = head.suite.shard!.golden_n;
  const same = (part: Part, what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b))
      fail(part.file, `suite ${part.suite.name}: ${what} differs from ${head.file}; ${RUN_FIX}`);
  };
  // counted before anything of size n is allocated: golden_n is the partial results' word
  const total = parts.reduce((sum, part) => sum + part.rows.length, 0);
  if (total !== n)
    fail(
      head.file,
      `suite ${head.suite.name}: the shards hold ${total} of the golden set's ${n} examples; ${RUN_FIX}`,
    );
  const seen = new Uint8Array(n);
  for (const part of parts) {
    const p = part.suite;
    same(part, 'task', p.task, head.suite.task);
    same(
      part,
      'golden set',
      [p.shard!.golden_n, p.shard!.golden_ids, p.golden.fingerprint, p.golden.path],
      [n, head.suite.shard!.golden_ids, head.suite.golden.fingerprint, head.suite.golden.path],
    );
    same(part, 'slice values', p.slice_values ?? {}, head.suite.slice_values ?? {});
    same(part, 'predictions file', p.predictions.path, head.suite.predictions.path);
    for (const row of part.rows) {
      if (row >= n)
        fail(part.file, `suite ${p.name}: golden row ${row} is past the golden set's ${n} rows; ${RUN_FIX}`);
      if (seen[row])
        fail(
          part.file,
          `suite ${p.name}: golden row ${row} (${JSON.stringify(p.examples!.ids[part.rows.indexOf(row)])}) is also in another shard: the shards overlap; ${RUN_FIX}`,
        );
      seen[row] = 1;
    }
  }

  const merger = MERGERS[suite.task];
  if (!merger.combine)
    for (const part of parts) same(part, 'family data', part.suite.shard!.meta, head.suite.shard!.meta);
  const meta = guarded(head, suite, () => (merger.combine ? merger.combine(parts) : head.suite.shard!.meta));
  const ids = new Array<string>(n);
  for (const part of parts) part.suite.examples!.ids.forEach((id, j) => (ids[part.rows[j]] = id));
  if (idsFingerprint(ids) !== head.suite.shard!.golden_ids)
    fail(head.file, `suite ${head.suite.name}: the merged ids are not the golden set's; ${RUN_FIX}`);
  const codeColumns: RowColumns[] = parts.map((part) => {
    const cols: RowColumns = { golden: toRow(part.suite.examples!.columns.golden) };
    for (const field of Object.keys(head.suite.slice_values ?? {}))
      cols[`field.${field}`] = toRow(part.suite.examples!.columns[`field.${field}`]);
    return cols;
  });
  const codeParts = parts.map((part, i) => ({ ...part, columns: codeColumns[i] }));
  const golden: GoldenRows = {
    file: head.suite.golden.path,
    n,
    ids,
    fingerprint: head.suite.golden.fingerprint,
    recordHashes: scatter(codeParts, n, 'golden').values as Uint32Array,
    slices: Object.entries(head.suite.slice_values ?? {}).map(([field, values]): FieldColumn => ({
      field,
      values,
      codes: Int32Array.from(scatter(codeParts, n, `field.${field}`).values),
    })),
  };
  const columns: RowColumns = {};
  for (const name of Object.keys(head.columns)) columns[name] = scatter(parts, n, name);
  const predictions = {
    file: head.suite.predictions.path,
    n: parts.reduce((sum, part) => sum + part.suite.predictions.n, 0),
  };
  const missing = parts.reduce((sum, part) => sum + part.suite.predictions.missing, 0);
  const result = guarded(head, suite, () =>
    merger.aggregate(suite, golden, columns, predictions, missing, meta),
  );
  return withSuiteNotes(suite, result, mergedExtra(parts));
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

function toRow(
  column: { dtype: Parameters<typeof decodeColumn>[0]['dtype']; data: string } | undefined,
): RowColumns[string] {
  if (!column) return { values: new Uint32Array(0), dtype: 'u32', width: 1 };
  return { values: decodeColumn(column), dtype: column.dtype, width: 1 };
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

/** The whole run's result from the partial results of its shards. */
export async function mergeShards(
  inputs: readonly ShardInput[],
  config: ResolvedConfig,
): Promise<EvalgateResult> {
  const shards = checkShardSet(inputs, config);
  const first = shards[0].result;
  const suites: SuiteResult[] = [];
  for (let s = 0; s < first.suites.length; s++) {
    const name = first.suites[s].name;
    const suite = config.suites.find((c) => c.name === name);
    if (!suite)
      fail(shards[0].file, `suite ${name} is not in ${config.file}; merge with the config the shards ran`);
    suites.push(await mergeSuite(suite, shards, s));
  }
  const createdAt = shards
    .map((i) => i.result.created_at)
    .sort()
    .at(-1)!;
  return {
    kind: 'evalgate-result',
    schema_version: 1,
    tool: first.tool,
    created_at: createdAt,
    git: first.git ?? null,
    config_fingerprint: first.config_fingerprint,
    suites,
  };
}
