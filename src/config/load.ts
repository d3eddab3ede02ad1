import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import schema from '../../schema/evalgate.schema.json' with { type: 'json' };
import type { EvalgateConfig, SuiteConfig } from '../generated/config.js';
import { InputError, oneLine } from '../io/errors.js';
import { describeFsError } from '../io/lines.js';
import { formatFromPath } from '../io/records.js';
import {
  DEFAULT_CLASSIFICATION_METRICS,
  DEFAULT_SCORED_METRICS,
  MULTILABEL_ONLY,
  SINGLE_LABEL_ONLY,
} from '../tasks/classification/registry.js';
import { metricDef, metricNames } from '../tasks/registry.js';
import { resolveOps } from '../tasks/ops/config.js';
import { defaultRankingMetrics, isTrecPath, resolveRanking } from '../tasks/ranking/config.js';
import { isOpsMetric } from '../tasks/ops/registry.js';
import { parseRankingMetric, rankingHintCandidates } from '../tasks/ranking/registry.js';
import { canonicalJson, sha256 } from '../util/hash.js';
import {
  describeSchemaError,
  didYouMean,
  pathToString,
  pointerToPath,
  primaryError,
  validatorFor,
} from '../schema/validate.js';
import type { ResolvedConfig, ResolvedSuite } from '../spec/config.js';
import { DEFAULT_GATE_POLICY, GateConfigError, resolveGates, type ResolvedGate } from '../gates/rules.js';
import { resolveExampleSettings } from './examples.js';
import { DEFAULT_BASELINE, resolveBaseline } from './baseline.js';
import { fieldToPath, keyLine, nodeLine } from './yaml-lines.js';

export { DEFAULT_BASELINE };
import { CheckConfigError, parseCheckRules, type CheckRule } from '../checks/index.js';

export const DEFAULT_CONFIG_PATH = '.github/evalgate.yml';

/**
 * The directory relative paths resolve against: the repository root for a config in `.github/`, else the
 * config's own directory.
 */
export function defaultRoot(configPath: string): string {
  const dir = dirname(resolve(configPath));
  return basename(dir) === '.github' ? dirname(dir) : dir;
}

export async function loadConfig(file: string, options: { root?: string } = {}): Promise<ResolvedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError({ file, message: `cannot read the config (${describeFsError(error)})` });
  }
  return parseConfig(text, file, options.root ?? defaultRoot(file));
}

/** Parses and validates config text; `file` names it in messages. */
export function parseConfig(text: string, file: string, root: string): ResolvedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line;
    throw new InputError({
      file,
      line,
      message: `invalid YAML (${oneLine(e.message.replace(/ at line \d+, column \d+.*$/s, ''))})`,
    });
  }
  let value: unknown;
  try {
    // The parser stops alias bombs (billion laughs) while converting; that is the config's fault.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new InputError({
      file,
      message: `invalid YAML (${oneLine(error instanceof Error ? error.message : String(error))}); expand the aliases or use fewer of them`,
    });
  }
  const lineOf = (path: readonly (string | number)[]): number | undefined => nodeLine(doc, lineCounter, path);

  const validate = validatorFor(schema);
  if (!validate(value)) {
    const error = primaryError(validate.errors ?? []);
    const path = pointerToPath(error.instancePath);
    const at =
      error.keyword === 'additionalProperties'
        ? [...path, String((error.params as { additionalProperty: string }).additionalProperty)]
        : path;
    throw new InputError({
      file,
      line:
        (error.keyword === 'additionalProperties' ? keyLine(doc, lineCounter, at) : lineOf(at)) ??
        lineOf(path),
      field: pathToString(at),
      message: describeSchemaError(error, error.data),
    });
  }
  const config = value as EvalgateConfig;
  const names = new Set<string>();
  const suites = config.suites.map((suite, i) => {
    if (names.has(suite.name)) {
      throw new InputError({
        file,
        line: lineOf(['suites', i, 'name']),
        field: `suites[${i}].name`,
        message: `duplicate suite name ${JSON.stringify(suite.name)}`,
      });
    }
    names.add(suite.name);
    return resolveSuite(suite, i, { file, root, lineOf });
  });
  const comparison = {
    resamples: config.comparison?.resamples ?? 1000,
    confidence: config.comparison?.confidence ?? 0.95,
    seed: config.comparison?.seed ?? 12345,
    method: config.comparison?.method ?? 'multinomial',
    correction: config.comparison?.correction ?? 'holm',
  } as const;
  const checks = resolveChecks(config.checks, ['checks'], { file, root, lineOf });
  const baseline = resolveBaseline(config, file, lineOf);
  const examples = resolveExampleSettings(config.examples, file, lineOf);
  return {
    file,
    root,
    suites,
    comparison,
    examples,
    checks,
    baseline,
    fingerprint: sha256(canonicalJson(metricsPart(config))),
  };
}

