import type { ResolvedConfig, ResolvedSuite } from '../spec/config.js';
import { escapeText } from '../report/escape.js';
import type { CheckOutcome } from '../report/pr-comment.js';
import { overriddenDescription, type OverrideGrant } from '../report/run-decision.js';

/**
 * Whether a pull request changes what is gated: the suites, their mode, gates, slices, support floor,
 * metrics, golden set, documentation checks, and the comparison and baseline settings. Paths of predictions,
 * run commands and field names do not decide what is gated and are left out.
 */
export interface GateChange {
  readonly changed: boolean;
  /** Policy lines only the base config has. */
  readonly removed: readonly string[];
  /** Policy lines only the pull request's config has. */
  readonly added: readonly string[];
}

const json = (value: unknown): string => JSON.stringify(value);

function suiteLines(suite: ResolvedSuite): string[] {
  const at = `suite ${suite.name}`;
  return [
    `${at}: task ${suite.task}, mode ${suite.mode}`,
    `${at}: golden ${suite.golden.display}`,
    `${at}: metrics ${suite.metrics.join(', ')}`,
    `${at}: slices ${json(suite.slices)}${suite.labelSlices ? ' + label slices' : ''}, min_support ${suite.minSupport}`,
    `${at}: missing predictions ${suite.missingPredictions}`,
    ...suite.gates.map(
      (g) =>
        `${at}: gate ${g.index + 1}: ${g.severity}: ${g.text}; significance ${g.requireSignificance ? 'required' : 'not required'}${g.strict ? '; strict' : ''}`,
    ),
    ...(suite.checks ?? []).map((c) => `${at}: check ${json(c)}`),
  ];
}

/** The config's gate policy, one line per rule, in a stable order. */
export function gatePolicyLines(config: ResolvedConfig): string[] {
  const { comparison, baseline } = config;
  return [
    `comparison: ${json(comparison)}`,
    ...(baseline ? [`baseline: ${json(baseline)}`] : []),
    ...(config.checks ?? []).map((c) => `check ${json(c)}`),
    ...[...config.suites].sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap(suiteLines),
  ];
}

export function gateChange(base: ResolvedConfig, head: ResolvedConfig): GateChange {
  const before = gatePolicyLines(base);
  const after = gatePolicyLines(head);
  const removed = before.filter((line) => !after.includes(line));
  const added = after.filter((line) => !before.includes(line));
  return { changed: removed.length > 0 || added.length > 0, removed, added };
}

/** Diff lines shown in the comment; the rest are counted (a config may have thousands of gates). */
export const MAX_DIFF_LINES = 40;

/** The change as a nested list: base lines marked ➖, the pull request's ➕ (all text escaped: it is the PR's). */
export function gateChangeDiff(change: GateChange): string {
  const lines = [
    ...change.removed.map((line) => `  - ➖ base: ${escapeText(line)}`),
    ...change.added.map((line) => `  - ➕ this PR: ${escapeText(line)}`),
  ];
  const more = lines.length - MAX_DIFF_LINES;
  return [
    ...lines.slice(0, MAX_DIFF_LINES),
    ...(more > 0 ? [`  - … and ${more} more line${more === 1 ? '' : 's'}`] : []),
  ].join('\n');
}

/** The change in words, the same in the check and in an override record. */
export function gateChangeItem(change: GateChange): string {
  return `gate change: ${change.removed.length} base rule(s) changed or removed, ${change.added.length} new`;
}

/**
 * The check a run adds when the pull request's config changes the gates: it fails until a maintainer
 * overrides on this head commit (src/bot/override-decision.ts decides whether an override covers it).
 * Undefined when the gates are unchanged.
 */
export function gateChangeCheck(change: GateChange, prefix: string): CheckOutcome | undefined {
  if (!change.changed) return undefined;
  return {
    name: 'gate change',
    verdict: 'fail',
    item: gateChangeItem(change),
    markdown: `the gates changed (${change.removed.length} base rule(s) changed or removed, ${change.added.length} new). The base branch's gates stay in force; an override by a maintainer is needed: \`${escapeText(prefix)} override <reason>\`\n${gateChangeDiff(change)}`,
  };
}

/** The gate-change check once an override covers it: a pass naming who allowed it. */
export function overriddenGateChangeCheck(change: GateChange, override: OverrideGrant): CheckOutcome {
  return {
    name: 'gate change',
    verdict: 'pass',
    markdown: `the gates changed; ${escapeText(overriddenDescription(override.user, override.reason))}\n${gateChangeDiff(change)}`,
  };
}
