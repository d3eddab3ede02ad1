import type { GateResult, SliceComparison, SuiteComparison, SuiteVerdict } from '../generated/comparison.js';
import { formatDelta } from '../tasks/format.js';
import { gateSubject } from '../tasks/slice-readings.js';

/**
 * A suite's verdict from its gates' outcomes. Green needs something compared: a suite whose gates all ended
 * untested warns, and an enforced gate that could not be tested counts as what its severity says.
 */
export function suiteVerdict(
  gates: readonly GateResult[],
  options: { notComparable: boolean },
): SuiteVerdict {
  if (options.notComparable && gates.length) return 'not_comparable';
  if (gates.some((g) => g.outcome === 'fail')) return 'fail';
  if (gates.some((g) => g.outcome === 'warn')) return 'warn';
  if (gates.length && gates.every((g) => g.outcome === 'not_gated')) return 'warn';
  return 'pass';
}

/** The comparison's verdict: enforced suites decide; advisory ones can only warn. */
export function comparisonVerdict(suites: readonly SuiteComparison[]): SuiteVerdict {
  const enforced = suites.filter((s) => s.mode === 'enforce');
  if (enforced.some((s) => s.verdict === 'fail')) return 'fail';
  if (enforced.some((s) => s.verdict === 'not_comparable')) return 'not_comparable';
  if (suites.some((s) => s.verdict !== 'pass')) return 'warn';
  if (!suites.some((s) => s.gates.length)) return 'warn';
  return 'pass';
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Each gate's slice kind, so a label slice's gate reads as what it measures (`(the class's F1)`). */
type Kinds = ReadonlyMap<GateResult, SliceComparison['kind'] | undefined>;

function named(gates: readonly GateResult[], kinds: Kinds, withDelta = false): string {
  const shown = gates.slice(0, 3).map((g) => {
    const move =
      withDelta && g.delta !== null
        ? `: ${formatDelta(g.metric, g.delta)}${g.head_n !== null ? `, n = ${g.head_n}` : ''}`
        : '';
    return `${gateSubject(g.metric, g.slice, kinds.get(g))}${move}`;
  });
  return `${shown.join('; ')}${gates.length > 3 ? '; …' : ''}`;
}

/**
 * The verdict in one sentence, counting every outcome truthfully: it says "within tolerance" only of gates
 * whose point estimate is, and names what failed, what is unconfirmed and what was not tested.
 */
export function summarizeComparison(verdict: SuiteVerdict, suites: readonly SuiteComparison[]): string {
  const all = suites.flatMap((s) => s.gates.map((g) => ({ s, g })));
  const gates = all.map(({ g }) => g);
  // one key → kind map per suite: a suite may have thousands of slices and gates
  const kindByKey = new Map(suites.map((s) => [s, new Map(s.slices.map((x) => [x.key, x.kind]))]));
  const kinds: Kinds = new Map(all.map(({ s, g }) => [g, kindByKey.get(s)!.get(g.slice)]));
  if (gates.length === 0) return 'Nothing was checked: no gates are configured for these suites.';
  // every gate is counted once: untestable first, then unconfirmed (whatever `unconfirmed:` made of it)
  const untestable = gates.filter(
    (g) => g.outcome !== 'not_gated' && (g.verdict === 'missing_slice' || g.verdict === 'not_comparable'),
  );
  const unconfirmed = gates.filter((g) => g.verdict === 'unconfirmed');
  const plainFail = all.filter(
    ({ g }) => g.outcome === 'fail' && g.verdict !== 'unconfirmed' && !untestable.includes(g),
  );
  const failed = plainFail.filter(({ s }) => s.mode === 'enforce').map(({ g }) => g);
  const advisoryFailed = plainFail.filter(({ s }) => s.mode === 'advisory').map(({ g }) => g);
  const warned = gates.filter(
    (g) => g.outcome === 'warn' && g.verdict !== 'unconfirmed' && !untestable.includes(g),
  );
  const notGated = gates.filter((g) => g.outcome === 'not_gated');
  const passed = gates.filter((g) => g.outcome === 'pass' && g.verdict !== 'unconfirmed');
  const noisy = passed.filter((g) => g.beyond_tolerance === true);
  const within = passed.length - noisy.length;
  const tested = gates.length - notGated.length - untestable.length;

  const parts: string[] = [];
  if (failed.length)
    parts.push(
      `${plural(failed.length, 'gated slice')} regressed beyond tolerance (${named(failed, kinds, true)})`,
    );
  if (untestable.length)
    parts.push(
      `${plural(untestable.length, 'gated slice')} could not be tested (${named(untestable, kinds)})`,
    );
  if (unconfirmed.length) {
    const failing = unconfirmed.filter((g) => g.outcome === 'fail').length;
    const how =
      failing === 0
        ? ''
        : `, ${failing === unconfirmed.length ? '' : `${failing} `}failing under unconfirmed: fail`;
    parts.push(
      `${plural(unconfirmed.length, 'possible regression')} not confirmed across the gates${how} (${named(unconfirmed, kinds, true)})`,
    );
  }
  if (warned.length) parts.push(`${plural(warned.length, 'warning')} (${named(warned, kinds)})`);
  if (advisoryFailed.length)
    parts.push(
      `${plural(advisoryFailed.length, 'advisory gate')} would fail (${named(advisoryFailed, kinds)})`,
    );
  if (within) parts.push(`${within} of ${tested} tested within tolerance`);
  if (noisy.length)
    parts.push(
      `${plural(noisy.length, 'slice')} beyond tolerance but within noise (${named(noisy, kinds, true)})`,
    );
  if (notGated.length) parts.push(`${plural(notGated.length, 'gate')} not tested (${notGatedWhy(notGated)})`);
  const detail = parts.join('; ');

  switch (verdict) {
    case 'fail':
      return `Failed: ${detail}.`;
    case 'not_comparable':
      return `Not comparable: ${suites
        .filter((s) => s.verdict === 'not_comparable')
        .map((s) => `${s.name}: ${s.notes[0] ?? 'see notes'}`)
        .join('; ')}. Nothing was compared.`;
    case 'warn':
      return tested === 0 ? `Nothing was compared: ${detail}.` : `Passed with warnings: ${detail}.`;
    default:
      return noisy.length === 0 && notGated.length === 0
        ? `Passed: all ${tested} gated slice(s) are within tolerance.`
        : `Passed: ${detail}.`;
  }
}

function notGatedWhy(gates: readonly GateResult[]): string {
  const reasons = new Map<string, number>();
  for (const g of gates) {
    const why =
      g.verdict === 'insufficient_data'
        ? 'too few examples or undefined'
        : g.verdict === 'new_slice'
          ? 'new, no baseline'
          : 'not in either result';
    reasons.set(why, (reasons.get(why) ?? 0) + 1);
  }
  return [...reasons].map(([why, n]) => `${n} ${why}`).join(', ');
}
