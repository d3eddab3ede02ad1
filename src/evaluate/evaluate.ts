import { checkGateCoverage } from './gate-coverage.js';
import type { ResolvedConfig, ResolvedSuite } from '../spec/config.js';
import type { EvalgateResult, SuiteResult } from '../generated/result.js';
import { resolveInside } from '../io/contained.js';
import { InputError } from '../io/errors.js';
import { FAMILIES } from '../tasks/all-families.js';
import { METRIC_DEFINITIONS_VERSION, TOOL_VERSION } from '../util/version.js';
import { runSuiteCommand } from './run-command.js';
import {
  extraPredictionsNote,
  takeExtraPredictions,
  type ExtraPredictions,
} from '../tasks/extra-predictions.js';
import { SHARD_FORMAT, SHARD_HASH, type ShardSpec } from '../tasks/shard-rows.js';

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
  /**
   * Refuse data paths outside this directory, symlinks resolved (the action: the workspace, whose files the
   * pull request controls). The CLI reads what its user points it at.
   */
  readonly confineTo?: string;
  /** Withheld variables (run-command.ts) a `run:` command may see anyway (the action's `pass-env`). */
  readonly passEnv?: readonly string[];
  /** Evaluate only this shard's examples and write a partial result (merge.ts combines them). */
  readonly shard?: ShardSpec;
}

/** Every file a suite reads, by config field. */
function suitePaths(suite: ResolvedSuite): [string, string][] {
  return [
    ['golden', suite.golden.path],
    ['predictions', suite.predictions.path],
    ...(suite.train ? [['train', suite.train.path] as [string, string]] : []),
    ...(suite.ranking?.queries ? [['ranking.queries', suite.ranking.queries.path] as [string, string]] : []),
  ];
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
  const shard = options.shard;
  for (const selected of selectSuites(config, options.suite)) {
    const suite = shard ? { ...selected, shard } : selected;
    if (suite.run && options.runCommands !== false)
      await runSuiteCommand(suite.name, suite.run, config.root, log, options.passEnv, shard);
    // Checked after the command: it may have written (or linked) the predictions.
    if (options.confineTo !== undefined) {
      for (const [field, path] of suitePaths(suite))
        resolveInside(options.confineTo, path, `suite ${suite.name}: ${field}`, config.file);
    }
    suites.push(await evaluateSuite(suite, log));
  }
  return {
    kind: 'evalgate-result',
    schema_version: 2,
    tool: { name: 'evalgate', version: TOOL_VERSION, metric_definitions: METRIC_DEFINITIONS_VERSION },
    created_at: (options.now?.() ?? new Date()).toISOString(),
    git: options.git ?? null,
    config_fingerprint: config.fingerprint,
    ...(shard
      ? { shard: { index: shard.index, count: shard.count, hash: SHARD_HASH, format: SHARD_FORMAT } }
      : {}),
    suites,
  };
}

export async function evaluateSuite(suite: ResolvedSuite, log: (line: string) => void): Promise<SuiteResult> {
  const result = await FAMILIES[suite.task].evaluate(suite, log);
  const extra = takeExtraPredictions(suite);
  if (suite.shard) {
    // a shard's gates may select no slice of its part: coverage is checked on the merged result
    if (extra) result.shard!.extra = extra;
    return result;
  }
  return withSuiteNotes(suite, result, extra);
}

/** The notes every evaluated suite gets last: gate coverage and ignored predictions (also after a merge). */
export async function withSuiteNotes(
  suite: ResolvedSuite,
  result: SuiteResult,
  extra: ExtraPredictions | undefined,
): Promise<SuiteResult> {
  const notes = [...(await checkGateCoverage(suite, result))];
  const note = extraPredictionsNote(extra);
  if (note) notes.push(note);
  return notes.length ? { ...result, notes: [...(result.notes ?? []), ...notes] } : result;
}
