import { mergeShardsForWriting } from '../../evaluate/merge.js';
import { readResult, writeResult } from '../../result/result-file.js';
import { resultMarkdown } from '../../report/result-markdown.js';
import { writeReport } from '../terminal.js';
import { UsageError, type Command } from '../command.js';
import { configOptions, loadConfigFrom, stringOption } from '../options.js';

export const mergeCommand: Command = {
  summary: 'merge the partial results of `evaluate --shard i/n` into one result',
  usage: [
    'Usage: evalgate merge PART.json... --out result.json [--config .github/evalgate.yml] [--format markdown|none]',
    '',
    'Checks the files are the partial results of every shard of one run (same config, golden set, commit,',
    'shard count; each shard once, disjoint and complete) and writes the result of the whole run, byte-identical',
    'to an unsharded `evalgate evaluate`. The config is the one the shards ran (its suites define the metrics).',
  ].join('\n'),
  allowPositionals: true,
  options: {
    config: configOptions.config,
    root: configOptions.root,
    out: { type: 'string', short: 'o' },
    format: { type: 'string', default: 'markdown' },
  },
  async run(values, positionals, io) {
    const out = stringOption(values, 'out');
    if (!out) throw new UsageError('--out is required (where to write the merged result)');
    if (positionals.length === 0)
      throw new UsageError('pass the partial results to merge (one file per shard)');
    const format = stringOption(values, 'format') ?? 'markdown';
    if (!['markdown', 'none'].includes(format))
      throw new UsageError(`--format must be markdown or none, got ${JSON.stringify(format)}`);
    const config = await loadConfigFrom(values);
    const inputs = [];
    for (const file of positionals) inputs.push({ file, result: await readResult(file) });
    const { result, idsJson } = await mergeShardsForWriting(inputs, config);
    await writeResult(out, result, idsJson);
    io.stderr.write(`merged ${inputs.length} shards into ${out}\n`);
    if (format === 'markdown') writeReport(io.stdout, resultMarkdown(result));
    return 0;
  },
};
