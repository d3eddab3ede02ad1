import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

// Pins the bytes of the result and comparison JSON the CLI writes for the demo projects and the refbench
// 10k data, so a refactoring that changes any number, key order or formatting fails here. The hashes were
// recorded on main before the restructuring (issue #9); the comparison hashes re-recorded for issue #16 (interval methods). Only `created_at` (the wall clock) and `git` (the checkout's commit) are normalised.
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
  const text = readFileSync(file, 'utf8')
    .replace(/"created_at":\s*"[^"]*"/g, '"created_at": "(normalised)"')
    .replace(/"git":\s*(null|\{[^}]*\})/g, '"git": "(normalised)"');
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
    'base.json': '2412371599a3c10510b1e2636431c9217337ec9aca664c7a9300adf0afca3b55',
    'head.json': 'bc6d5242ec25890cb442261ac13d50db048930e5d9fbd4f164e5b6c7b4f6346b',
    'comparison.json': '647f753a96cbdd61539544caa74ef4bbba0f3c55d8bec0b8e5405e5531a06f0a',
  },
  qa: {
    'base.json': '32588acfb3503e19d5d5c5d2ad874a794db6c4b5e6432f31ebd3399f167e4d3e',
    'head.json': '4b5b31eb91c87dde63d0995a5fc2fb60025920b55806338daa1e6e64f841b692',
    'comparison.json': '95680094c2f3d655b49282b7b07ff7d2cf142d0cc456d8ea3e94a91a0ec27cfc',
  },
  retrieval: {
    'base.json': 'f24bb50694715766e62b1f1b2abe31e11b25060ad991f1bf659035d35a07642b',
    'head.json': 'd39c0797812d8f7355c3f8fdd5e95ca52d39a3a201e13494ec003c96f2df89e6',
    'comparison.json': '11f67fdbda90ef173bd4c1f2ae1c223195b557eeaaabae6ad0a6e94f383dbd98',
  },
  'refbench-rows': {
    'base.json': '1c2c45d58e3096dd0fa6a71b7fb3d569998e73564336919e66ed7d7a762eb901',
    'head.json': 'c68020587a95837f4b120b5f8311719c90ec07d584a49bbcc1af35203d75d4f6',
    'comparison.json': '5436a3d42b580fcfe9046ad99aaa4e3c330799e3b94965cf74effbdc2c497381',
  },
  'refbench-multinomial': {
    'base.json': 'cb759adb6f78b293ffdf80f59d848ebfe904374391c22c70fb5ccdae838ba06c',
    'head.json': '978a1359d01e64d785a171d04685c5c0efb0a74dde026d92102667ad75ed7a10',
    'comparison.json': 'd234571c68795bc2832c3a28ac872bbc5630eb3ac8ee8db267f26759dfc120fe',
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
      // run the models once; where they measured latencies (wall time), pin those and evaluate again
      const first = await run(base, head, out);
      let timed = false;
      for (const file of readdirSync(out).filter((f) => f.endsWith('.jsonl'))) {
        let line = 0;
        const text = readFileSync(join(out, file), 'utf8');
        const fixed = text.replace(/"latency_ms":[0-9.e+-]+/g, () => `"latency_ms":${(line++ % 37) / 10}`);
        if (fixed === text) continue;
        timed = true;
        writeFileSync(join(out, file), fixed);
      }
      check(name, timed ? await run(base, head, out, { noRun: true }) : first);
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
