// Task-level settings the resolved config carries (types only: the task families implement them).

/** The task families, by name. */
export const TASKS = ['classification', 'ranking', 'generation', 'spans', 'scored'] as const;
export type TaskName = (typeof TASKS)[number];

/** Prices in currency units per one million tokens. */
export interface TokenPrices {
  readonly inputPerMillion: number;
  readonly outputPerMillion: number;
}

/**
 * Which operational fields a suite reads from each prediction record: set only for the metrics the suite
 * computes, so predictions without them stay valid otherwise. Plain data: it travels to decode workers.
 */
export interface OpsSpec {
  /** Per-example latency in milliseconds. */
  readonly latencyField?: string;
  readonly cost?:
    | { readonly kind: 'field'; readonly field: string }
    | {
        readonly kind: 'tokens';
        readonly inputField: string;
        readonly outputField: string;
        readonly prices: TokenPrices;
      };
}

export type GainKind = 'linear' | 'exponential';
export type MissingQueries = 'skip' | 'zero';

/** A ranking suite's options with defaults applied. */
export interface ResolvedRanking {
  /** Cutoffs of every @k metric the suite computes (from its metrics), ascending. */
  readonly cutoffs: readonly number[];
  readonly gain: GainKind;
  readonly relevanceLevel: number;
  readonly missingQueries: MissingQueries;
  readonly ndcg: 'trec' | 'sklearn';
  /** Query records (id + slice fields) for a TREC qrels golden set. */
  readonly queries?: { readonly path: string; readonly display: string };
  readonly judgementsField: string;
  readonly rankingField: string;
}
