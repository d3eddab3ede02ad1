import type { Comparison } from '../generated/comparison.js';
import type { EvalgateResult } from '../generated/result.js';
import { comparisonMarkdown, headOnlyMarkdown } from '../report/comparison-markdown.js';
import { escapeText } from '../report/escape.js';
import type { Detail } from './budget.js';

/**
 * A documentation or golden-set check's outcome, as the report takes it. The checks themselves live in
 * src/checks; the action passes their outcomes in here so the overall verdict and the comment include them.
 */
export interface CheckOutcome {
  readonly name: string;
  readonly verdict: 'pass' | 'warn' | 'fail';
  /** One short markdown block (a line or a list) shown under "Checks". */
  readonly markdown: string;
}

export type OverallVerdict = 'pass' | 'warn' | 'fail' | 'not_comparable' | 'no_baseline';

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
  readonly checks?: readonly CheckOutcome[];
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

/** The comparison's verdict (or "no baseline"), made worse by failing or warning checks. */
export function overallVerdict(input: Pick<ReportInput, 'comparison' | 'checks'>): OverallVerdict {
  const base: OverallVerdict = input.comparison ? input.comparison.verdict : 'no_baseline';
  const checks = input.checks ?? [];
  if (checks.some((c) => c.verdict === 'fail')) return 'fail';
  if (base === 'fail') return 'fail';
  if (checks.some((c) => c.verdict === 'warn') && (base === 'pass' || base === 'no_baseline')) return 'warn';
  return base;
}

function checksSection(checks: readonly CheckOutcome[]): string {
  if (checks.length === 0) return '';
  const mark = { pass: '✅', warn: '⚠️', fail: '❌' } as const;
  return [
    '#### Checks',
    '',
    ...checks.map((c) => `- ${mark[c.verdict]} **${escapeText(c.name)}**: ${c.markdown}`),
  ].join('\n');
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
  const [headline, body] = splitHeadline(rendered);
  const own = input.comparison ? input.comparison.verdict : 'no_baseline';
  const parts = [headline];
  if (verdict !== own) parts.push(`**Overall: ${verdictLabel(verdict)}** (with the checks below).`);
  if (input.configNote) parts.push(input.configNote);
  if (input.comparison && input.baselineNote) parts.push(input.baselineNote);
  parts.push(body);
  const checks = checksSection(input.checks ?? []);
  if (checks) parts.push(checks);
  if (input.footer) parts.push(input.footer);
  return (
    parts
      .filter((p) => p.trim() !== '')
      .map((p) => p.trim())
      .join('\n\n') + '\n'
  );
}
