import { basename, extname, resolve } from 'node:path';
import { runConfigChecks, cardRowsFromResult, metricsChangedFrom } from '../../checks/index.js';
import type { Comparison } from '../../generated/comparison.js';
import type { EvalgateResult } from '../../generated/result.js';
import type { FailOn } from '../../gates/verdict-policy.js';
import { commentBody } from '../../report/comment-body.js';
import type { DocChecks, ReportInput } from '../../report/pr-comment.js';
import { decideRun } from '../../report/run-decision.js';
import { suiteCoverage } from '../../report/suite-coverage.js';
import { readResult } from '../../result/result-file.js';
import type { ResolvedConfig } from '../../spec/config.js';
import { UsageError, type Command } from '../command.js';
import { localContext, readChangedFilesList, readTextFile } from '../local-context.js';
import { stringOption } from '../options.js';
import { compareOptions, runComparison } from './compare.js';

export const gateCommand: Command = {
  summary: 'compare and exit 1 when a gate fails (the CI step); prints the pull-request comment',
  usage: [
    'Usage: evalgate gate --base BASE.json --head HEAD.json [--config .github/evalgate.yml] [--out comparison.json]',
    '                     [--format markdown|json|none] [--fail-on fail|warn|never]',
    '                     [--title TEXT] [--footer TEXT] [--baseline-note TEXT]',
    '                     [--base-ref REF | --changed-files FILE] [--pr-body FILE] [--labels a,b]',
    '',
    'The markdown is the comment the GitHub action posts on the same inputs, byte for byte: the same report,',
    'length budget, suite-coverage check and documentation checks (run when --base-ref, --changed-files or',
    '--pr-body is given). --title defaults to "evalgate / <suite>" (or the config file name); --footer and',
    '--baseline-note give the lines the action adds (its run link, where the baseline came from).',
    '',
    'Exit codes: 0 pass (or advisory, or --fail-on never), 1 a gate or a check failed (or warned with --fail-on',
    'warn, or the results are not comparable), 2 usage or input error.',
  ].join('\n'),
  options: {
    ...compareOptions,
    'fail-on': { type: 'string', default: 'fail' },
    title: { type: 'string' },
    footer: { type: 'string' },
    'baseline-note': { type: 'string' },
    'base-ref': { type: 'string' },
    'changed-files': { type: 'string' },
    'pr-body': { type: 'string' },
    labels: { type: 'string' },
  },
  async run(values, _positionals, io) {
    const failOn = stringOption(values, 'fail-on') ?? 'fail';
    if (!['fail', 'warn', 'never'].includes(failOn))
      throw new UsageError(`--fail-on must be fail, warn or never, got ${JSON.stringify(failOn)}`);
    const format = stringOption(values, 'format') ?? 'markdown';
    const { comparison, config, head } = await runComparison(
      { ...values, format: format === 'markdown' ? 'none' : format },
      io,
      { requireConfig: true },
    );
    const coverage = suiteCoverage(config, head);
    const input: ReportInput = {
      title: stringOption(values, 'title') ?? `evalgate / ${defaultName(config)}`,
      head,
      comparison,
      baselineNote: stringOption(values, 'baseline-note'),
      checks: coverage ? [coverage] : [],
      docChecks: await docChecks(values, config, head, comparison),
      footer: stringOption(values, 'footer'),
    };
    if (format === 'markdown') io.stdout.write(commentBody(input).text);
    const { verdict, failing } = decideRun(input, {
      shell: 'cli',
      failOn: failOn as FailOn,
      baselineRequired: false,
      coverage,
    });
    io.stderr.write(`verdict: ${verdict}${failing ? ' (exit 1)' : ''}\n`);
    return failing ? 1 : 0;
  },
};

/** Like the action's `evalgate / <name>`: the one suite, else the config file's stem. */
function defaultName(config: ResolvedConfig): string {
  if (config.suites.length === 1) return config.suites[0].name;
  const file = basename(config.file);
  return basename(file, extname(file));
}

/** The config's documentation rules against the change described by the options, as the action runs them. */
async function docChecks(
  values: Record<string, string | boolean | undefined>,
  config: ResolvedConfig,
  head: EvalgateResult,
  comparison: Comparison,
): Promise<DocChecks | undefined> {
  const base = stringOption(values, 'base-ref');
  const changedList = stringOption(values, 'changed-files');
  const prBodyFile = stringOption(values, 'pr-body');
  if (base === undefined && changedList === undefined && prBodyFile === undefined) return undefined;
  const hasRules = (config.checks?.length ?? 0) > 0 || config.suites.some((s) => (s.checks?.length ?? 0) > 0);
  if (!hasRules) return undefined;
  const headRows = cardRowsFromResult(head);
  const ctx = localContext({
    root: config.root,
    base,
    changedFiles:
      changedList !== undefined
        ? await readChangedFilesList(changedList)
        : base === undefined
          ? []
          : undefined,
    prBody: prBodyFile === undefined ? null : await readTextFile(prBodyFile, '--pr-body'),
    labels: (stringOption(values, 'labels') ?? '')
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean),
    metricsChanged: metricsChangedFrom(comparison),
    goldenFiles: config.suites.map((s) => s.golden.display),
    cardRows: async (result) =>
      result === undefined
        ? headRows
        : cardRowsFromResult(await readResult(resolve(config.root, result), result)),
  });
  return { results: await runConfigChecks(config, ctx), changedFilesTruncated: false };
}
