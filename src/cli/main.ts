import { parseArgs } from 'node:util';
import { InputError, oneLine } from '../io/errors.js';
import { TOOL_VERSION } from '../util/version.js';
import { compareCommand } from './commands/compare.js';
import { gateCommand } from './commands/gate.js';
import { evaluateCommand } from './commands/evaluate.js';
import { mergeCommand } from './commands/merge.js';
import { reportCommand } from './commands/report.js';
import { validateCommand } from './commands/validate.js';
import { checkCommand } from './commands/check.js';
import { cardCommand } from './commands/card.js';
import { EXIT, UsageError, type Command, type Streams } from './command.js';
import { planCommand } from './commands/plan.js';

export { EXIT, UsageError, type Command, type Streams };

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  evaluate: evaluateCommand,
  merge: mergeCommand,
  report: reportCommand,
  compare: compareCommand,
  gate: gateCommand,
  check: checkCommand,
  card: cardCommand,
  plan: planCommand,
};

function help(): string {
  const lines = [
    `evalgate ${TOOL_VERSION}: evaluation gates for ML/NLP changes`,
    '',
    'Usage: evalgate <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    '',
    'Run `evalgate <command> --help` for its options.',
    'Exit codes: 0 success, 1 a gate failed, 2 usage or input error, 3 internal error.',
  ];
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], io: Streams): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name ? EXIT.ok : EXIT.inputError;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`evalgate: unknown command ${JSON.stringify(name)}\n\n${help()}`);
    return EXIT.inputError;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${command.usage}\n`);
      return EXIT.ok;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: command.options,
        allowPositionals: command.allowPositionals ?? false,
        strict: true,
      });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    return await command.run(
      parsed.values as Record<string, string | boolean | undefined>,
      parsed.positionals,
      io,
    );
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`evalgate ${name}: ${oneLine(error.message)}\n${command.usage}\n`);
      return EXIT.inputError;
    }
    if (error instanceof InputError) {
      io.stderr.write(`evalgate ${name}: ${error.message}\n`);
      return EXIT.inputError;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`evalgate ${name}: internal error: ${oneLine(message)}\n`);
    if (process.env.EVALGATE_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return EXIT.internalError;
  }
}
