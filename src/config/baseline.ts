import type { EvalgateConfig } from '../generated/config.js';
import { InputError } from '../io/errors.js';
import type { ResolvedBaselineSettings } from '../spec/config.js';

/** The `baseline:` section: where the base branch's result comes from. */

export const DEFAULT_BASELINE: ResolvedBaselineSettings = {
  from: 'artifact',
  artifact: 'evalgate-result',
  required: false,
  fallback: 'none',
};

export function resolveBaseline(
  config: EvalgateConfig,
  file: string,
  lineOf: (path: readonly (string | number)[]) => number | undefined,
): ResolvedBaselineSettings {
  const given = config.baseline ?? {};
  const from = given.from ?? 'artifact';
  if (from === 'file' && !given.path) {
    throw new InputError({
      file,
      line: lineOf(['baseline', 'from']),
      field: 'baseline.path',
      message: 'baseline.from is "file": set baseline.path to the committed result JSON',
    });
  }
  return {
    from,
    artifact: given.artifact ?? DEFAULT_BASELINE.artifact,
    required: given.required ?? DEFAULT_BASELINE.required,
    fallback: given.fallback ?? DEFAULT_BASELINE.fallback,
    ...(given.workflow ? { workflow: given.workflow } : {}),
    ...(given.branch ? { branch: given.branch } : {}),
    ...(given.path ? { path: given.path } : {}),
  };
}
