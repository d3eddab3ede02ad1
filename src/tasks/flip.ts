import type { SliceResult, SuiteResult } from '../generated/result.js';
import type { ExampleTable } from './task-family.js';

/** Where one paired example went between base and head. */
/** `excluded`: not counted on this slice (a label slice counts only its class's examples). */
export const FLIP = { right: 0, fixed: 1, broken: 2, stillWrong: 3, excluded: 4 } as const;

export interface FlipInput {
  readonly baseSuite: SuiteResult;
  readonly headSuite: SuiteResult;
  readonly slice: SliceResult;
  readonly base: ExampleTable;
  readonly head: ExampleTable;
  /** Paired rows of the slice: base row and head row of the same example. */
  readonly baseRows: Int32Array;
  readonly headRows: Int32Array;
  /** The slice's gated metric (the first gate's), or null for an ungated slice. */
  readonly metric: string | null;
  /** Every metric the suite gates, in gate order (a family may read its cutoff from them). */
  readonly gatedMetrics: readonly string[];
  /** generation: an example passes when its SQuAD F1 reaches this (unset: when its EM is 1). */
  readonly f1Pass: number | null;
}

/** A label pair whose confusion count changed: examples of `truth` predicted as `predicted`. */
export interface ConfusionShift {
  readonly truth: string;
  readonly predicted: string;
  readonly base: number;
  readonly head: number;
}

/** Each paired example's fate (FLIP codes, in the order of `headRows`) and how to show it. */
export interface FlipOutcomes {
  /** What "broken" means for this family and slice, in words. */
  readonly definition: string;
  readonly status: Uint8Array;
  /** How badly each broken example broke (larger first); ties listed by id. */
  readonly severity: Float64Array;
  /** Truth and both sides' predictions of paired row i, in words. */
  describe(i: number): { truth: string | null; base: string; head: string };
  readonly confusion?: readonly ConfusionShift[];
  /**
   * A label slice's class as a prediction: other classes' examples the head newly predicts as the class
   * (rows, whose status is `excluded`), and how many the base predicted as it but the head no longer does.
   * They move the class's precision and F1 without breaking any of its own examples.
   */
  readonly falsePositives?: { readonly added: readonly number[]; readonly removed: number };
}

/** Outcomes, or why this family cannot tell flips from the stored records. */
export type FlipResult = FlipOutcomes | { readonly unavailable: string };

export type FlipFunction = (input: FlipInput) => FlipResult;

/** The slice's class or entity type index on a label slice, else undefined. */
export function labelFocus(slice: SliceResult): number | undefined {
  return slice.kind === 'label' && slice.stats?.family === 'label-slice' ? slice.stats.class : undefined;
}

/** Status from whether the example was right on each side. */
export function flipStatus(baseRight: boolean, headRight: boolean): number {
  if (baseRight) return headRight ? FLIP.right : FLIP.broken;
  return headRight ? FLIP.fixed : FLIP.stillWrong;
}

/** A score for a table cell: up to 4 significant decimals, no trailing zeros. */
export function shortNumber(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return String(Number(v.toFixed(4)));
}

/**
 * Statuses from one value per example on each side (a per-query metric, a pass fraction), paired rows in
 * the order of `headRows`: a NaN on either side is not counted, `statusOf(base, head)` judges the rest.
 * Severity is the value lost (base − head), which orders the broken examples.
 */
export function valueFlips(
  input: Pick<FlipInput, 'baseRows' | 'headRows'>,
  baseValues: ArrayLike<number>,
  headValues: ArrayLike<number>,
  statusOf: (base: number, head: number) => number,
): Pick<FlipOutcomes, 'status' | 'severity'> {
  const { baseRows, headRows } = input;
  const n = headRows.length;
  const status = new Uint8Array(n);
  const severity = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = baseValues[baseRows[i]];
    const h = headValues[headRows[i]];
    if (Number.isNaN(b) || Number.isNaN(h)) status[i] = FLIP.excluded;
    else {
      status[i] = statusOf(b, h);
      severity[i] = b - h;
    }
  }
  return { status, severity };
}
