import { writeReport } from '../terminal.js';
import { existsSync } from 'node:fs';
import { compareResultsParallel } from '../../compare/parallel.js';
import { attachExcerpts } from '../../compare/excerpts.js';
import { comparisonJson, writeComparison } from '../../compare/comparison-file.js';
import { DEFAULT_CONFIG_PATH, loadConfig } from '../../config/load.js';
import type { ResolvedConfig } from '../../spec/config.js';
import type { Comparison } from '../../generated/comparison.js';
import type { EvalgateResult } from '../../generated/result.js';
import { readResultLazily } from '../../result/result-lazy.js';
import { comparisonMarkdown } from '../../report/comparison-markdown.js';
import { UsageError, type Command, type Streams } from '../command.js';
import { stringOption } from '../options.js';

export const compareOptions = {
  base: { type: 'string' },
  head: { type: 'string' },
  config: { type: 'string', short: 'c' },
  root: { type: 'string' },
  out: { type: 'string', short: 'o' },
  format: { type: 'string', default: 'markdown' },
} as const;

/** A config with no suites' gates, for comparing results without a config file. */
function gatelessConfig(): ResolvedConfig {
  return {
    file: '(none)',
    root: process.cwd(),
    suites: [],
    comparison: { resamples: 1000, confidence: 0.95, seed: 12345, method: 'multinomial', correction: 'holm' },
    fingerprint: 'sha256:' + '0'.repeat(64),
  };
}

export async function runComparison(
  values: Record<string, string | boolean | undefined>,
  io: Streams,
  options: { requireConfig?: boolean } = {},
): Promise<{ comparison: Comparison; config: ResolvedConfig; head: EvalgateResult }> {
  const basePath = stringOption(values, 'base');
  const headPath = stringOption(values, 'head');
  if (!basePath || !headPath) throw new UsageError('--base and --head are required (result JSON files)');
  const format = stringOption(values, 'format') ?? 'markdown';
  if (!['markdown', 'json', 'none'].includes(format))
    throw new UsageError(`--format must be markdown, json or none, got ${JSON.stringify(format)}`);
  const configPath =
    stringOption(values, 'config') ?? (existsSync(DEFAULT_CONFIG_PATH) ? DEFAULT_CONFIG_PATH : undefined);
  if (!configPath && options.requireConfig)
    throw new UsageError(
      `no config: ${DEFAULT_CONFIG_PATH} not found and no --config given. A gate without gates would pass having checked nothing; pass --config (the base branch's config), or use \`evalgate compare\` to see deltas without gates`,
    );
  const config = configPath
    ? await loadConfig(configPath, { root: stringOption(values, 'root') })
    : gatelessConfig();
  if (!configPath)
    io.stderr.write(`no config (${DEFAULT_CONFIG_PATH} not found, no --config): comparing without gates\n`);
  // read in order, so a bad base is always the error reported first
  const base = await readResultLazily(basePath);
  const head = await readResultLazily(headPath);
  const comparison = await compareResultsParallel(base, head, config);
  await attachExcerpts(comparison, config);
  const out = stringOption(values, 'out');
  if (out) {
    await writeComparison(out, comparison);
    io.stderr.write(`wrote ${out}\n`);
  }
  if (format === 'markdown') writeReport(io.stdout, comparisonMarkdown(comparison));
  else if (format === 'json') io.stdout.write(comparisonJson(comparison));
  return { comparison, config, head };
}

export const compareCommand: Command = {
  summary: 'compare a head result with a baseline result (deltas, intervals, gate verdicts)',
  usage: [
    'Usage: evalgate compare --base BASE.json --head HEAD.json [--config .github/evalgate.yml] [--out comparison.json]',
    '                        [--format markdown|json|none]',
    '',
    'Gates and comparison settings come from --config (default .github/evalgate.yml when it exists). Prints the',
    'report; exit 0 whatever the verdict (use `evalgate gate` to fail on it), 2 on bad input.',
  ].join('\n'),
  options: compareOptions,
  async run(values, _positionals, io) {
    await runComparison(values, io);
    return 0;
  },
};
