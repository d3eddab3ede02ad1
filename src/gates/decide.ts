import type { ResolvedComparisonSettings } from '../config/types.js';
import type { GateResult, Verdict } from '../generated/comparison.js';
import type { SliceResult } from '../generated/result.js';
import { benjaminiHochberg, holm } from '../compare/stats/index.js';
import { formatDelta, formatValue } from '../report/format.js';
import { metricDef } from '../tasks/registry.js';
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
}

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
  // correction over every test that has an interval and asks for significance
  const family = tests
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.interval && t.gate.tolerance && t.gate.requireSignificance);
  const raw = family.map(({ t }) => t.interval!.pWorse);
  const adjusted =
    settings.correction === 'holm'
      ? holm(raw)
      : settings.correction === 'bh'
        ? benjaminiHochberg(raw)
        : Float64Array.from(raw);
  const adjustedOf = new Map(family.map(({ i }, j) => [i, adjusted[j]]));
  const correctionName = { holm: 'Holm', bh: 'Benjamini–Hochberg', none: 'uncorrected' }[settings.correction];

  return tests.map((t, i) => {
    const def = metricDef(t.gate.metric)!;
    const where = `${t.gate.metric} on ${t.key}`;
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
    const result = (verdict: Verdict, reason: string, extra: Partial<GateResult> = {}): GateResult => ({
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
      ...(t.intervalMethod ? { interval_method: t.intervalMethod } : {}),
      ...extra,
    });
    const bad: Verdict = t.gate.severity === 'warn' ? 'warn' : 'fail';

    if (!t.sides.head)
      return result(
        'missing_slice',
        `${t.key} is not in the head result${t.sides.base ? ` (the baseline had n = ${t.sides.base.n})` : ''} → not gated`,
      );
    const bounds = checkBounds(t, def, where, head, bad);
    if (!t.sides.base) {
      if (bounds) return result(bounds.verdict, `${bounds.reason} (new slice, no baseline)`);
      return result(
        'new_slice',
        `${t.key} is new: no baseline to compare with${head !== null ? `; head ${formatValue(def, head)}` : ''}`,
      );
    }
    if (!t.comparable)
      return result(
        'not_comparable',
        `${where}: the results are not comparable (see the suite notes) → not gated`,
      );
    const small = [
      t.sides.head.n < options.minSupport ? `head n = ${t.sides.head.n}` : '',
      t.sides.base.n < options.baseMinSupport ? `baseline n = ${t.sides.base.n}` : '',
    ].filter(Boolean);
    if (small.length)
      return result(
        'insufficient_data',
        `${where}: ${small.join(', ')} is below min_support ${options.minSupport} → not gated`,
      );
    if (head === null || (t.gate.tolerance && base === null))
      return result('insufficient_data', `${where} is undefined on this slice → not gated`);
    if (bounds) return result(bounds.verdict, bounds.reason);
    if (tolerance === null || worsening === null || delta === null) {
      return result(
        'pass',
        `${where} is ${formatValue(def, head)}: ${t.gate.text.replace(/^\S+ /, '')} → pass`,
      );
    }

    const moved = describeMove(def, delta);
    const ci = t.interval
      ? ` (${pct(settings.confidence)} CI ${formatDelta(def, t.interval.low)} … ${formatDelta(def, t.interval.high)})`
      : '';
    const tol = describeTolerance(t.gate, def, tolerance);
    const beyond = worsening > tolerance + EPS;
    if (!beyond) {
      const within = worsening > EPS ? `, within the ${tol} tolerance` : '';
      return result('pass', `${where} ${moved}${ci}${within} → pass`, { beyond_tolerance: false });
    }
    if (!t.gate.requireSignificance) {
      return result(bad, `${where} ${moved}${ci}, tolerance ${tol} → ${bad}`, { beyond_tolerance: true });
    }
    if (!t.interval) {
      return result(
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
          `${where} ${moved}${ci}, the whole interval is beyond the ${tol} tolerance → ${bad}`,
          { beyond_tolerance: true, significant: true },
        );
      return result(
        'pass',
        `${where} ${moved}${ci}, beyond the ${tol} tolerance but the interval is not wholly beyond it (confidence: strict) → pass`,
        {
          beyond_tolerance: true,
          significant: false,
        },
      );
    }
    const significant = pAdj !== null && pAdj < alpha;
    const pText = `${correctionName} p = ${formatP(pAdj)}`;
    if (significant)
      return result(bad, `${where} ${moved}${ci}, tolerance ${tol}, significant (${pText}) → ${bad}`, {
        beyond_tolerance: true,
        significant: true,
      });
    return result(
      'pass',
      `${where} ${moved}${ci}, beyond the ${tol} tolerance but not significant (${pText}) → pass`,
      {
        beyond_tolerance: true,
        significant: false,
      },
    );
  });
}

function checkBounds(
  t: GateTest,
  def: NonNullable<ReturnType<typeof metricDef>>,
  where: string,
  head: number | null,
  bad: Verdict,
): { verdict: Verdict; reason: string } | null {
  if (head === null) return null;
  if (t.gate.min !== undefined && head < t.gate.min) {
    return {
      verdict: bad,
      reason: `${where} is ${formatValue(def, head)}, below the floor ${formatValue(def, t.gate.min)} → ${bad}`,
    };
  }
  if (t.gate.max !== undefined && head > t.gate.max) {
    return {
      verdict: bad,
      reason: `${where} is ${formatValue(def, head)}, above the ceiling ${formatValue(def, t.gate.max)} → ${bad}`,
    };
  }
  return null;
}

function describeMove(def: NonNullable<ReturnType<typeof metricDef>>, delta: number): string {
  if (Math.abs(delta) <= EPS) return 'did not change';
  const amount = formatDelta(def, Math.abs(delta)).replace(/^\+/, '');
  return `${delta < 0 ? 'fell' : 'rose'} ${amount}`;
}

function describeTolerance(
  gate: ResolvedGate,
  def: NonNullable<ReturnType<typeof metricDef>>,
  tolerance: number,
): string {
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
