import type { ResolvedConfig, ResolvedSuite } from '../spec/config.js';
import { escapeText } from '../report/escape.js';
import { activeOverride, type OverrideRecord } from './overrides.js';

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

/** The change as a list: base lines marked ➖, the pull request's ➕ (all text escaped: it is the PR's). */
export function gateChangeMarkdown(change: GateChange): string {
  if (!change.changed) return '';
  return [
    '**This pull request changes the gates.** The base branch keeps its gates in force; the change needs an override by a maintainer (`/evalgate override <reason>`) before this pull request can pass.',
    '',
    ...change.removed.map((line) => `- ➖ base: ${escapeText(line)}`),
    ...change.added.map((line) => `- ➕ this PR: ${escapeText(line)}`),
  ].join('\n');
}

/** Same shape as the report's check outcomes, so the pull_request path can list it with them. */
export interface GateChangeCheck {
  readonly name: string;
  readonly verdict: 'pass' | 'fail';
  readonly markdown: string;
}

/**
 * The check the pull_request path adds when its config changes the gates: `fail` until an override was given
 * on this very head commit, then `pass` naming who allowed it. Undefined when the gates are unchanged.
 */
export function gateChangeCheck(
  change: GateChange,
  overrides: readonly OverrideRecord[],
  headSha: string,
): GateChangeCheck | undefined {
  if (!change.changed) return undefined;
  const override = activeOverride(overrides, headSha);
  const diff = gateChangeMarkdown(change);
  if (override) {
    return {
      name: 'gate change',
      verdict: 'pass',
      markdown: `allowed by ${escapeText(`@${override.user}`)} on this commit: ${escapeText(override.reason)}\n\n${diff}`,
    };
  }
  return { name: 'gate change', verdict: 'fail', markdown: diff };
}
