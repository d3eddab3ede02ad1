import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
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
import { canonicalJson, sha256 } from '../util/hash.js';
import {
  describeSchemaError,
  didYouMean,
  pathToString,
  pointerToPath,
  primaryError,
  validatorFor,
} from './schema-validate.js';
import type { ResolvedConfig, ResolvedSuite } from './types.js';
import { GateConfigError, resolveGates, type ResolvedGate } from '../gates/rules.js';

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
  const value: unknown = doc.toJS();
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
  return { file, root, suites, comparison, fingerprint: sha256(canonicalJson(config)) };
}

function nodeLine(
  doc: Document,
  counter: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  for (let len = path.length; len >= 0; len--) {
    const node = len === 0 ? doc.contents : doc.getIn(path.slice(0, len), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    // a key whose value is missing: find the pair's key
  }
  return undefined;
}

/** The line of a mapping key itself (for unknown keys, whose value may sit on later lines). */
function keyLine(
  doc: Document,
  counter: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
  return isNode(pair?.key) && pair.key.range ? counter.linePos(pair.key.range[0]).line : undefined;
}

function resolveSuiteGates(
  suite: SuiteConfig,
  metrics: readonly string[],
  at: (...rest: (string | number)[]) => { file: string; line?: number; field: string },
): ResolvedGate[] {
  try {
    return resolveGates(suite.gates ?? [], metrics);
  } catch (error) {
    if (!(error instanceof GateConfigError)) throw error;
    const path = error.field
      .split(/[.[\]]+/)
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    throw new InputError({ ...at(...path), message: error.message });
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
    // each family's own fields, only on its suites (classification's resolved fields stay as they were)
    ...(suite.task === 'generation' ? { references: suite.fields?.references ?? 'references' } : {}),
    ...(suite.task === 'spans'
      ? { tokens: suite.fields?.tokens ?? 'tokens', text: suite.fields?.text ?? 'text' }
      : {}),
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
  // Other task families compute every metric of their registry unless the suite lists some.
  const metrics =
    suite.metrics ??
    (suite.task === 'classification'
      ? [
          ...DEFAULT_CLASSIFICATION_METRICS,
          ...(fields.scores && !multilabel ? DEFAULT_SCORED_METRICS : []),
        ].filter((m) => !(multilabel && SINGLE_LABEL_ONLY.has(m)))
      : allowed);
  metrics.forEach((m, j) => {
    if (!allowed.includes(m)) {
      const hint = didYouMean(m, allowed);
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
  const source = (key: 'golden' | 'predictions') => {
    const given = suite[key];
    const path = isAbsolute(given) ? given : resolve(ctx.root, given);
    const format = suite.format?.[key] ?? formatFromPath(given);
    if (!format) {
      throw new InputError({
        ...at(key),
        message: `cannot tell the format of ${JSON.stringify(given)}: expected .jsonl, .jsonl.gz, .csv or .json, or set format.${key}`,
      });
    }
    return { path, display: relative(ctx.root, path) || given, format };
  };
  return {
    name: suite.name,
    task: suite.task,
    golden: source('golden'),
    predictions: source('predictions'),
    ...(suite.run ? { run: suite.run } : {}),
    fields,
    ...(suite.labels ? { labels: suite.labels.map(String) } : {}),
    multilabel,
    ...(suite.positive_label !== undefined ? { positiveLabel: String(suite.positive_label) } : {}),
    slices: suite.slices ?? [],
    labelSlices: suite.label_slices ?? true,
    minSupport: suite.min_support ?? 30,
    missingPredictions: suite.missing_predictions ?? 'error',
    metrics,
    topK: suite.top_k ?? 3,
    eceBins: suite.ece_bins ?? 15,
    storeExamples: suite.store_examples ?? true,
    gates: resolveSuiteGates(suite, metrics, at),
    mode: suite.mode ?? 'enforce',
    spans,
    scored: suite.scored?.pass_threshold !== undefined ? { passThreshold: suite.scored.pass_threshold } : {},
  };
}
