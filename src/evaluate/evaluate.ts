import type { ResolvedConfig, ResolvedSuite } from '../config/types.js';
import type { EvalgateResult, SuiteResult } from '../generated/result.js';
import { InputError } from '../io/errors.js';
import type { ClassificationReadSpec } from '../tasks/classification/decode.js';
import { loadSuiteData } from './load.js';
import { evaluateClassification, METRIC_DEFINITIONS_VERSION } from '../tasks/classification/evaluate.js';
import { TOOL_VERSION } from '../version.js';
import { Progress } from './progress.js';
import { runSuiteCommand } from './run-command.js';

export interface EvaluateOptions {
  /** Only this suite. */
  readonly suite?: string;
  /** Run each suite's `run:` command first (default true). */
  readonly runCommands?: boolean;
  readonly git?: { sha: string; ref?: string | null } | null;
  /** Progress and command logs (stderr in the CLI, the log in the action). */
  readonly log?: (line: string) => void;
  /** Clock for `created_at` (tests pin it). */
  readonly now?: () => Date;
}

export function selectSuites(config: ResolvedConfig, name?: string): readonly ResolvedSuite[] {
  if (name === undefined) return config.suites;
  const suite = config.suites.find((s) => s.name === name);
  if (!suite) {
    throw new InputError({
      file: config.file,
      field: 'suite',
      message: `no suite named ${JSON.stringify(name)}; the config has ${config.suites.map((s) => JSON.stringify(s.name)).join(', ')}`,
    });
  }
  return [suite];
}

export async function evaluateConfig(
  config: ResolvedConfig,
  options: EvaluateOptions = {},
): Promise<EvalgateResult> {
  const log = options.log ?? (() => {});
  const suites: SuiteResult[] = [];
  for (const suite of selectSuites(config, options.suite)) {
    if (suite.run && options.runCommands !== false)
      await runSuiteCommand(suite.name, suite.run, config.root, log);
    suites.push(await evaluateSuite(suite, log));
  }
  return {
    kind: 'evalgate-result',
    schema_version: 1,
    tool: { name: 'evalgate', version: TOOL_VERSION, metric_definitions: METRIC_DEFINITIONS_VERSION },
    created_at: (options.now?.() ?? new Date()).toISOString(),
    git: options.git ?? null,
    config_fingerprint: config.fingerprint,
    suites,
  };
}

export function readSpecOf(suite: ResolvedSuite): ClassificationReadSpec {
  return {
    idField: suite.fields.id,
    labelField: suite.fields.label,
    predictionField: suite.fields.prediction,
    scoresField: suite.fields.scores,
    sliceFields: [...new Set(suite.slices.flatMap((s) => (typeof s === 'string' ? [s] : [...s])))],
    multilabel: suite.multilabel,
  };
}

export async function evaluateSuite(suite: ResolvedSuite, log: (line: string) => void): Promise<SuiteResult> {
  const spec = readSpecOf(suite);
  const progress = new Progress(suite.name, log);
  const { golden, predictions } = await loadSuiteData(suite.golden, suite.predictions, spec, (part) =>
    progress.reporter(part),
  );
  progress.done(golden.n + predictions.n);
  return evaluateClassification(suite, golden, predictions);
}
