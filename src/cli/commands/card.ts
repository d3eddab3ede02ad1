import { readFile } from 'node:fs/promises';
import {
  cardRowsFromResult,
  checkCardFresh,
  decodeUtf8,
  describeStale,
  updateCard,
} from '../../checks/index.js';
import { InputError } from '../../io/errors.js';
import { describeFsError } from '../../io/lines.js';
import { readResult, writeFileAtomic } from '../../result/result-file.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { stringOption } from '../options.js';

export const DEFAULT_CARD = 'docs/MODEL_CARD.md';

export const cardCommand: Command = {
  summary: "write or check the model card's metrics block from a result artifact",
  usage: [
    'Usage: evalgate card --update --result head.json [--file docs/MODEL_CARD.md]',
    '       evalgate card --check  --result head.json [--file docs/MODEL_CARD.md] [--tolerance 0]',
    '',
    '--update rewrites the block between <!-- evalgate:metrics --> and <!-- /evalgate:metrics --> (appended',
    'at the end of a card without one) and leaves the rest of the file byte for byte. --check lists stale,',
    'missing and extra numbers; exit 1 when the block is stale, 2 on input errors.',
  ].join('\n'),
  options: {
    update: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    result: { type: 'string', short: 'r' },
    file: { type: 'string', short: 'f', default: DEFAULT_CARD },
    tolerance: { type: 'string' },
  },
  async run(values, _positionals, io) {
    if (values.update === values.check) throw new UsageError('give exactly one of --update and --check');
    const resultFile = stringOption(values, 'result');
    if (!resultFile) throw new UsageError('--result is required (the result artifact with the metrics)');
    const file = stringOption(values, 'file') ?? DEFAULT_CARD;
    const tolerance = Number(stringOption(values, 'tolerance') ?? '0');
    if (!(tolerance >= 0)) throw new UsageError(`--tolerance must be a number ≥ 0`);
    const rows = cardRowsFromResult(await readResult(resultFile));
    const card = await readCard(file, values.update === true);

    if (values.update === true) {
      let updated: string;
      try {
        updated = updateCard(card ?? '', rows);
      } catch (error) {
        throw new InputError({ file, message: error instanceof Error ? error.message : String(error) });
      }
      if (updated === card) {
        io.stdout.write(`${file}: the metrics block is up to date (${rows.length} metrics)\n`);
      } else {
        await writeFileAtomic(file, updated);
        io.stdout.write(`${file}: wrote the metrics block (${rows.length} metrics from ${resultFile})\n`);
      }
      return EXIT.ok;
    }
    const freshness = checkCardFresh(card ?? '', rows, tolerance);
    if (!freshness.ok) {
      io.stdout.write(
        `${file} ${freshness.reason}. Run \`evalgate card --update --result ${resultFile}\`.\n`,
      );
      return EXIT.gateFailed;
    }
    if (freshness.fresh) {
      io.stdout.write(
        `${file}: the metrics block shows the numbers of ${resultFile} (${rows.length} metrics)\n`,
      );
      return EXIT.ok;
    }
    const count = freshness.stale.length + freshness.missing.length + freshness.extra.length;
    io.stdout.write(
      `${file}: ${count} stale number(s): ${describeStale(freshness, 10)}. Run \`evalgate card --update --result ${resultFile} --file ${file}\`.\n`,
    );
    return EXIT.gateFailed;
  },
};

/** The card's text; `null` for a missing card when it may be created (`--update`). */
async function readCard(file: string, mayBeMissing: boolean): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if (mayBeMissing && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError({ file, message: `cannot read the model card (${describeFsError(error)})` });
  }
  const text = decodeUtf8(bytes, file);
  if (!text.ok) throw new InputError({ file, message: text.reason.replace(`${file} `, '') });
  return text.text;
}
