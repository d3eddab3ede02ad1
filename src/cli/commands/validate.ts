import { evaluateSuite, selectSuites } from '../../evaluate/evaluate.js';
import { formatCount } from '../../report/format.js';
import type { Command } from '../main.js';
import { configOptions, loadConfigFrom, stringOption } from './common.js';

export const validateCommand: Command = {
  summary: "check the config and every suite's data files (no metrics)",
  usage: [
    'Usage: evalgate validate [--config .github/evalgate.yml] [--suite NAME] [--root DIR]',
    '',
    "Validates the config against its schema, then reads each suite's golden set and predictions with every",
    'data check (ids, labels, scores, joins). Does not run `run:` commands. Exit 0 when valid, 2 otherwise.',
  ].join('\n'),
  options: { ...configOptions },
  async run(values, _positionals, io) {
    const config = await loadConfigFrom(values);
    io.stdout.write(`config ${config.file}: valid (${config.suites.length} suite(s))\n`);
    for (const suite of selectSuites(config, stringOption(values, 'suite'))) {
      const result = await evaluateSuite(suite, (line) => io.stderr.write(`${line}\n`));
      io.stdout.write(
        `suite ${suite.name}: ${formatCount(result.golden.n)} golden examples, ${formatCount(result.predictions.n)} predictions, ${result.labels.length} labels, coverage ${(result.predictions.coverage * 100).toFixed(1)}%: valid\n`,
      );
    }
    return 0;
  },
};
