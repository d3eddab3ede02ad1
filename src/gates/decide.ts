import type { ResolvedComparisonSettings } from '../spec/config.js';
import type { GateResult, Verdict } from '../generated/comparison.js';
import type { SliceResult } from '../generated/result.js';
import { benjaminiHochberg, holm } from '../stats/index.js';
import { formatDelta, formatValue } from '../tasks/format.js';
import { metricDef, type MetricDef } from '../tasks/registry.js';
import { slicePower } from './power.js';
import { gateSubject } from '../tasks/slice-readings.js';
import type { ResolvedGate } from './rules.js';

export interface GateTest {
  readonly gate: ResolvedGate;
  readonly key: string;
  readonly sides: { readonly base: SliceResult | null; readonly head: SliceResult | null };
  readonly values: { base: number | null; head: number | null; delta: number | null } | null;
  interval: { low: number; high: number; se: number; pWorse: number } | null;
  /** The interval method's short description (also when it gave no interval), and why there is none. */
  intervalMethod?: string | null;
  noInterval?: string | null;
  readonly comparable: boolean;
  /** Examples of the slice both sides share (paired), or its smaller n; 0 when nothing can be compared. */
  readonly sliceN: number;
  /** Shared examples when the golden set changed; null when the sides are the same golden set. */
  readonly sharedN?: number | null;
}

/** What a gate's verdict does to its suite. */
export type Outcome = GateResult['outcome'];
type Bad = 'fail' | 'warn';

const EPS = 1e-12;

function pct(confidence: number): string {
  return `${+(confidence * 100).toFixed(2)}%`;
}

