import { writeReport } from '../terminal.js';
import { comparisonJson, readArtifact } from '../../compare/comparison-file.js';
import { comparisonMarkdown } from '../../report/comparison-markdown.js';
import { examplesMarkdown } from '../../report/examples-markdown.js';
import { resultMarkdown } from '../../report/result-markdown.js';
import { UsageError, type Command } from '../command.js';
import { stringOption } from '../options.js';

export const reportCommand: Command = {
  summary: 'print a result or comparison artifact as markdown or JSON; --examples lists flipped examples',
  usage: [
    'Usage: evalgate report RESULT.json|COMPARISON.json [--format markdown|json]',
    '       evalgate report COMPARISON.json --examples',
    '',
    'A result prints its metrics by slice; a comparison (from `evalgate compare|gate --out`) its report.',
    '--examples lists, per suite and gated slice, the examples fixed, broken and still wrong, and the broken',
    'ones (id, excerpt, truth, base → head). Plain text in a terminal, markdown otherwise.',
  ].join('\n'),
  options: {
    format: { type: 'string', default: 'markdown' },
    examples: { type: 'boolean', default: false },
  },
  allowPositionals: true,
  async run(values, positionals, io) {
    if (positionals.length !== 1) throw new UsageError('expected exactly one result or comparison file');
    const format = stringOption(values, 'format') ?? 'markdown';
    if (!['markdown', 'json'].includes(format))
      throw new UsageError(`--format must be markdown or json, got ${JSON.stringify(format)}`);
    const examples = values.examples === true;
    if (examples && format !== 'markdown')
      throw new UsageError('--examples prints markdown (plain text in a terminal); drop --format json');
    const artifact = await readArtifact(positionals[0]);
    if (artifact.kind === 'comparison') {
      const { comparison } = artifact;
      if (examples) writeReport(io.stdout, examplesMarkdown(comparison));
      else if (format === 'markdown') writeReport(io.stdout, comparisonMarkdown(comparison));
      else io.stdout.write(comparisonJson(comparison));
      return 0;
    }
    if (examples)
      throw new UsageError(
        `${positionals[0]} is a result; --examples needs a comparison (write one with \`evalgate compare --base BASE.json --head HEAD.json --out comparison.json\`)`,
      );
    const { result } = artifact;
    if (format === 'markdown') writeReport(io.stdout, resultMarkdown(result));
    else
      io.stdout.write(
        `${JSON.stringify({ ...result, suites: result.suites.map(({ examples: _e, ...s }) => s) }, null, 2)}\n`,
      );
    return 0;
  },
};
