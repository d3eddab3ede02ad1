import type { SliceSelector } from '../generated/config.js';

/** A gate with its thresholds converted to the metric's own scale, and the rule in words. */
export interface ResolvedGate {
  /** Position in the suite's `gates` list. */
  readonly index: number;
  readonly metric: string;
  readonly selector: SliceSelector;
  /** Largest allowed worsening: absolute (metric scale) or relative to the baseline value. */
  readonly tolerance:
    | { readonly kind: 'absolute'; readonly value: number }
    | { readonly kind: 'relative'; readonly fraction: number }
    | null;
  readonly min?: number;
  readonly max?: number;
  readonly severity: 'fail' | 'warn';
  readonly requireSignificance: boolean;
  readonly strict: boolean;
  /** What a possible regression (significant alone, not after the correction) does to the suite. */
  readonly onUnconfirmed: 'fail' | 'warn' | 'pass';
  /** detect_harm: fail on a shown regression; prove_safe: pass only on a shown non-regression. */
  readonly burden: 'detect_harm' | 'prove_safe';
  /** e.g. "macro_f1 may fall at most 0.50 pts on the 5 largest label slices". */
  readonly text: string;
}