/** Turns gate tests into verdicts with reasons, controlling the error rate across the suite's slices. */
export function decideGates(
  tests: readonly GateTest[],
  options: { settings: ResolvedComparisonSettings; minSupport: number; baseMinSupport: number },
): GateResult[] {
  const { settings } = options;
  const alpha = (1 - settings.confidence) / 2;
  // correction over every test that asks whether a regression is shown
  const family = tests
    .map((t, i) => ({ t, i }))
    .filter(
      ({ t }) =>
        t.interval && t.gate.tolerance && t.gate.requireSignificance && t.gate.burden === 'detect_harm',
    );
  const raw = family.map(({ t }) => t.interval!.pWorse);
  const adjusted =
    settings.correction === 'holm'
      ? holm(raw)
      : settings.correction === 'bh'
        ? benjaminiHochberg(raw)
        : Float64Array.from(raw);
  const adjustedOf = new Map(family.map(({ i }, j) => [i, adjusted[j]]));
  const correctionName = { holm: 'Holm', bh: 'Benjamini–Hochberg', none: 'uncorrected' }[settings.correction];
  const gatesTested = Math.max(1, family.length);
  const alphaCorrected = settings.correction === 'none' ? alpha : alpha / gatesTested;

  return tests.map((t, i) => {
    const def = metricDef(t.gate.metric)!;
    // on a label slice the reason says what the metric measures there (`(the class's F1)`)
    const where = gateSubject(t.gate.metric, t.key, (t.sides.head ?? t.sides.base)?.kind);
    const base = t.values?.base ?? null;
    const head = t.values?.head ?? null;
    const delta = t.values?.delta ?? null;
    const worsening = delta === null ? null : def.direction === 'higher' ? -delta : delta;
    const tolerance =
      t.gate.tolerance === null
        ? null
        : t.gate.tolerance.kind === 'absolute'
          ? t.gate.tolerance.value
          : base === null
            ? null
            : t.gate.tolerance.fraction * Math.abs(base);
    const pAdj = adjustedOf.get(i) ?? null;
    const bad: Bad = t.gate.severity === 'warn' ? 'warn' : 'fail';
    // the score intervals' p-values carry no continuity correction, so neither does the power figure
    const step = 0;
    const power =
      t.interval && tolerance !== null
        ? slicePower({
            se: t.interval.se,
            worsening: worsening ?? 0,
            tolerance,
            alphaCorrected,
            step,
            n: t.sliceN,
            proportion: def.unit === 'proportion',
          })
        : null;
    const result = (
      verdict: Verdict,
      outcome: Outcome,
      reason: string,
      extra: Partial<GateResult> = {},
    ): GateResult => ({
      gate: t.gate.index,
      metric: t.gate.metric,
      rule: t.gate.text,
      severity: t.gate.severity,
      slice: t.key,
      verdict,
      reason,
      base,
      head,
      delta,
      worsening,
      tolerance,
      ci: t.interval ? [t.interval.low, t.interval.high] : null,
      p_value: t.interval ? t.interval.pWorse : null,
      p_adjusted: pAdj,
      significant: null,
      beyond_tolerance: null,
      base_n: t.sides.base?.n ?? null,
      head_n: t.sides.head?.n ?? null,
      outcome,
      burden: t.gate.burden,
      on_unconfirmed: t.gate.onUnconfirmed,
      detectable_drop: power?.detectable ?? null,
      underpowered: power?.underpowered ?? null,
      needed_n: power?.neededN ?? null,
      ...(t.intervalMethod ? { interval_method: t.intervalMethod } : {}),
      ...extra,
    });

    if (!t.sides.head) {
      if (!t.sides.base)
        return result(
          'missing_slice',
          bad,
          `${t.key} is in neither result: the gate matches no data → ${bad}. Fix: name a slice the golden set has (keys are field=value, case-sensitive)`,
        );
      return result(
        'missing_slice',
        bad,
        `${t.key} is gated and in the baseline (n = ${t.sides.base.n}) but not in the head result: the gate cannot test it → ${bad}. Fix: restore the slice's examples or change the base branch's gate`,
      );
    }
    const bounds = checkBounds(t, def, where, head, bad);
    if (!t.sides.base) {
      if (bounds) return result(bad, bad, `${bounds} (new slice, no baseline)`);
      return result(
        'new_slice',
        'not_gated',
        `${t.key} is new: no baseline to compare with${head !== null ? `; head ${formatValue(def, head)}` : ''}`,
      );
    }
    if (!t.comparable)
      return result(
        'not_comparable',
        bad,
        `${where}: the results are not comparable (see the suite notes), so the gate cannot test it → ${bad}`,
      );
    if (t.sharedN === 0)
      return result(
        'not_comparable',
        bad,
        `${where}: no example of this slice is in both results (0 shared), so nothing was compared → ${bad}`,
      );
    const small = [
      t.sides.head.n < options.minSupport ? `head n = ${t.sides.head.n}` : '',
      t.sides.base.n < options.baseMinSupport ? `baseline n = ${t.sides.base.n}` : '',
    ].filter(Boolean);
    if (small.length)
      return result(
        'insufficient_data',
        'not_gated',
        `${where}: ${small.join(', ')} is below min_support ${options.minSupport} → not gated`,
      );
    if (head === null || (t.gate.tolerance && base === null))
      return result('insufficient_data', 'not_gated', `${where} is undefined on this slice → not gated`);
    if (bounds) return result(bad, bad, bounds);
    if (tolerance === null || worsening === null || delta === null) {
      return result(
        'pass',
        'pass',
        `${where} is ${formatValue(def, head)}: ${t.gate.text.replace(/^\S+ /, '')} → pass`,
      );
    }

    const moved = describeMove(def, delta);
    const ci = t.interval
      ? ` (${pct(settings.confidence)} CI ${formatDelta(def, t.interval.low)} … ${formatDelta(def, t.interval.high)}, unadjusted)`
      : '';
    const tol = describeTolerance(t.gate, def, tolerance);
    const beyond = worsening > tolerance + EPS;
    if (t.gate.burden === 'prove_safe')
      return proveSafe(t, def, where, moved, ci, tol, tolerance, bad, result);
    if (!beyond) {
      const within = worsening > EPS ? `, within the ${tol} tolerance` : '';
      return result('pass', 'pass', `${where} ${moved}${ci}${within} → pass`, { beyond_tolerance: false });
    }
    if (!t.gate.requireSignificance) {
      return result(bad, bad, `${where} ${moved}${ci}, tolerance ${tol} → ${bad}`, {
        beyond_tolerance: true,
      });
    }
    if (!t.interval) {
      return result(
        bad,
        bad,
        `${where} ${moved}, tolerance ${tol} (no interval available${t.noInterval ? `: ${t.noInterval}` : ''}; decided on the point estimate) → ${bad}`,
        { beyond_tolerance: true },
      );
    }
    if (t.gate.strict) {
      const whole = def.direction === 'higher' ? t.interval.high < -tolerance : t.interval.low > tolerance;
      if (whole)
        return result(
          bad,
          bad,
          `${where} ${moved}${ci}, the whole interval is beyond the ${tol} tolerance → ${bad}`,
          { beyond_tolerance: true, significant: true },
        );
      return result(
        'pass',
        'pass',
        `${where} ${moved}${ci}, beyond the ${tol} tolerance but the interval is not wholly beyond it (confidence: strict) → pass`,
        { beyond_tolerance: true, significant: false },
      );
    }
    const significant = pAdj !== null && pAdj < alpha;
    const pText = `${correctionName} p = ${formatP(pAdj)}`;
    if (significant)
      return result(bad, bad, `${where} ${moved}${ci}, tolerance ${tol}, significant (${pText}) → ${bad}`, {
        beyond_tolerance: true,
        significant: true,
      });
    if (t.interval.pWorse < alpha) {
      const outcome = t.gate.onUnconfirmed;
      const confirmable =
        power !== null
          ? `; this slice can only confirm drops ≥ ${formatDelta(def, power.detectable).replace(/^\+/, '')}`
          : '';
      return result(
        'unconfirmed',
        outcome,
        `possible regression: ${where} ${moved}${ci} (n = ${shownN(t)}), beyond the ${tol} tolerance and significant on its own (p = ${formatP(t.interval.pWorse)}), but not confirmed across the ${gatesTested} gates tested for a drop (${pText})${confirmable} → ${outcome === 'pass' ? 'pass (unconfirmed: pass)' : outcome}`,
        { beyond_tolerance: true, significant: false },
      );
    }
    return result(
      'pass',
      'pass',
      `${where} ${moved}${ci}, beyond the ${tol} tolerance but not significant (${pText}): within noise → pass`,
      { beyond_tolerance: true, significant: false },
    );
  });
}

