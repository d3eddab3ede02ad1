import { writeReport } from '../terminal.js';
import { evaluateConfig } from '../../evaluate/evaluate.js';
import { writeResult } from '../../result/result-file.js';
import { resultMarkdown } from '../../report/result-markdown.js';
import { UsageError, type Command } from '../command.js';
import { parseShard } from '../../tasks/shard-rows.js';
import { configOptions, gitInfo, loadConfigFrom, stringOption } from '../options.js';

export const evaluateCommand: Command = {
  summary: 'run the suites and write a result artifact',
  usage: [
    'Usage: evalgate evaluate --out result.json [--config .github/evalgate.yml] [--suite NAME] [--root DIR]',
    '                         [--no-run] [--format markdown|json|none] [--shard i/n]',
    '',
    "Runs each suite's `run:` command (unless --no-run), evaluates golden set against predictions per slice,",
    'writes the result atomically to --out and prints a report (markdown by default) to stdout.',
    '',
    '--shard i/n evaluates only the examples whose id hashes to shard i of n (the `run:` command sees',
    'EVALGATE_SHARD=i/n) and writes a partial result; `evalgate merge` combines the n partial results into',
    'the result of the whole run, byte-identical to an unsharded evaluate.',
  ].join('\n'),
  options: {
    ...configOptions,
    out: { type: 'string', short: 'o' },
    'no-run': { type: 'boolean', default: false },
    format: { type: 'string', default: 'markdown' },
    shard: { type: 'string' },
  },
  async run(values, _positionals, io) {
    const out = stringOption(values, 'out');
    if (!out) throw new UsageError('--out is required (where to write the result JSON)');
    const format = stringOption(values, 'format') ?? 'markdown';
    if (!['markdown', 'json', 'none'].includes(format))
      throw new UsageError(`--format must be markdown, json or none, got ${JSON.stringify(format)}`);
    const shardText = stringOption(values, 'shard');
    const shard = shardText === undefined ? undefined : parseShard(shardText, '--shard');
    const config = await loadConfigFrom(values);
    const result = await evaluateConfig(config, {
      suite: stringOption(values, 'suite'),
      runCommands: values['no-run'] !== true,
      git: gitInfo(config.root),
      log: (line) => io.stderr.write(`${line}\n`),
      ...(shard ? { shard } : {}),
    });
    await writeResult(out, result);
    io.stderr.write(`wrote ${out}\n`);
    if (format === 'markdown') writeReport(io.stdout, resultMarkdown(result));
    else if (format === 'json')
      io.stdout.write(
        `${JSON.stringify({ ...result, suites: result.suites.map(({ examples: _e, ...s }) => s) }, null, 2)}\n`,
      );
    return 0;
  },
};
