import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalgateResult } from '../../src/generated/result.js';
import { cli, copyProject } from './helpers.js';

let dir: string;
let result: string;
let card: string;

beforeAll(async () => {
  dir = copyProject();
  result = join(dir, 'head.json');
  card = join(dir, 'docs/MODEL_CARD.md');
  const run = await cli(
    'evaluate',
    '--config',
    join(dir, 'evalgate.yml'),
    '--out',
    result,
    '--no-run',
    '--format',
    'none',
  );
  expect(run.code).toBe(0);
});

/** The result with one metric of one slice replaced. */
function editedResult(slice: string, metric: string, value: number): string {
  const parsed = JSON.parse(readFileSync(result, 'utf8')) as EvalgateResult;
  const target = parsed.suites[0].slices.find((s) => s.key === slice);
  if (!target) throw new Error(`no slice ${slice}`);
  target.metrics[metric] = value;
  const path = join(dir, `edited-${slice}-${metric}.json`);
  writeFileSync(path, JSON.stringify(parsed));
  return path;
}

describe('evalgate card --update / --check round trip', () => {
  test('--update appends the block from the result; the rest of the card stays byte for byte', async () => {
    const before = readFileSync(card, 'utf8');
    const run = await cli('card', '--update', '--result', result, '--file', card);
    expect(run).toEqual({
      code: 0,
      stdout: `${card}: wrote the metrics block (6 metrics from ${result})\n`,
      stderr: '',
    });
    const after = readFileSync(card, 'utf8');
    expect(after.startsWith(before.trimEnd() + '\n\n<!-- evalgate:metrics -->\n')).toBe(true);
    // Accuracy counted by hand from data/predictions.jsonl: 7/10 overall, 4/5 en (g5 wrong), 3/5 de (g8, g9).
    expect(after).toContain(
      [
        '| Suite   | Slice   | Metric   |  Value |',
        '| ------- | ------- | -------- | -----: |',
        '| support | overall | accuracy | 70.00% |',
      ].join('\n'),
    );
    expect(after).toContain('| support | lang=de | accuracy | 60.00% |');
    expect(after).toContain('| support | lang=en | accuracy | 80.00% |');
    expect(after.endsWith('<!-- /evalgate:metrics -->\n')).toBe(true);

    expect(await cli('card', '--check', '--result', result, '--file', card)).toEqual({
      code: 0,
      stdout: `${card}: the metrics block shows the numbers of ${result} (6 metrics)\n`,
      stderr: '',
    });
    const again = await cli('card', '--update', '--result', result, '--file', card);
    expect(again.stdout).toBe(`${card}: the metrics block is up to date (6 metrics)\n`);
    expect(readFileSync(card, 'utf8')).toBe(after);
  });

  test('--check reports a stale number (exit 1); a value within the printed rounding is fresh', async () => {
    await cli('card', '--update', '--result', result, '--file', card);
    const stale = await cli(
      'card',
      '--check',
      '--result',
      editedResult('lang=de', 'accuracy', 0.8),
      '--file',
      card,
    );
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(
      `${card}: 1 stale number(s): support/lang=de/accuracy: card 60.00%, head 80.00%.`,
    );
    expect(stale.stdout).toContain('Run `evalgate card --update --result ');
    // 60.004% prints as 60.00%: within the rounding of the card's number.
    const rounding = await cli(
      'card',
      '--check',
      '--result',
      editedResult('lang=de', 'accuracy', 0.60004),
      '--file',
      card,
    );
    expect(rounding.code).toBe(0);
    const tolerance = await cli(
      'card',
      '--check',
      '--result',
      editedResult('overall', 'accuracy', 0.705),
      '--file',
      card,
      '--tolerance',
      '0.01',
    );
    expect(tolerance.code).toBe(0);
  });

  test('a card without the block fails --check; broken markers and a missing card are input errors', async () => {
    const fresh = copyProject();
    const plain = join(fresh, 'docs/MODEL_CARD.md');
    const noBlock = await cli('card', '--check', '--result', result, '--file', plain);
    expect(noBlock.code).toBe(1);
    expect(noBlock.stdout).toMatch(/has no metrics block/);

    writeFileSync(plain, '# Card\n\n<!-- evalgate:metrics -->\n\nno end marker\n');
    const broken = await cli('card', '--update', '--result', result, '--file', plain);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe(
      `evalgate card: ${plain}: cannot update the metrics block: expected one "<!-- evalgate:metrics -->" and one "<!-- /evalgate:metrics -->" marker, found 1 and 0\n`,
    );

    const missing = await cli('card', '--check', '--result', result, '--file', join(fresh, 'docs/NOPE.md'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/NOPE\.md: cannot read the model card \(/);
    const created = join(fresh, 'docs/NEW_CARD.md');
    expect((await cli('card', '--update', '--result', result, '--file', created)).code).toBe(0);
    expect(readFileSync(created, 'utf8').startsWith('<!-- evalgate:metrics -->\n')).toBe(true);
  });

  test('usage errors', async () => {
    expect((await cli('card', '--result', result)).stderr).toMatch(
      /give exactly one of --update and --check/,
    );
    expect((await cli('card', '--check')).stderr).toMatch(/--result is required/);
    expect((await cli('card', '--check', '--result', result, '--tolerance', '-1')).code).toBe(2);
  });
});
