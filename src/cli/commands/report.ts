import { writeReport } from '../terminal.js';
import { readResult } from '../../result/io.js';
import { resultMarkdown } from '../../report/result-markdown.js';
import { UsageError, type Command } from '../command.js';
import { stringOption } from '../options.js';

export const reportCommand: Command = {
  summary: 'print a result artifact as markdown or JSON',
  usage: 'Usage: evalgate report RESULT.json [--format markdown|json]',
  options: { format: { type: 'string', default: 'markdown' } },
  allowPositionals: true,
  async run(values, positionals, io) {
    if (positionals.length !== 1) throw new UsageError('expected exactly one result file');
    const format = stringOption(values, 'format') ?? 'markdown';
    if (!['markdown', 'json'].includes(format))
      throw new UsageError(`--format must be markdown or json, got ${JSON.stringify(format)}`);
    const result = await readResult(positionals[0]);
    if (format === 'markdown') writeReport(io.stdout, resultMarkdown(result));
    else
      io.stdout.write(
        `${JSON.stringify({ ...result, suites: result.suites.map(({ examples: _e, ...s }) => s) }, null, 2)}\n`,
      );
    return 0;
  },
};
