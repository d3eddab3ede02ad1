import { normalQuantile } from '../stats/normal-quantile.js';

/** How large a drop a gated slice can confirm: the figures behind "underpowered". */

/** Power the detectable-drop figures are stated at. */
export const DETECTION_POWER = 0.8;

export interface PowerInput {
  /** Standard error of the observed delta. */
  readonly se: number;
  /** The observed worsening (positive = worse), whose own discordance is part of `se`. */
  readonly worsening: number;
  readonly tolerance: number;
  /** One-sided level a single regression is tested at: Holm's first step, α / m. */
  readonly alphaCorrected: number;
  /** Continuity step of the p-value (half an example, proportions only). */
  readonly step: number;
  /** Paired examples on the slice. */
  readonly n: number;
  /** Proportion-type metric: a drop of d adds about d·n newly wrong examples, and so d(1 − d)/n of variance. */
  readonly proportion: boolean;
}

export interface Power {
  /** Smallest worsening the gate fails with 80% power. */
  readonly detectable: number;
  /** The slice cannot confirm a drop the size of its tolerance with 80% power. */
  readonly underpowered: boolean;
  /** About the n at which it could (se ∝ 1/√n). */
  readonly neededN: number | null;
}

/**
 * A gated slice's power. The gate fails when the estimate is beyond the tolerance AND significant at the
 * corrected level, so P(fail | drop d) ≈ Φ((d − max(tol, z_α·se(d) + step)) / se(d)); the detectable drop
 * solves that for 80%. For proportions the standard error grows with the drop (the paired variance is
 * (b + c − (b − c)²)/n with b − c = d): se(d)² = se₀² + d(1 − d)/n, where se₀ is the no-change part of the
 * observed se. Other metrics keep the observed se.
 */
export function slicePower(input: PowerInput): Power | null {
  const { se, tolerance, alphaCorrected, step, n, proportion } = input;
  if (!Number.isFinite(se) || se < 0 || n <= 0) return null;
  const zAlpha = normalQuantile(1 - alphaCorrected);
  const zBeta = normalQuantile(DETECTION_POWER);
  const w = Math.min(1, Math.abs(input.worsening));
  const noChange2 = proportion ? Math.max(se * se - (w * (1 - w)) / n, (se * se) / 4) : se * se;
  const seAt = (d: number) => {
    const c = Math.min(Math.max(d, 0), 1);
    return proportion ? Math.sqrt(noChange2 + (c * (1 - c)) / n) : se;
  };
  let d = 0;
  for (let i = 0; i < 200; i++) {
    const next = Math.max(tolerance, zAlpha * seAt(d) + step) + zBeta * seAt(d);
    if (Math.abs(next - d) < 1e-13) break;
    d = next;
  }
  const needed = (zAlpha + zBeta) * seAt(tolerance) + step;
  return {
    detectable: d,
    underpowered: needed > tolerance + 1e-12,
    neededN: tolerance > 0 ? Math.ceil(n * (((zAlpha + zBeta) * seAt(tolerance)) / tolerance) ** 2) : null,
  };
}
