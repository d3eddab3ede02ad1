import { writeReport } from '../terminal.js';
import { resolve } from 'node:path';
import { cardRowsFromResult, metricsChangedFrom, runConfigChecks, type CardRow } from '../../checks/index.js';
import type { ResolvedConfig } from '../../spec/config.js';
import { InputError } from '../../io/errors.js';
import { checksMarkdown } from '../../report/checks-markdown.js';
import { readResult } from '../../result/result-file.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { configOptions, loadConfigFrom, stringOption } from '../options.js';
import { localContext, readChangedFilesList, readTextFile } from '../local-context.js';

export const checkCommand: Command = {
  summary: 'run the documentation checks (model card, changelog, PR description) locally',
  usage: [
    'Usage: evalgate check [--config .github/evalgate.yml] [--root DIR] (--base REF | --changed-files FILE)',
    '                      [--pr-body FILE] [--labels a,b] [--result head.json] [--comparison comparison.json]',
    '                      [--format markdown|json]',
    '',
    'Runs the `checks:` rules of the config against a change: the changed files come from',
    '`git diff --name-only BASE...HEAD` (or a file listing one path a line), head files from the working tree,',
    'base files from `git show BASE:path`. --result gives the head metrics for `card` rules, --comparison',
    'decides `metrics: changed`. Exit 0 when no fail-severity check fails, 1 when one does, 2 on input errors.',
  ].join('\n'),
  options: {
    ...configOptions,
    base: { type: 'string' },
    'changed-files': { type: 'string' },
    'pr-body': { type: 'string' },
    labels: { type: 'string' },
    result: { type: 'string' },
    comparison: { type: 'string' },
    format: { type: 'string', default: 'markdown' },
  },
  async run(values, _positionals, io) {
    const format = stringOption(values, 'format') ?? 'markdown';
    if (!['markdown', 'json'].includes(format))
      throw new UsageError(`--format must be markdown or json, got ${JSON.stringify(format)}`);
    const base = stringOption(values, 'base');
    const changedList = stringOption(values, 'changed-files');
    if (base === undefined && changedList === undefined)
      throw new UsageError('say what changed: --base REF (git diff) or --changed-files FILE');
    const config = await loadConfigFrom(values);
    const suiteName = stringOption(values, 'suite');
    if (suiteName !== undefined && !config.suites.some((s) => s.name === suiteName))
      throw new UsageError(`no suite named ${JSON.stringify(suiteName)} in ${config.file}`);

    const prBodyFile = stringOption(values, 'pr-body');
    const comparisonFile = stringOption(values, 'comparison');
    const resultFile = stringOption(values, 'result');
    const metricsChanged =
      comparisonFile === undefined
        ? null
        : metricsChangedFrom(await readJson(comparisonFile, '--comparison'));
    if (comparisonFile !== undefined && metricsChanged === null) {
      io.stderr.write(
        `evalgate check: ${comparisonFile} has no comparable gate result with an interval: "metrics: changed" stays undecided\n`,
      );
    }
    const ctx = localContext({
      root: config.root,
      base,
      changedFiles: changedList === undefined ? undefined : await readChangedFilesList(changedList),
      prBody: prBodyFile === undefined ? null : await readTextFile(prBodyFile, '--pr-body'),
      labels: (stringOption(values, 'labels') ?? '')
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean),
      metricsChanged,
      goldenFiles: config.suites.map((s) => s.golden.display),
      cardRows: cardRowsReader(
        config,
        resultFile === undefined ? null : cardRowsFromResult(await readResult(resultFile)),
      ),
    });
    const results = await runConfigChecks(config, ctx, suiteName);
    if (format === 'json') {
      const failed = results.filter((r) => r.status === 'fail').length;
      io.stdout.write(`${JSON.stringify({ checks: results, failed }, null, 2)}\n`);
    } else {
      writeReport(io.stdout, results.length > 0 ? checksMarkdown(results) : `No checks in ${config.file}.\n`);
    }
    return results.some((r) => r.status === 'fail') ? EXIT.gateFailed : EXIT.ok;
  },
};

/**
 * Head metrics for `card` rules: a rule's own `result` (relative to the project root, read once), else
 * the `--result` artifact's.
 */
function cardRowsReader(
  config: ResolvedConfig,
  headRows: CardRow[] | null,
): (result: string | undefined) => Promise<CardRow[] | null> {
  const cache = new Map<string, Promise<CardRow[]>>();
  return async (result) => {
    if (result === undefined) return headRows;
    let rows = cache.get(result);
    if (!rows) {
      rows = readResult(resolve(config.root, result), result).then(cardRowsFromResult);
      cache.set(result, rows);
    }
    return rows;
  };
}

async function readJson(file: string, option: string): Promise<unknown> {
  const text = await readTextFile(file, option);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError({ file, field: option, message: `malformed JSON (${why})` });
  }
}