type Result = (verdict: Verdict, outcome: Outcome, reason: string, extra?: Partial<GateResult>) => GateResult;

/**
 * Non-inferiority: the gate passes only when the interval's far end stays within the tolerance. Each
 * gate must show its own safety (an intersection–union test), so no correction across gates is needed.
 */
function proveSafe(
  t: GateTest,
  def: MetricDef,
  where: string,
  moved: string,
  ci: string,
  tol: string,
  tolerance: number,
  bad: Bad,
  result: Result,
): GateResult {
  if (!t.interval)
    return result(
      bad,
      bad,
      `${where} ${moved}: no interval, so it cannot be shown within the ${tol} tolerance (burden: prove_safe) → ${bad}`,
    );
  const worstCase = def.direction === 'higher' ? -t.interval.low : t.interval.high;
  if (worstCase <= tolerance + EPS)
    return result(
      'pass',
      'pass',
      `${where} ${moved}${ci}: the interval shows any drop is within the ${tol} tolerance (burden: prove_safe) → pass`,
      {
        beyond_tolerance: false,
        significant: true,
      },
    );
  return result(
    bad,
    bad,
    `${where} ${moved}${ci}: the interval reaches ${formatDelta(def, def.direction === 'higher' ? -worstCase : worstCase)}, so a drop beyond the ${tol} tolerance is not ruled out (burden: prove_safe) → ${bad}`,
    { beyond_tolerance: worstCase > tolerance + EPS, significant: false },
  );
}

function checkBounds(
  t: GateTest,
  def: MetricDef,
  where: string,
  head: number | null,
  bad: Bad,
): string | null {
  if (head === null) return null;
  if (t.gate.min !== undefined && head < t.gate.min)
    return `${where} is ${formatValue(def, head)}, below the floor ${formatValue(def, t.gate.min)} → ${bad}`;
  if (t.gate.max !== undefined && head > t.gate.max)
    return `${where} is ${formatValue(def, head)}, above the ceiling ${formatValue(def, t.gate.max)} → ${bad}`;
  return null;
}

function describeMove(def: MetricDef, delta: number): string {
  if (Math.abs(delta) <= EPS) return 'did not change';
  const amount = formatDelta(def, Math.abs(delta)).replace(/^\+/, '');
  return `${delta < 0 ? 'fell' : 'rose'} ${amount}`;
}

function describeTolerance(gate: ResolvedGate, def: MetricDef, tolerance: number): string {
  const absolute = formatDelta(def, tolerance).replace(/^\+/, '');
  return gate.tolerance?.kind === 'relative'
    ? `${+(gate.tolerance.fraction * 100).toFixed(4)}% (${absolute})`
    : absolute;
}

function formatP(p: number | null): string {
  if (p === null || Number.isNaN(p)) return '–';
  if (p < 0.0001) return p.toExponential(1);
  return p.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * The n a reason names: the slice's own n, as the table's n column shows it. A label slice is resampled over
 * every example (false positives count), so its paired count is not the n a reader sees.
 */
function shownN(t: GateTest): number {
  return t.sides.head?.kind === 'label' ? t.sides.head.n : t.sliceN;
}
