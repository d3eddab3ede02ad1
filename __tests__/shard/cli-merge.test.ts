/** `evalgate evaluate --shard i/n` and `evalgate merge` through the CLI: the files, and one-line refusals. */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { cli } from '../cli/helpers.js';
import { tempProject } from '../helpers/suite.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'scored');

function project(predictions = 'head.jsonl', run?: string): string {
  const root = tempProject('evalgate-shards-');
  for (const f of ['golden.jsonl', 'base.jsonl', 'head.jsonl'])
    copyFileSync(join(FIXTURES, f), join(root, f));
  writeFileSync(
    join(root, 'evalgate.yml'),
    stringify({
      version: 1,
      suites: [
        {
          name: 'judge',
          task: 'scored',
          golden: 'golden.jsonl',
          predictions,
          ...(run ? { run } : {}),
          slices: ['topic'],
          min_support: 5,
          gates: [{ metric: 'pass_rate', max_drop: 0.5 }],
        },
      ],
    }),
  );
  return root;
}

async function shards(root: string, count = 4): Promise<string[]> {
  const files = [];
  for (let i = 1; i <= count; i++) {
    const out = join(root, `part-${i}.json`);
    const run = await cli(
      'evaluate',
      '--config',
      join(root, 'evalgate.yml'),
      '--shard',
      `${i}/${count}`,
      '--out',
      out,
      '--format',
      'none',
    );
    expect(run.code).toBe(0);
    files.push(out);
  }
  return files;
}

const normalised = (file: string) =>
  readFileSync(file, 'utf8').replace(/"created_at":"[^"]*"/, '"created_at":""');

/** The ids of a partial result's first suite (the bytes of their JSON array, in base64). */
function shardIds(part: { suites: { shard: { ids: string } }[] }): string[] {
  return JSON.parse(`[${Buffer.from(part.suites[0].shard.ids, 'base64').toString('utf8')}]`);
}

/** A refusal: exit 2 and one line on stderr, no stack trace. */
function expectOneLine(run: { code: number; stderr: string }, pattern: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr.trim()).toMatch(pattern);
}

describe('evalgate merge', () => {
  test('merges the partial results into the unsharded result file, byte for byte (created_at aside)', async () => {
    const root = project();
    const parts = await shards(root);
    const config = join(root, 'evalgate.yml');
    expect(
      (await cli('evaluate', '--config', config, '--out', join(root, 'whole.json'), '--format', 'none')).code,
    ).toBe(0);
    const merged = await cli(
      'merge',
      ...parts.reverse(),
      '--config',
      config,
      '--out',
      join(root, 'merged.json'),
    );
    expect(merged.code).toBe(0);
    expect(merged.stderr).toBe(`merged 4 shards into ${join(root, 'merged.json')}\n`);
    expect(normalised(join(root, 'merged.json'))).toBe(normalised(join(root, 'whole.json')));
    const part = JSON.parse(readFileSync(parts[0], 'utf8'));
    expect(part.shard).toEqual({ index: 4, count: 4, hash: 'fnv1a32-lowbias32-mod', format: 2 });
    // the partial result's examples are only what the merge reads: in `shard`, ids as bytes
    const suite = part.suites[0];
    expect(suite.examples).toBeUndefined();
    expect(suite.shard.golden_n).toBe(80);
    expect(suite.shard.n).toBe(suite.golden.n);
    expect(shardIds(part)).toHaveLength(suite.shard.n);
    expect(Object.keys(suite.shard.fields)).toEqual(['topic']);
  });

  test('a shard given twice, a missing shard, a foreign shard and a whole result are refused in one line', async () => {
    const root = project();
    const parts = await shards(root);
    const config = join(root, 'evalgate.yml');
    const out = join(root, 'merged.json');
    expectOneLine(
      await cli('merge', parts[0], parts[1], parts[1], parts[2], parts[3], '--config', config, '--out', out),
      new RegExp(
        `^evalgate merge: ${parts[1]}: shard 2/4 is also ${parts[1]}: pass each shard's partial result once$`,
      ),
    );
    expectOneLine(
      await cli('merge', parts[0], parts[1], parts[3], '--config', config, '--out', out),
      new RegExp(
        `^evalgate merge: ${parts[0]}: shard 3/4 missing: merge needs all 4 partial results of the run$`,
      ),
    );
    // the same project evaluated against other predictions: another config fingerprint
    const other = project('base.jsonl');
    const foreign = await shards(other);
    expectOneLine(
      await cli('merge', parts[0], parts[1], foreign[2], parts[3], '--config', config, '--out', out),
      new RegExp(
        `^evalgate merge: ${foreign[2]}: not a shard of the same run as ${parts[0]} \\(config fingerprint differs\\); merge the partial results`,
      ),
    );
    // shards of another split (3 shards) do not mix with these
    const three = await shards(other, 3);
    expectOneLine(
      await cli('merge', parts[0], three[1], '--config', config, '--out', out),
      /not a shard of the same run as .* \(3 shards, not 4\)/,
    );
    expect(
      (await cli('evaluate', '--config', config, '--out', join(root, 'whole.json'), '--format', 'none')).code,
    ).toBe(0);
    expectOneLine(
      await cli('merge', join(root, 'whole.json'), '--config', config, '--out', out),
      /whole\.json: not a partial result \(no shard\); write one with evaluate --shard i\/n$/,
    );
    // a tampered partial result: an example moved into a shard it does not hash to
    const tampered = JSON.parse(readFileSync(parts[0], 'utf8'));
    const stranger = shardIds(JSON.parse(readFileSync(parts[1], 'utf8')))[0];
    const ids = shardIds(tampered);
    ids[0] = stranger;
    tampered.suites[0].shard.ids = Buffer.from(JSON.stringify(ids).slice(1, -1)).toString('base64');
    writeFileSync(join(root, 'tampered.json'), JSON.stringify(tampered));
    expectOneLine(
      await cli(
        'merge',
        join(root, 'tampered.json'),
        parts[1],
        parts[2],
        parts[3],
        '--config',
        config,
        '--out',
        out,
      ),
      new RegExp(
        `suite judge: example "${stranger}" belongs to shard 2/4, not 1/4; merge the partial results`,
      ),
    );
    // a partial result is never compared
    expectOneLine(
      await cli('compare', '--base', join(root, 'whole.json'), '--head', parts[0], '--config', config),
      /head: a partial result \(shard 1\/4\) holds part of the examples and is never compared; merge all shards first \(evalgate merge\)$/,
    );
    expectOneLine(
      await cli('evaluate', '--config', config, '--shard', '5/4', '--out', out),
      /--shard: expected i\/n with 1 ≤ i ≤ n ≤ 256 \(e\.g\. 2\/4\), got "5\/4"$/,
    );
  });

  test("a shard's run: command sees EVALGATE_SHARD=i/n", async () => {
    const root = project('head.jsonl', 'printf %s "$EVALGATE_SHARD" > seen.txt');
    const out = join(root, 'part.json');
    const run = await cli(
      'evaluate',
      '--config',
      join(root, 'evalgate.yml'),
      '--shard',
      '3/4',
      '--out',
      out,
      '--format',
      'none',
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, 'seen.txt'), 'utf8')).toBe('3/4');
  });
});
