import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

// Pins the bytes of the result and comparison JSON the CLI writes for the demo projects and the refbench
// 10k data, so a refactoring that changes any number, key order or formatting fails here. The hashes were
// recorded on main before the restructuring (issue #9). Only `created_at` (the wall clock) is normalised.
// To re-record after an intended change: EVALGATE_PIN_PRINT=1 npm test -- __tests__/pin
const repo = join(import.meta.dirname, '../..');

async function cli(...argv: string[]): Promise<void> {
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: () => true },
    stderr: { write: (t: string) => (stderr += t) },
  });
  if (code > 1) throw new Error(`evalgate ${argv[0]} exited with ${code}: ${stderr}`);
}

function digest(file: string): string {
  const text = readFileSync(file, 'utf8').replace(/"created_at":\s*"[^"]*"/g, '"created_at": "(normalised)"');
  return createHash('sha256').update(text).digest('hex');
}

/** Evaluates base and head configs and gates head against base; returns the three files' hashes. */
async function run(
  base: string,
  head: string,
  out: string,
  options: { root?: string; noRun?: boolean } = {},
): Promise<Record<string, string>> {
  const rootArgs = options.root ? ['--root', options.root] : [];
  const runArgs = options.noRun ? ['--no-run'] : [];
  for (const [config, side] of [
    [base, 'base'],
    [head, 'head'],
  ])
    await cli(
      'evaluate',
      '--config',
      config,
      ...rootArgs,
      ...runArgs,
      '--out',
      join(out, `${side}.json`),
      '--format',
      'none',
    );
  await cli(
    'gate',
    '--base',
    join(out, 'base.json'),
    '--head',
    join(out, 'head.json'),
    '--config',
    base,
    ...rootArgs,
    '--out',
    join(out, 'comparison.json'),
    '--format',
    'none',
  );
  return Object.fromEntries(
    ['base.json', 'head.json', 'comparison.json'].map((f) => [f, digest(join(out, f))]),
  );
}

const PINNED: Record<string, Record<string, string>> = {
  intents: {
    'base.json': 'b73fdf93c1927abafcf1b5887034a5938cf3b2c05414b0ed7e548392446b0a43',
    'head.json': 'c8c7e7d73c4df8ffeff0c9042aec16f4e4482d1d6f27163dc3d4e87498e813b9',
    'comparison.json': '1a89c2aa5a1b9554cc2c3adde5023fcbeaa87fc869f84768cca3c339421f5d41',
  },
  qa: {
    'base.json': '18ee9cce6e12a97e84a87ba80f7eb6cf2fd4c5cff2019399720ecdce8b4602f2',
    'head.json': 'e61963beef408fc2de120d16f5615ff8dc297bcab6f909b5392b2fe5c96cf144',
    'comparison.json': 'f8c4557fa15d5fa42f119d4315aaeca72d42e00645ac8f9eecece7752deb3d0e',
  },
  retrieval: {
    'base.json': 'cc7f056f99d65101f45abcde495cffb47b0b29c002efeb144cae7096aaa926ae',
    'head.json': '81e684f59a833d83bc2f1c1ebbb117520a1f822b70a4a82397b5d7ae032212cf',
    'comparison.json': '72e5ed4e33054c59f9988ac1a603c0f3a99dd3e4028c0099275ac64da89fa74d',
  },
  'refbench-rows': {
    'base.json': '1bbdde004ff4b8adf1a431e97bbec7d2cb25c9032a044453076d5e094937ca7c',
    'head.json': 'eb1df759e4a77a9dbb215d197cd2960c57974c665060e8e3dc57319095b60441',
    'comparison.json': 'c6bc267a1c108eb02588edc1df8e0fedcf62612c1efd79083427d53deddb0767',
  },
  'refbench-multinomial': {
    'base.json': '97c5dfef11515874b31b228e16501719fb5832480ee34e740cd5624b302b5d7d',
    'head.json': 'ef6b76e57ce301046905322473a93e8ef1c600e0c97a6ab518c26d9243e4cd27',
    'comparison.json': '89d6fa61f1b4b5948c4d26b39a83937b7b51e8590a40849f36dbbc9c31ceae5f',
  },
};

function check(name: string, got: Record<string, string>) {
  if (process.env.EVALGATE_PIN_PRINT) process.stderr.write(`${JSON.stringify({ [name]: got })}\n`);
  else expect(got).toEqual(PINNED[name]);
}

describe('result and comparison bytes are pinned', () => {
  for (const name of ['intents', 'qa', 'retrieval']) {
    test(`demo project ${name}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), `evalgate-pin-${name}-`));
      cpSync(join(repo, 'examples', name), dir, { recursive: true, filter: (p) => !p.endsWith('/out') });
      // the models import their npm packages from the repository's node_modules
      symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
      const github = join(dir, '.github');
      const [base, head, out] = [
        join(github, 'evalgate.base.yml'),
        join(github, 'evalgate.yml'),
        join(dir, 'out'),
      ];
      // run the models once, then pin the measured latencies (wall time) and evaluate their fixed output
      await run(base, head, out);
      for (const file of readdirSync(out).filter((f) => f.endsWith('.jsonl'))) {
        let line = 0;
        const text = readFileSync(join(out, file), 'utf8');
        writeFileSync(
          join(out, file),
          text.replace(/"latency_ms":[0-9.e+-]+/g, () => `"latency_ms":${(line++ % 37) / 10}`),
        );
      }
      check(name, await run(base, head, out, { noRun: true }));
    }, 60_000);
  }

  test('refbench 10k', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-pin-refbench-'));
    const data = join(repo, '__tests__/fixtures/refbench');
    const config = (model: string, method: string) =>
      [
        'version: 1',
        `comparison: { method: ${method} }`,
        'suites:',
        '  - name: refbench',
        '    task: classification',
        '    golden: 10k/golden.jsonl.gz',
        `    predictions: 10k/${model}.jsonl.gz`,
        '    fields: { scores: scores }',
        '    slices: [language, domain]',
        '    metrics: [accuracy, macro_f1, weighted_f1, ece]',
        '    gates:',
        '      - { metric: macro_f1, slices: all, max_drop: 0 }',
        '      - { metric: accuracy, slices: all, max_drop: 0.5, severity: warn }',
        '',
      ].join('\n');
    for (const method of ['rows', 'multinomial']) {
      writeFileSync(join(dir, `base-${method}.yml`), config('baseline', method));
      writeFileSync(join(dir, `head-${method}.yml`), config('candidate', method));
      const out = mkdtempSync(join(dir, `out-${method}-`));
      check(
        `refbench-${method}`,
        await run(join(dir, `base-${method}.yml`), join(dir, `head-${method}.yml`), out, { root: data }),
      );
    }
  }, 60_000);
});