/**
 * The config without what cannot change a metric (documentation checks, where the baseline comes from, the
 * training set and text field of golden-set hygiene, which examples are listed), so editing a check does not
 * make results incomparable.
 */
function metricsPart(config: EvalgateConfig): EvalgateConfig {
  const { checks: _checks, baseline: _baseline, examples: _examples, ...rest } = config;
  const suites = config.suites.map(({ checks: _c, train: _t, fields, ...suite }) => {
    if (fields?.text === undefined) return fields ? { ...suite, fields } : suite;
    const { text: _text, ...others } = fields;
    return Object.keys(others).length > 0 ? { ...suite, fields: others } : suite;
  });
  return { ...rest, suites: suites as EvalgateConfig['suites'] };
}

/**
 * Checks a `checks:` list beyond its schema (globs compile, names unique) and defaults severities.
 * The first problem becomes a one-line InputError naming the file, line and field.
 */
function resolveChecks(value: unknown, path: readonly (string | number)[], ctx: Ctx): CheckRule[] {
  if (value === undefined) return [];
  const field = pathToString(path);
  try {
    return parseCheckRules(value, field);
  } catch (error) {
    if (!(error instanceof CheckConfigError)) throw error;
    const [first] = error.problems;
    const split = first.indexOf(': ');
    const where = split < 0 ? field : first.slice(0, split);
    const message = split < 0 ? first : first.slice(split + 2);
    const more = error.problems.length > 1 ? ` (and ${error.problems.length - 1} more problem(s))` : '';
    throw new InputError({
      file: ctx.file,
      line: ctx.lineOf(fieldToPath(where)),
      field: where,
      message: message + more,
    });
  }
}

function resolveSuiteGates(
  suite: SuiteConfig,
  metrics: readonly string[],
  at: (...rest: (string | number)[]) => { file: string; line?: number; field: string },
): ResolvedGate[] {
  try {
    return resolveGates(suite.gates ?? [], metrics, {
      unconfirmed: suite.unconfirmed ?? DEFAULT_GATE_POLICY.unconfirmed,
      burden: suite.burden ?? DEFAULT_GATE_POLICY.burden,
    });
  } catch (error) {
    if (!(error instanceof GateConfigError)) throw error;
    throw new InputError({ ...at(...fieldToPath(error.field)), message: error.message });
  }
}

interface Ctx {
  file: string;
  root: string;
  lineOf: (path: readonly (string | number)[]) => number | undefined;
}

