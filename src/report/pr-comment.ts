import type { Comparison } from '../generated/comparison.js';
import type { EvalgateResult } from '../generated/result.js';
import type { CheckResult } from '../checks/types.js';
import { checksMarkdown } from './checks-markdown.js';
import { comparisonMarkdown, headOnlyMarkdown } from './comparison-markdown.js';
import { escapeText } from './escape.js';
import type { Detail } from './comment-budget.js';
import { overallVerdict as combineVerdicts, type OverallVerdict } from '../gates/verdict-policy.js';

/**
 * A documentation or golden-set check's outcome, as the report takes it. The checks themselves live in
 * src/checks; the action passes their outcomes in here so the overall verdict and the comment include them.
 */
export interface CheckOutcome {
  readonly name: string;
  readonly verdict: 'pass' | 'warn' | 'fail';
  /** One short markdown block (a line or a list) shown under "Checks". */
  readonly markdown: string;
  /** The outcome in words for an override record, when it fails (default `check <name>: <verdict>`). */
  readonly item?: string;
}

/** The documentation checks (src/checks) run against the pull request. */
export interface DocChecks {
  readonly results: readonly CheckResult[];
  /** GitHub's changed-file list stopped at its 3,000-file cap. */
  readonly changedFilesTruncated: boolean;
  /** Why the checks did not run, when they did not. */
  readonly notRun?: string;
}

export type { OverallVerdict };

export interface ReportInput {
  readonly title: string;
  readonly head: EvalgateResult;
  /** Absent when there is no baseline to compare with. */
  readonly comparison?: Comparison;
  readonly noBaselineReason?: string;
  /** Where the baseline came from, in words (shown above the tables). */
  readonly baselineNote?: string;
  /** Markdown saying the PR changed the config (old vs new gates); empty when unchanged. */
  readonly configNote?: string;
  /** Markdown saying an override given on this commit applies, or why it does not. */
  readonly overrideNote?: string;
  readonly checks?: readonly CheckOutcome[];
  readonly docChecks?: DocChecks;
  /** Last line: which run and commit produced the report. */
  readonly footer?: string;
}

const ICONS: Record<OverallVerdict, string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
  not_comparable: '➖ not comparable',
  no_baseline: 'ℹ️ no baseline',
};

export function verdictLabel(verdict: OverallVerdict): string {
  return ICONS[verdict];
}

/** The verdicts of all checks: the action's own outcomes and the documentation checks that failed or warned. */
function checkVerdicts(
  input: Pick<ReportInput, 'checks' | 'docChecks'>,
): { verdict: 'pass' | 'warn' | 'fail' }[] {
  const docs = (input.docChecks?.results ?? [])
    .filter((r) => r.status === 'fail' || r.status === 'warn')
    .map((r) => ({ verdict: r.status as 'warn' | 'fail' }));
  // Rules that could not be checked are not a pass.
  const notRun = input.docChecks?.notRun ? [{ verdict: 'warn' as const }] : [];
  return [...(input.checks ?? []), ...docs, ...notRun];
}

/** The comparison's verdict (or "no baseline"), made worse by failing or warning checks. */
export function overallVerdict(
  input: Pick<ReportInput, 'comparison' | 'checks' | 'docChecks'>,
): OverallVerdict {
  return combineVerdicts(
    input.comparison ? input.comparison.verdict : null,
    checkVerdicts(input).map((c) => c.verdict),
  );
}

/**
 * The "Checks" section: the action's own outcomes (suite coverage), then the documentation checks, failed
 * first with their fix and passed ones folded.
 */
function checksSection(checks: readonly CheckOutcome[], docs: DocChecks | undefined): string {
  const results = docs?.results ?? [];
  if (checks.length === 0 && results.length === 0 && !docs?.notRun) return '';
  const mark = { pass: '✅', warn: '⚠️', fail: '❌' } as const;
  const parts = ['#### Checks'];
  if (checks.length > 0)
    parts.push(checks.map((c) => `- ${mark[c.verdict]} **${escapeText(c.name)}**: ${c.markdown}`).join('\n'));
  if (docs?.notRun) parts.push(`Documentation checks did not run: ${escapeText(docs.notRun)}.`);
  if (docs?.changedFilesTruncated) {
    parts.push(
      '> [!WARNING]\n> This pull request changes more than 3,000 files, the most GitHub lists: rules on changed files saw only the first 3,000.',
    );
  }
  if (results.length > 0) parts.push(checksMarkdown(results, '').trim());
  return parts.join('\n\n');
}

/** Splits off the first line (the renderer's `##` headline) so notes can follow it. */
function splitHeadline(markdown: string): [string, string] {
  const end = markdown.indexOf('\n');
  return end === -1 ? [markdown, ''] : [markdown.slice(0, end), markdown.slice(end + 1)];
}

/**
 * The whole report at one level of detail: the renderer's headline, notes (config change, baseline source,
 * an overall verdict made worse by checks), the comparison (or the head metrics), checks, footer.
 */
export function renderReport(input: ReportInput, detail: Detail): string {
  const verdict = overallVerdict(input);
  const rendered = input.comparison
    ? comparisonMarkdown(input.comparison, { detail, title: input.title })
    : headOnlyMarkdown(input.head, input.noBaselineReason ?? 'no baseline was found').replace(
        /^## (\S+) evalgate:/,
        (_all, icon: string) => `## ${icon} ${escapeText(input.title)}:`,
      );
  const [rawHeadline, body] = splitHeadline(rendered);
  const own = input.comparison ? input.comparison.verdict : 'no_baseline';
  // the overall verdict comes first: when checks make it worse, the headline says so, and the line below
  // keeps the metrics' own verdict
  const headline =
    verdict !== own
      ? `## ${verdictLabel(verdict).replace(' ', ` ${escapeText(input.title)}: `)}${rawHeadline.replace(/^## \S+ [^:]*: [a-z ]+/, '')}`
      : rawHeadline;
  const parts = [headline];
  if (verdict !== own)
    parts.push(
      `Metrics: ${verdictLabel(own)}; the checks below make the overall verdict ${verdictLabel(verdict)}.`,
    );
  if (input.overrideNote) parts.push(input.overrideNote);
  if (input.configNote) parts.push(input.configNote);
  if (input.comparison && input.baselineNote) parts.push(input.baselineNote);
  parts.push(body);
  const checks = checksSection(input.checks ?? [], input.docChecks);
  if (checks) parts.push(checks);
  if (input.footer) parts.push(input.footer);
  return (
    parts
      .filter((p) => p.trim() !== '')
      .map((p) => p.trim())
      .join('\n\n') + '\n'
  );
}
