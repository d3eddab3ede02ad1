import type { ResolvedConfig, ResolvedSuite } from '../spec/config.js';

/**
 * What a pull request may change in its own evaluation. Everything that decides *what is gated and how* —
 * the golden set, fields, labels, slices, min_support, metrics and their options, gates, mode — comes from
 * the base branch's config; the PR's config only decides how predictions are produced (`run`, the
 * predictions file) and may add suites, which are evaluated but never gated. So a PR cannot switch off the
 * gate it is judged by (min_support: 1000000, fewer slices, dropped fields) — its changes apply after merge.
 */
const PRODUCTION_KEYS = ['run', 'predictions'] as const;

/** The config a pull request is evaluated with: the base's definitions, the head's way of predicting. */
export function evaluationConfig(base: ResolvedConfig, head: ResolvedConfig): ResolvedConfig {
  const suites: ResolvedSuite[] = [];
  for (const headSuite of head.suites) {
    const baseSuite = base.suites.find((s) => s.name === headSuite.name);
    if (!baseSuite) {
      suites.push(headSuite);
      continue;
    }
    const { run, predictions } = headSuite;
    const { run: _baseRun, ...definition } = baseSuite;
    suites.push(run === undefined ? { ...definition, predictions } : { ...definition, predictions, run });
  }
  // base suites the PR removed are not evaluated: the suite-coverage check reports them
  return { ...base, suites };
}

/** One setting of a suite that the PR changes but that stays as the base has it until merge. */
export interface DefinitionChange {
  readonly suite: string;
  readonly setting: string;
  readonly base: string;
  readonly head: string;
}

const IGNORED = new Set<string>([...PRODUCTION_KEYS, 'gates', 'checks', 'name']);

/** The definition settings (not gates, not how predictions are produced) that differ between the configs. */
export function definitionChanges(base: ResolvedConfig, head: ResolvedConfig): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  for (const headSuite of head.suites) {
    const baseSuite = base.suites.find((s) => s.name === headSuite.name);
    if (!baseSuite) continue;
    const keys = new Set([...Object.keys(baseSuite), ...Object.keys(headSuite)]);
    for (const key of [...keys].sort()) {
      if (IGNORED.has(key)) continue;
      const b = (baseSuite as unknown as Record<string, unknown>)[key];
      const h = (headSuite as unknown as Record<string, unknown>)[key];
      for (const [setting, bv, hv] of flatten(key, b, h)) {
        if (JSON.stringify(bv) !== JSON.stringify(hv))
          changes.push({ suite: headSuite.name, setting, base: show(bv), head: show(hv) });
      }
    }
  }
  return changes;
}

/** Objects one level deep (fields.scores, golden.path), so a change names the setting that moved. */
function flatten(key: string, b: unknown, h: unknown): [string, unknown, unknown][] {
  const isObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(b) && !isObject(h)) return [[settingName(key), b, h]];
  const bo = (isObject(b) ? b : {}) as Record<string, unknown>;
  const ho = (isObject(h) ? h : {}) as Record<string, unknown>;
  return (
    [...new Set([...Object.keys(bo), ...Object.keys(ho)])]
      // absolute paths differ by checkout; the display path says the same
      .filter((k) => k !== 'path')
      .sort()
      .map((k) => [`${settingName(key)}.${k}`, bo[k], ho[k]])
  );
}

/** The config file's spelling of a resolved setting (minSupport → min_support). */
function settingName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
