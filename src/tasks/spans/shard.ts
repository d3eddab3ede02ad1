/** Span suites in shards: each shard's entity types (golden and its own predictions') unite at the merge. */
import { column } from '../shard-rows.js';
import type { ShardPart } from '../shard-suite.js';

export interface SpanMeta extends Record<string, unknown> {
  /** Entity types, sorted: the golden set's and the predicted ones of the rows at hand. */
  readonly types: string[];
  /** The golden set's types (part of the definition fingerprint). */
  readonly goldTypes: string[];
  /** Predicted tag sequences that break the scheme. */
  readonly invalid: number;
}

const textOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** United, sorted types; each shard's per-example counts rewritten onto them. */
export function combineSpans(parts: ShardPart[]): SpanMeta {
  const metas = parts.map((p) => p.suite.shard!.meta as SpanMeta);
  const types = [...new Set(metas.flatMap((m) => m.types))].sort(textOrder);
  const index = new Map(types.map((t, j) => [t, j]));
  const T = types.length;
  parts.forEach((part, p) => {
    const own = metas[p].types;
    const counts = part.columns.counts;
    if (counts && counts.width !== 3 * own.length)
      throw new RangeError(`${part.file}: ${own.length} entity types but ${counts.width} counts per example`);
    if (!T || (own.length === T && counts)) return;
    const n = part.suite.examples!.n;
    const out = new Uint32Array(n * 3 * T);
    if (counts) {
      const map = own.map((t) => index.get(t)!);
      const w = 3 * own.length;
      for (let i = 0; i < n; i++)
        for (let t = 0; t < own.length; t++)
          for (let k = 0; k < 3; k++) out[(i * T + map[t]) * 3 + k] = counts.values[i * w + 3 * t + k];
    }
    part.columns = { ...part.columns, counts: column(out, 'u32', 3 * T) };
  });
  return {
    types,
    goldTypes: metas[0].goldTypes,
    invalid: metas.reduce((sum, m) => sum + m.invalid, 0),
  };
}
