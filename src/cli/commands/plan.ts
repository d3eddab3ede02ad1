import { compareResultsParallel } from '../../compare/parallel.js';
import { evaluateSuite, selectSuites } from '../../evaluate/evaluate.js';
import { planFromComparison, planFromData, planText, type PlanRow } from '../../gates/plan.js';
import { readResultLazily } from '../../result/result-lazy.js';
import { UsageError, type Command } from '../command.js';
import { configOptions, loadConfigFrom, stringOption } from '../options.js';

export const planCommand: Command = {
  summary: 'say what each gated slice can detect, and how many examples it needs to detect its tolerance',
  usage: [
    'Usage: evalgate plan [--config .github/evalgate.yml] [--suite NAME] [--root DIR] [--churn 0.1]',
    '       evalgate plan --base BASE.json --head HEAD.json [--config …]',
    '',
    "Without results: reads each suite's golden set and predictions (as validate does) and states, per gated",
    'slice, the smallest drop its gate fails with 80% power at the corrected level, assuming --churn (default',
    '0.1) of the examples change correctness between base and head. With --base/--head: the figures of the',
    'real comparison. Slices that cannot confirm a drop the size of their tolerance are flagged with the n',
    'they would need. Exit 0 (1 with --strict when a gated slice is underpowered), 2 on bad input.',
  ].join('\n'),
  options: {
    ...configOptions,
    base: { type: 'string' },
    head: { type: 'string' },
    churn: { type: 'string', default: '0.1' },
    strict: { type: 'boolean', default: false },
  },
  async run(values, _positionals, io) {
    const config = await loadConfigFrom(values);
    const basePath = stringOption(values, 'base');
    const headPath = stringOption(values, 'head');
    if ((basePath === undefined) !== (headPath === undefined))
      throw new UsageError('--base and --head go together (two result JSON files)');
    let rows: PlanRow[];
    let assumption: string;
    if (basePath && headPath) {
      const comparison = await compareResultsParallel(
        await readResultLazily(basePath),
        await readResultLazily(headPath),
        config,
      );
      rows = planFromComparison(comparison);
      assumption = 'from the comparison of the two results';
    } else {
      const churn = Number(stringOption(values, 'churn') ?? '0.1');
      if (!(churn > 0 && churn <= 1))
        throw new UsageError(
          `--churn is the share of examples that change correctness (0 < churn ≤ 1), got ${JSON.stringify(values.churn)}`,
        );
      rows = [];
      for (const suite of selectSuites(config, stringOption(values, 'suite'))) {
        const head = await evaluateSuite(suite, (line) => io.stderr.write(`${line}\n`));
        rows.push(...planFromData(suite, head, config.comparison, churn));
      }
      assumption = `assuming ${+(churn * 100).toFixed(2)}% of examples change correctness between base and head (--churn)`;
    }
    io.stdout.write(planText(rows, assumption));
    return values.strict === true && rows.some((r) => r.underpowered) ? 1 : 0;
  },
};
