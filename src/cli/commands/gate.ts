import { shouldFail, type FailOn } from '../../gates/verdict-policy.js';
import { UsageError, type Command } from '../command.js';
import { stringOption } from '../options.js';
import { compareOptions, runComparison } from './compare.js';

export const gateCommand: Command = {
  summary: 'compare and exit 1 when a gate fails (the CI step)',
  usage: [
    'Usage: evalgate gate --base BASE.json --head HEAD.json [--config .github/evalgate.yml] [--out comparison.json]',
    '                     [--format markdown|json|none] [--fail-on fail|warn|never]',
    '',
    'Exit codes: 0 pass (or advisory, or --fail-on never), 1 a gate failed (or warned with --fail-on warn, or the',
    'results are not comparable), 2 usage or input error.',
  ].join('\n'),
  options: { ...compareOptions, 'fail-on': { type: 'string', default: 'fail' } },
  async run(values, _positionals, io) {
    const failOn = stringOption(values, 'fail-on') ?? 'fail';
    if (!['fail', 'warn', 'never'].includes(failOn))
      throw new UsageError(`--fail-on must be fail, warn or never, got ${JSON.stringify(failOn)}`);
    const comparison = await runComparison(values, io, { requireConfig: true });
    const v = comparison.verdict;
    const failed = shouldFail('cli', v, failOn as FailOn, { baselineRequired: false });
    io.stderr.write(`verdict: ${v}${failed ? ' (exit 1)' : ''}\n`);
    return failed ? 1 : 0;
  },
};
