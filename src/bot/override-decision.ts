import type { ReportInput } from '../report/pr-comment.js';
import { escapeText } from '../report/escape.js';
import {
  decideRun,
  overriddenDescription,
  type DecisionOptions,
  type OverrideOutcome,
  type RunDecision,
} from '../report/run-decision.js';
import { gateChangeCheck, overriddenGateChangeCheck, type GateChange } from './gate-change.js';
import { activeOverride, type OverrideRecord } from './overrides.js';

/** What a pull request run knows about overrides: the gate change, and the sticky comment's records. */
export interface OverrideContext {
  /** The pull request's config against the base's; undefined when there is nothing to compare. */
  readonly gateChange?: GateChange;
  /** The records of the bot's sticky comment (src/bot/overrides.ts). */
  readonly records: readonly OverrideRecord[];
  /** The head commit this run evaluated: only an override given on it counts. */
  readonly headSha: string;
  /** The command prefix, for the "override needed" line. */
  readonly prefix: string;
}

/**
 * The run's decision with the bot's two rules: a change to the gates is a failing check until a maintainer
 * overrides, and an override given on this head commit lets the run pass while it covers every failing item
 * (a re-run that fails on something new does not inherit it). Returns the report input to render: the
 * gate-change check (passed when overridden) and a note on the override.
 */
export function decideWithOverrides(
  input: ReportInput,
  options: DecisionOptions,
  context: OverrideContext,
): { input: ReportInput; decision: RunDecision } {
  const change = context.gateChange;
  const check = change ? gateChangeCheck(change, context.prefix) : undefined;
  const withCheck: ReportInput = check ? { ...input, checks: [...(input.checks ?? []), check] } : input;
  const active = activeOverride(context.records, context.headSha);
  const decision = decideRun(
    withCheck,
    active
      ? { ...options, override: { user: active.user, reason: active.reason, covers: active.failing } }
      : options,
  );
  const override = decision.override;
  if (!override) return { input: withCheck, decision };
  const overrideNote = overrideNoteOf(override, decision.failingItems, context.prefix);
  const checks =
    override.applied && check && change
      ? (withCheck.checks ?? []).map((c) => (c === check ? overriddenGateChangeCheck(change, override) : c))
      : withCheck.checks;
  return { input: { ...withCheck, checks, overrideNote }, decision };
}

function overrideNoteOf(override: OverrideOutcome, failing: readonly string[], prefix: string): string {
  const who = escapeText(`@${override.user}`);
  if (!override.applied) {
    return [
      '> [!WARNING]',
      `> The override by ${who} on this commit does not apply: this run also fails on ${override.uncovered.map(escapeText).join('; ')}, which it was not given over. A maintainer can override again: \`${escapeText(prefix)} override <reason>\`.`,
    ].join('\n');
  }
  if (failing.length === 0)
    return `> [!NOTE]\n> An override by ${who} was given on this commit; this run passes without it.`;
  return [
    '> [!NOTE]',
    `> **${escapeText(overriddenDescription(override.user, override.reason))}** on this commit: the status is success. What fails stays below, on the record.`,
  ].join('\n');
}
