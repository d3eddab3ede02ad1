import { matchingFiles } from './glob.js';
import type { CheckContext, Condition } from './types.js';

/** Three-valued: `null` when the context cannot tell (no comparison, a truncated file list). */
export interface Truth {
  value: boolean | null;
  /** Why, in words, e.g. `models/intent.onnx changed (matches "models/**")`. */
  reason: string;
}

/** Evaluates a condition; every key given must hold. Throws a GlobError for an unusable glob. */
export function evaluateCondition(condition: Condition, ctx: CheckContext): Truth {
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) {
    throw new Error(`a condition must be an object, got ${JSON.stringify(condition)}`);
  }
  for (const key of ['changed', 'labels', 'all', 'any'] as const) {
    const value = condition[key];
    if (value !== undefined && !Array.isArray(value)) {
      throw new Error(`"${key}" in a condition must be a list, got ${JSON.stringify(value)}`);
    }
  }
  const parts: Truth[] = [];
  if (condition.changed !== undefined) parts.push(changedTruth(condition.changed, ctx));
  if (condition.golden_changed !== undefined) parts.push(goldenTruth(condition.golden_changed, ctx));
  if (condition.metrics !== undefined) parts.push(metricsTruth(ctx));
  if (condition.labels !== undefined) parts.push(labelsTruth(condition.labels, ctx));
  if (condition.all !== undefined) parts.push(allOf(condition.all.map((c) => evaluateCondition(c, ctx))));
  if (condition.any !== undefined) parts.push(anyOf(condition.any.map((c) => evaluateCondition(c, ctx))));
  if (parts.length === 0) return { value: true, reason: 'the condition is empty' };
  return allOf(parts);
}

/** Kleene AND: false wins, then unknown. */
export function allOf(parts: readonly Truth[]): Truth {
  const no = parts.find((p) => p.value === false);
  if (no) return no;
  const unknown = parts.find((p) => p.value === null);
  if (unknown) return unknown;
  return { value: true, reason: parts.map((p) => p.reason).join(' and ') };
}

/** Kleene OR: true wins, then unknown. */
export function anyOf(parts: readonly Truth[]): Truth {
  const yes = parts.find((p) => p.value === true);
  if (yes) return yes;
  const unknown = parts.find((p) => p.value === null);
  if (unknown) return unknown;
  return { value: false, reason: parts.map((p) => p.reason).join(' and ') || 'no alternative holds' };
}

/** The labels named anywhere in a condition, for "or add the label …" hints. */
export function conditionLabels(condition: Condition | undefined): string[] {
  if (!condition) return [];
  const nested = [...(condition.all ?? []), ...(condition.any ?? [])].flatMap(conditionLabels);
  return [...new Set([...(condition.labels ?? []), ...nested])];
}

export function quoteList(items: readonly string[], limit = 5): string {
  const quoted = items.slice(0, limit).map((i) => JSON.stringify(i));
  const more = items.length > limit ? ` and ${items.length - limit} more` : '';
  return quoted.join(', ') + more;
}

function changedTruth(globs: readonly string[], ctx: CheckContext): Truth {
  const hits = matchingFiles(ctx.changedFiles, globs);
  if (hits.length > 0) {
    const files = hits.length === 1 ? hits[0] : `${hits[0]} and ${hits.length - 1} more file(s)`;
    return { value: true, reason: `${files} changed (matching ${quoteList(globs)})` };
  }
  if (ctx.changedFilesTruncated) {
    return {
      value: null,
      reason: `no listed changed file matches ${quoteList(globs)}, but the list was cut at ${ctx.changedFiles.length} files`,
    };
  }
  return { value: false, reason: `no changed file matches ${quoteList(globs)}` };
}

function goldenTruth(expected: boolean, ctx: CheckContext): Truth {
  const changed = new Set(ctx.changedFiles.map(normalisePath));
  const hits = ctx.goldenFiles.map(normalisePath).filter((g) => changed.has(g));
  if (hits.length > 0) {
    return { value: expected, reason: `the golden set ${hits.join(', ')} changed` };
  }
  if (ctx.changedFilesTruncated) {
    return { value: null, reason: `no golden set is in the changed-file list, but the list was cut` };
  }
  return { value: !expected, reason: 'no golden set changed' };
}

function metricsTruth(ctx: CheckContext): Truth {
  if (ctx.metricsChanged === null) return { value: null, reason: 'no baseline comparison is available' };
  return ctx.metricsChanged
    ? { value: true, reason: 'a gated metric changed significantly' }
    : { value: false, reason: 'no gated metric changed significantly' };
}

function labelsTruth(labels: readonly string[], ctx: CheckContext): Truth {
  const present = new Set(ctx.labels.map((l) => l.toLowerCase()));
  const hits = labels.filter((l) => present.has(l.toLowerCase()));
  if (hits.length > 0) return { value: true, reason: `the PR has the label ${quoteList(hits)}` };
  return { value: false, reason: `the PR has none of the labels ${quoteList(labels)}` };
}

function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
