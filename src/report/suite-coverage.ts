import type { ResolvedConfig } from '../spec/config.js';
import type { EvalgateResult } from '../generated/result.js';
import { escapeText } from './escape.js';
import type { CheckOutcome } from './pr-comment.js';

/**
 * Every suite of the base branch's config must be in the head result: a pull request (or a forged phase-1
 * result) that drops or renames a suite would otherwise skip its gates. Enforced suites fail, advisory ones
 * warn. With the `suite` input, only that suite is expected.
 */
export function suiteCoverage(
  gateConfig: ResolvedConfig,
  head: EvalgateResult,
  onlySuite?: string,
): CheckOutcome | undefined {
  const evaluated = new Set(head.suites.map((s) => s.name));
  const expected = gateConfig.suites.filter((s) => onlySuite === undefined || s.name === onlySuite);
  const missing = expected.filter((s) => !evaluated.has(s.name));
  if (missing.length === 0) return undefined;
  const names = missing.map((s) => `\`${escapeText(s.name)}\``).join(', ');
  return {
    name: 'suites',
    verdict: missing.some((s) => s.mode === 'enforce') ? 'fail' : 'warn',
    markdown: `the base branch's config has ${names}, but this pull request's result does not; its gates could not be checked.`,
  };
}
