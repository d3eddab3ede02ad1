import type { MetricDef } from '../metric-def.js';
import type { RankingMetric } from './metrics.js';

/**
 * Ranking metric names: `map`, or `<base>@<k>` for any positive k (`ndcg@10`, `mrr@100`). The registry
 * lists the common cutoffs; `rankingMetricDef` parses any other k.
 */
const BASES: Readonly<Record<string, { title: string; description: string; reference: string }>> = {
  mrr: {
    title: 'MRR',
    description:
      '1 / rank of the first relevant document if it is within the top k, else 0; mean over queries.',
    reference: 'trec_eval recip_rank with a cutoff',
  },
  ndcg: {
    title: 'nDCG',
    description:
      'DCG of the top k (gain = grade, or 2^grade − 1; discount 1/log2(rank + 1)) ÷ the ideal DCG over all judged documents (ranking.ndcg: trec) or over the retrieved list with tied scores averaged (ranking.ndcg: sklearn).',
    reference: 'trec_eval ndcg_cut_k; sklearn.metrics.ndcg_score(k=k) with ranking.ndcg: sklearn',
  },
  recall: {
    title: 'Recall',
    description: 'Relevant documents in the top k ÷ relevant documents judged for the query (0 when none).',
    reference: 'trec_eval recall_k',
  },
  precision: {
    title: 'Precision',
    description: 'Relevant documents in the top k ÷ k (missing ranks count as not relevant).',
    reference: 'trec_eval P_k',
  },
  hit_rate: {
    title: 'Hit rate',
    description: '1 when a relevant document is in the top k, else 0; mean over queries.',
    reference: 'success@k (trec_eval success_k)',
  },
  ap: {
    title: 'AP',
    description:
      'Sum of precision at each relevant document within the top k ÷ relevant documents judged for the query.',
    reference: 'trec_eval map_cut_k',
  },
};

export const MAP_DEF: MetricDef = {
  name: 'map',
  title: 'MAP',
  direction: 'higher',
  unit: 'proportion',
  range: [0, 1],
  description:
    'Mean over queries of average precision: the sum of precision at each relevant retrieved document ÷ relevant documents judged for the query.',
  reference: 'trec_eval map',
};

/** Metrics computed when a ranking suite lists none, at each of `ranking.cutoffs`. */
export const DEFAULT_RANKING_BASES = ['ndcg', 'mrr', 'recall', 'precision', 'hit_rate'] as const;

const NAME = /^([a-z_]+)@([1-9][0-9]{0,5})$/;

/** The metric behind a ranking metric name, and its cutoff; null for other names. */
export function parseRankingMetric(name: string): { base: RankingMetric; k: number | null } | null {
  if (name === 'map') return { base: 'map', k: null };
  const m = NAME.exec(name);
  if (!m || !(m[1] in BASES)) return null;
  return { base: m[1] as RankingMetric, k: Number(m[2]) };
}

const defs = new Map<string, MetricDef>([['map', MAP_DEF]]);

function defAt(base: string, k: string): MetricDef {
  const b = BASES[base];
  return {
    name: `${base}@${k}`,
    title: `${b.title}@${k}`,
    direction: 'higher',
    unit: 'proportion',
    range: [0, 1],
    description: b.description.replace(/\bk\b/g, k),
    reference: b.reference,
  };
}

export function rankingMetricDef(name: string): MetricDef | undefined {
  const known = defs.get(name);
  if (known) return known;
  const parsed = parseRankingMetric(name);
  if (!parsed || parsed.k === null) return undefined;
  const def = defAt(parsed.base, String(parsed.k));
  defs.set(name, def);
  return def;
}

/** The registry's listing: map and one entry per metric for any cutoff k (`ndcg@k`). */
export const RANKING_METRIC_DEFS: readonly MetricDef[] = [
  MAP_DEF,
  ...Object.keys(BASES).map((base) => defAt(base, 'k')),
];

/** Names to suggest for a misspelt ranking metric: every metric at the cutoff it names, and map. */
export function rankingHintCandidates(name: string): string[] {
  const k = /@([1-9][0-9]*)$/.exec(name)?.[1] ?? '10';
  return ['map', ...Object.keys(BASES).map((base) => `${base}@${k}`)];
}