function resolveSuite(suite: SuiteConfig, i: number, ctx: Ctx): ResolvedSuite {
  const at = (...rest: (string | number)[]) => ({
    file: ctx.file,
    line: ctx.lineOf(['suites', i, ...rest]),
    field: pathToString(['suites', i, ...rest]),
  });
  const spans = {
    format: suite.spans?.format ?? 'tags',
    scheme: suite.spans?.scheme ?? 'IOB2',
    mode: suite.spans?.mode ?? 'default',
  } as const;
  const fields = {
    id: suite.fields?.id ?? 'id',
    label:
      suite.fields?.label ??
      (suite.task === 'spans' ? (spans.format === 'offsets' ? 'entities' : 'tags') : 'label'),
    prediction: suite.fields?.prediction ?? 'prediction',
    ...(suite.fields?.scores ? { scores: suite.fields.scores } : {}),
    ...(suite.fields?.text ? { text: suite.fields.text } : {}),
    // each family's own fields, only on its suites (classification's resolved fields stay as they were)
    ...(suite.task === 'generation' ? { references: suite.fields?.references ?? 'references' } : {}),
    ...(suite.task === 'spans' ? { tokens: suite.fields?.tokens ?? 'tokens' } : {}),
    ...(suite.task === 'scored'
      ? {
          score: suite.fields?.score ?? 'score',
          verdict: suite.fields?.verdict ?? 'verdict',
          run: suite.fields?.run ?? 'run',
        }
      : {}),
  };
  const multilabel = suite.multilabel ?? false;
  const allowed = metricNames(suite.task);
  const ranking = suite.task === 'ranking';
  // Generation, spans and scored compute every metric of their own registry (operational metrics when
  // listed) unless the suite lists some.
  const metrics =
    suite.metrics ??
    (ranking ? defaultRankingMetrics(suite) : null) ??
    (suite.task === 'classification'
      ? [
          ...DEFAULT_CLASSIFICATION_METRICS,
          ...(fields.scores && !multilabel ? DEFAULT_SCORED_METRICS : []),
        ].filter((m) => !(multilabel && SINGLE_LABEL_ONLY.has(m)))
      : allowed.filter((m) => !isOpsMetric(m)));
  metrics.forEach((m, j) => {
    if (ranking ? !parseRankingMetric(m) && !isOpsMetric(m) : !allowed.includes(m)) {
      const hint = didYouMean(m, ranking ? [...rankingHintCandidates(m), ...allowed] : allowed);
      throw new InputError({
        ...at('metrics', j),
        message: `unknown metric ${JSON.stringify(m)} for task ${suite.task}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; available: ${allowed.join(', ')}`,
      });
    }
    if (metricDef(m)?.needsScores && !fields.scores) {
      throw new InputError({
        ...at('metrics', j),
        message: `metric ${JSON.stringify(m)} needs scores: set fields.scores to the predictions' score field`,
      });
    }
    if (suite.task !== 'classification') return;
    if (multilabel && SINGLE_LABEL_ONLY.has(m)) {
      throw new InputError({
        ...at('metrics', j),
        message: `metric ${JSON.stringify(m)} is not defined for multilabel suites`,
      });
    }
    if (!multilabel && MULTILABEL_ONLY.has(m)) {
      throw new InputError({
        ...at('metrics', j),
        message: `metric ${JSON.stringify(m)} is only defined for multilabel suites (set multilabel: true)`,
      });
    }
  });
  if (multilabel && fields.scores) {
    throw new InputError({
      ...at('fields', 'scores'),
      message: 'scores are not supported for multilabel suites yet; remove fields.scores',
    });
  }
  // A gate on a misspelt metric (`macro-f1`) gets the spelling, not "add it to metrics".
  (suite.gates ?? []).forEach((gate, j) => {
    const known =
      metrics.includes(gate.metric) || allowed.includes(gate.metric) || parseRankingMetric(gate.metric);
    const hint = known ? undefined : didYouMean(gate.metric, [...metrics, ...allowed]);
    if (hint) {
      throw new InputError({
        ...at('gates', j, 'metric'),
        message: `unknown metric ${JSON.stringify(gate.metric)} (did you mean ${JSON.stringify(hint)}?); the suite computes: ${metrics.join(', ')}`,
      });
    }
  });
  const reserved = new Set([fields.id, fields.references ?? fields.label]);
  (suite.slices ?? []).forEach((entry, j) => {
    for (const f of typeof entry === 'string' ? [entry] : entry) {
      if (reserved.has(f)) {
        throw new InputError({
          ...at('slices', j),
          message: `cannot slice by ${JSON.stringify(f)}: it is the ${f === fields.id ? 'id' : 'label'} field${f === fields.label ? ' (label slices are on by default: label_slices)' : ''}`,
        });
      }
    }
  });
  const source = (key: 'golden' | 'predictions' | 'train', given: string) => {
    const path = isAbsolute(given) ? given : resolve(ctx.root, given);
    const declared = key === 'train' ? undefined : suite.format?.[key];
    if (declared === 'trec' || (ranking && key !== 'train' && declared === undefined && isTrecPath(given))) {
      if (!ranking)
        throw new InputError({ ...at('format', key), message: 'format trec is only for task: ranking' });
      return { path, display: relative(ctx.root, path) || given }; // TREC qrels / run: no record format
    }
    const format = declared ?? formatFromPath(given);
    if (!format) {
      const override = key === 'train' ? '' : `, or set format.${key}`;
      throw new InputError({
        ...at(key),
        message: `cannot tell the format of ${JSON.stringify(given)}: expected .jsonl, .jsonl.gz, .csv or .json${override}`,
      });
    }
    return { path, display: relative(ctx.root, path) || given, format };
  };
  return {
    name: suite.name,
    task: suite.task,
    golden: source('golden', suite.golden),
    predictions: source('predictions', suite.predictions),
    ...(suite.run ? { run: suite.run } : {}),
    ...(suite.train ? { train: source('train', suite.train) } : {}),
    fields,
    ...(suite.labels ? { labels: suite.labels.map(String) } : {}),
    multilabel,
    ...(suite.positive_label !== undefined ? { positiveLabel: String(suite.positive_label) } : {}),
    slices: suite.slices ?? [],
    labelSlices: suite.label_slices ?? true,
    minSupport: suite.min_support ?? 30,
    maxSlices: suite.max_slices ?? 5000,
    maxLabels: suite.max_labels ?? 1000,
    missingPredictions: suite.missing_predictions ?? 'error',
    extraPredictions: suite.extra_predictions ?? (ranking ? 'ignore' : 'error'),
    metrics,
    topK: suite.top_k ?? 3,
    eceBins: suite.ece_bins ?? 15,
    storeExamples: suite.store_examples ?? true,
    gates: resolveSuiteGates(suite, metrics, at),
    mode: suite.mode ?? 'enforce',
    checks: resolveChecks(suite.checks, ['suites', i, 'checks'], ctx),
    ...(ranking ? { ranking: resolveRanking(suite, metrics, ctx.root) } : {}),
    ...optional('ops', resolveOps(suite, metrics)),
    spans,
    scored: suite.scored?.pass_threshold !== undefined ? { passThreshold: suite.scored.pass_threshold } : {},
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
