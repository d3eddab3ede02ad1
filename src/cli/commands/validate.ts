import { evaluateSuite, selectSuites } from '../../evaluate/evaluate.js';
import { formatCount } from '../../tasks/format.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { configOptions, loadConfigFrom, stringOption } from '../options.js';
import { suiteHygiene } from '../suite-hygiene.js';

export const validateCommand: Command = {
  summary: "check the config and every suite's data files (no metrics), with golden-set hygiene",
  usage: [
    'Usage: evalgate validate [--config .github/evalgate.yml] [--suite NAME] [--root DIR]',
    '                         [--base-golden FILE] [--strict]',
    '',
    "Validates the config against its schema, then reads each suite's golden set and predictions with every",
    'data check (ids, labels, scores, joins). Does not run `run:` commands. Then reports golden-set hygiene:',
    'duplicate ids, duplicate or near-duplicate inputs (conflicting labels first), leakage against the',
    "suite's `train:` set, and the label distribution shift against --base-golden (the base branch's golden",
    'set; needs a single suite). Exit 0 when valid (hygiene findings are warnings), 1 with --strict when there',
    'are hygiene findings, 2 on input errors.',
  ].join('\n'),
  options: {
    ...configOptions,
    'base-golden': { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
  async run(values, _positionals, io) {
    const config = await loadConfigFrom(values);
    const suites = selectSuites(config, stringOption(values, 'suite'));
    const baseGolden = stringOption(values, 'base-golden');
    if (baseGolden !== undefined && suites.length !== 1)
      throw new UsageError('--base-golden compares one suite: choose it with --suite');
    io.stdout.write(`config ${config.file}: valid (${config.suites.length} suite(s))\n`);
    let findings = 0;
    for (const suite of suites) {
      const result = await evaluateSuite(suite, (line) => io.stderr.write(`${line}\n`));
      io.stdout.write(
        `suite ${suite.name}: ${formatCount(result.golden.n)} golden examples, ${formatCount(result.predictions.n)} predictions${result.task === 'classification' ? `, ${result.labels.length} labels` : ''}, coverage ${(result.predictions.coverage * 100).toFixed(1)}%: valid\n`,
      );
      for (const note of result.notes ?? []) io.stdout.write(`  note: ${note}\n`);
      const hygiene = await suiteHygiene(suite, { baseGolden });
      for (const note of hygiene.notes) io.stdout.write(`  ${note}\n`);
      if (hygiene.findings.length === 0) {
        io.stdout.write(`  golden-set hygiene: no findings\n`);
      } else {
        io.stdout.write(`  golden-set hygiene: ${hygiene.findings.length} finding(s)\n`);
        for (const finding of hygiene.findings) io.stdout.write(`  warning: ${finding}\n`);
      }
      findings += hygiene.findings.length;
    }
    if (findings > 0 && values.strict === true) {
      io.stdout.write(`${findings} hygiene finding(s) with --strict: failing\n`);
      return EXIT.gateFailed;
    }
    return EXIT.ok;
  },
};
